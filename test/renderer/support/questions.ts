import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { invoke } from '../../../renderer/src/api';
import { resetImportStore } from '../../../renderer/src/features/questions/import-store';
import { resetQuestionBankStore } from '../../../renderer/src/features/questions/question-bank-store';
import type { QuestionDraft } from '../../../shared/questions';
import { makeDraft } from '../../support/question-draft';

/** The question bank's stores back to their first state (a page load gets fresh modules instead). */
export function resetQuestionStores(): void {
  resetQuestionBankStore();
  resetImportStore();
}

/** Three questions that differ in category, level, round and words. Sorted by topic: caching, handling, slow. */
export const SAMPLE_DRAFTS: QuestionDraft[] = [
  makeDraft(),
  makeDraft({
    category: 'behavioural',
    topic: 'Handling disagreement',
    text: 'Describe a time you disagreed with a technical decision on your team.',
    strongAnswer:
      'Says how they raised it, what evidence they brought, and how they committed once it was decided.',
    levels: ['senior', 'lead'],
    rounds: ['onsite'],
    attributes: ['collaboration'],
    tags: ['conflict'],
  }),
  makeDraft({
    topic: 'Slow queries',
    text: 'A query takes five seconds on a table of ten million rows. Where do you start?',
    strongAnswer: 'Reads the plan with EXPLAIN first, then checks which index the query can use.',
    levels: ['mid'],
    attributes: ['data-modelling-sql'],
    tags: ['postgres', 'indexes'],
  }),
];

/** Creates questions through the real API (the transport startCore() set); returns their ids. */
export async function seedQuestions(drafts: QuestionDraft[] = SAMPLE_DRAFTS): Promise<string[]> {
  const ids: string[] = [];
  for (const draft of drafts) {
    const result = await invoke('questions.create', { draft });
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value.id);
  }
  return ids;
}

export const searchBox = (): HTMLElement => screen.getByRole('searchbox', { name: 'Search questions' });
export const questionList = (): HTMLElement => screen.getByRole('listbox', { name: 'Questions' });

/** The option the listbox points at with aria-activedescendant. */
export function activeOption(): HTMLElement | null {
  const id = questionList().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
}

/** The "N questions" line. */
export function resultCount(): string {
  const status = screen
    .getAllByRole('status')
    .find((element) => /^\d[\d,]* questions?\b/.test(element.textContent ?? ''));
  return status?.textContent ?? '';
}

export async function expectCount(text: string): Promise<void> {
  await waitFor(() => expect(resultCount()).toMatch(new RegExp(`^${text}`)));
}

/** The region of the selected question, found by its h2. */
export async function detailPane(topic: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name: topic });
}

export function optionTexts(): string[] {
  return within(questionList())
    .queryAllByRole('option')
    .map((option) => option.textContent ?? '');
}
