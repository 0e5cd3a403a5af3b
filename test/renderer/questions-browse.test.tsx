import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../renderer/src/api';
import { splitHighlights } from '../../renderer/src/features/questions/HighlightedText';
import { queryClient } from '../../renderer/src/ui/query';
import { coreBridge } from '../support/core-bridge';
import { makeDraft } from '../support/question-draft';
import type { TempCore } from '../support/temp-db';
import { heading, mountApp, resetPage, startCore } from './support/app-harness';
import {
  activeOption,
  detailPane,
  expectCount,
  optionTexts,
  questionList,
  resetQuestionStores,
  resultCount,
  searchBox,
  seedQuestions,
} from './support/questions';

let core: TempCore;

beforeEach(async () => {
  resetPage('#/questions');
  resetQuestionStores();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  resetQuestionStores();
  await core.close();
});

describe('highlights', () => {
  it('splits marked text into parts and never shows a stray mark', () => {
    expect(splitHighlights('a \u0002cache\u0003 b')).toEqual([
      { text: 'a ', match: false },
      { text: 'cache', match: true },
      { text: ' b', match: false },
    ]);
    expect(splitHighlights('x\u0003y\u0002z')).toEqual([
      { text: 'xy', match: false },
      { text: 'z', match: true },
    ]);
    expect(splitHighlights('<b>not html</b>')).toEqual([{ text: '<b>not html</b>', match: false }]);
  });
});

/** Holds the core's answers to the searches for one text until released. */
function holdSearchesFor(text: string) {
  const bridge = coreBridge(core.ctx);
  const waiting: (() => void)[] = [];
  setTransport({
    invoke: (channel, input) =>
      channel === 'questions.search' && (input as { text: string }).text === text
        ? new Promise((resolve) => waiting.push(() => resolve(bridge.invoke(channel, input))))
        : bridge.invoke(channel, input),
  });
  return {
    held: () => waiting.length,
    release: () => {
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

describe('question bank: browsing', () => {
  it('offers New question and Import when the bank is empty', async () => {
    await mountApp();
    expect(heading()).toHaveTextContent('Question bank');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your question bank is empty' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New question' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import questions' })).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('lists the questions with their count, and shows the first in the detail pane', async () => {
    await seedQuestions();
    await mountApp();
    await expectCount('3 questions');
    expect(optionTexts()).toHaveLength(3);
    expect(optionTexts()[0]).toContain('Caching strategies');
    const detail = await detailPane('Caching strategies');
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent('Caching strategies');
    // What the end-to-end page object relies on.
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Caching strategies');
    expect(screen.getByTestId('question-total')).toHaveTextContent(/^3 questions$/);
    for (const text of [
      'Tell me about a cache you put in front of a slow service.',
      'What a strong answer shows',
      '1 · Clearly weak',
      'Could not name a cache they had run.',
      '4 · Clearly strong',
      'What happened when the cache was empty?',
      'Caches everything with no expiry.',
      'Mid, Senior',
      'Technical screen',
      'System design',
      '10 minutes',
      'redis, caching',
      'Written here',
    ]) {
      expect(detail).toHaveTextContent(text);
    }
    expect(within(detail).getByText((_, el) => el?.tagName === 'TIME')).toBeInTheDocument();
  });

  it('searches as you type and marks the matching words', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.type(searchBox(), 'cache');
    await expectCount('1 question');
    const option = within(questionList()).getByRole('option');
    const marks = option.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toContain('cache');
    expect(option).toHaveTextContent('Tell me about a cache you put in front of a slow service.');
  });

  it('keeps the last results up while a search runs, and never shows an answer typed over', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    const slow = holdSearchesFor('slow');

    await user.type(searchBox(), 'slow');
    await waitFor(() => expect(slow.held()).toBeGreaterThan(0));
    expect(resultCount()).toMatch(/^3 questions/);
    expect(optionTexts()).toHaveLength(3);

    await user.clear(searchBox());
    await user.type(searchBox(), 'cache');
    await expectCount('1 question');
    // The answer for "slow" comes last; the list stays on "cache".
    slow.release();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(resultCount()).toMatch(/^1 question\b/);
    expect(optionTexts()[0]).toContain('Caching strategies');
  });

  it('shows where the match is when it is in the answer guide or tags', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await user.type(searchBox(), 'explain');
    await expectCount('1 question');
    const option = within(questionList()).getByRole('option');
    expect(option).toHaveTextContent('Slow queries');
    expect(option).toHaveTextContent('In the answer guide or tags:');
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toContain(
      'explain',
    );
  });

  it('narrows the results with a facet filter, shows it as a chip, and clears it', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    const filters = screen.getByRole('region', { name: 'Filters' });
    const behavioural = await within(filters).findByRole('checkbox', { name: /Behavioural\s*1/ });
    expect(within(filters).getByRole('checkbox', { name: /Technical\s*2/ })).toBeInTheDocument();
    await user.click(behavioural);
    await expectCount('1 question');
    expect(optionTexts()[0]).toContain('Handling disagreement');
    await detailPane('Handling disagreement');
    // Another facet's counts follow the filter.
    await waitFor(() =>
      expect(within(filters).getByRole('checkbox', { name: /Lead \/ staff\s*1/ })).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Remove filter Category: Behavioural' }));
    await expectCount('3 questions');

    // Facet counts follow the results a moment later.
    await user.click(await within(filters).findByRole('checkbox', { name: /^Mid\s*2/ }));
    await expectCount('2 questions');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectCount('3 questions');
    expect(within(filters).getByRole('checkbox', { name: /^Mid/ })).not.toBeChecked();
  });

  it('says when nothing matches, and offers to clear the filters or the search', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.click(await screen.findByRole('checkbox', { name: /Behavioural/ }));
    await expectCount('1 question');
    await user.type(searchBox(), 'cache');
    await expectCount('0 questions');
    expect(screen.getByText('No questions match')).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches “cache” with these filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectCount('1 question');

    await user.type(searchBox(), ' zebra');
    await expectCount('0 questions');
    expect(screen.getByText(/Try fewer or shorter words/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await expectCount('3 questions');
    expect(searchBox()).toHaveValue('');
  });

  it('works from the keyboard: / arrows Enter e Esc', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');

    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(questionList()).toHaveFocus();
    expect(activeOption()).toHaveTextContent('Caching strategies');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Handling disagreement');
    expect(activeOption()).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Slow queries');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toHaveTextContent('Handling disagreement');

    await user.keyboard('{Enter}');
    const detail = await detailPane('Handling disagreement');
    await waitFor(() => expect(detail).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(questionList()).toHaveFocus();

    await user.keyboard('e');
    const dialog = await screen.findByRole('dialog', { name: 'Edit question' });
    expect(within(dialog).getByRole('textbox', { name: /Topic/ })).toHaveValue('Handling disagreement');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    await user.keyboard('query');
    await expectCount('1 question');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Slow queries' })).toHaveFocus());
    await user.click(searchBox());
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    await expectCount('3 questions');

    questionList().focus();
    await user.keyboard('/n');
    expect(searchBox()).toHaveValue('n'); // in the search box, letters are typed, not shortcuts
    await user.keyboard('{Escape}');
    questionList().focus();
    await user.keyboard('n');
    expect(await screen.findByRole('dialog', { name: 'New question' })).toBeInTheDocument();
  });

  it('renders only a window of a long list and loads more pages as the selection moves', async () => {
    const drafts = Array.from({ length: 230 }, (_, i) =>
      makeDraft({
        topic: `Topic ${String(i).padStart(3, '0')}`,
        text: `Question number ${i} about queues and retries.`,
      }),
    );
    await seedQuestions(drafts);
    const { user } = await mountApp();
    await expectCount('230 questions');
    const list = questionList();
    const rendered = within(list).getAllByRole('option');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(30);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '230');

    list.focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(activeOption()).toHaveTextContent('Topic 229'));
    expect(activeOption()).toHaveAttribute('aria-posinset', '230');
    await detailPane('Topic 229');
    await user.keyboard('{Home}');
    await waitFor(() => expect(activeOption()).toHaveTextContent('Topic 000'));
  });
});
