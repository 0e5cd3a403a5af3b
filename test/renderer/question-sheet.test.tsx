import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../renderer/src/api';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import { captureDownloads } from './support/downloads';
import { expectCount, resetQuestionStores, seedQuestions } from './support/questions';

let core: TempCore;

beforeEach(async () => {
  resetPage('#/questions');
  resetQuestionStores();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  resetQuestionStores();
  vi.restoreAllMocks();
  await core.close();
});

/**
 * The paragraphs of a downloaded DOCX, read by python-docx. (The sheet is checked as a DOCX
 * here: under jsdom, pdfkit's output is corrupted by jsdom's globals; the PDF path is covered
 * in test/core/documents, under plain Node as in the app.)
 */
async function docxText(blob: Blob): Promise<string> {
  const file = path.join(core.dir, 'sheet.docx');
  // jsdom's Blob has no arrayBuffer(); FileReader reads it as the browser would.
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  fs.writeFileSync(file, Buffer.from(bytes));
  const read = JSON.parse(
    execFileSync('/usr/bin/python3', [path.resolve('test/core/documents/read-docx.py'), file], {
      encoding: 'utf8',
    }),
  ) as { body: { text?: string; rows?: string[][] }[] };
  return read.body.map((b) => b.text ?? b.rows?.flat().join(' ') ?? '').join(' ');
}

describe('question bank: printable sheet', () => {
  it('downloads a Word file of the questions the list shows', async () => {
    const saved = captureDownloads();
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.click(await screen.findByRole('checkbox', { name: /Behavioural/ }));
    await expectCount('1 question');

    await user.click(screen.getByRole('button', { name: 'Print sheet' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Word document (.docx)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('Interview questions.docx');
    const text = await docxText(saved[0]?.blob as Blob);
    expect(text).toContain('1. Handling disagreement');
    expect(text).not.toContain('Caching strategies');
    expect(await screen.findByText('Exported Interview questions.docx.')).toBeInTheDocument();
  });

  it('asks about unfilled placeholders before writing, then leaves them out', async () => {
    const saved = captureDownloads();
    await seedQuestions();
    const created = await invoke('questions.create', {
      draft: {
        category: 'culture',
        topic: 'First month',
        text: 'What would you want to learn first about [team name]?',
        strongAnswer: 'Asks about people and systems before proposing changes.',
        anchors: ['No questions.', 'Generic questions.', 'Specific questions.', 'A plan with questions.'],
        probes: [],
        redFlags: [],
        levels: ['mid'],
        archetypes: ['any'],
        rounds: ['onsite'],
        attributes: ['communication'],
        minutes: 5,
        tags: [],
      },
    });
    expect(created.ok).toBe(true);
    const { user } = await mountApp();
    await user.click(await screen.findByRole('checkbox', { name: /Culture/ }));
    await expectCount('1 question');

    await user.click(screen.getByRole('button', { name: 'Print sheet' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Word document (.docx)' }));
    expect(
      await screen.findByRole('dialog', { name: 'Some text is still a placeholder' }),
    ).toBeInTheDocument();
    expect(screen.getByText('[team name]')).toBeInTheDocument();
    expect(saved).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Export without them' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await docxText(saved[0]?.blob as Blob);
    expect(text).toContain('What would you want to learn first about?');
    expect(text).not.toContain('team name');
  });
});
