import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCsvHeaders } from '../../renderer/src/features/questions/import-file';
import { readFileText } from '../../renderer/src/ui/files';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import { captureDownloads } from './support/downloads';
import { expectCount, optionTexts, resetQuestionStores, seedQuestions } from './support/questions';

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

const fileInput = () => screen.getByLabelText('Choose a file to import');

/** Counts as the preview shows them: "New 1", "Invalid 1" and so on. */
function previewCount(dialog: HTMLElement, label: string): string {
  const term = within(dialog)
    .getAllByText(label, { exact: true })
    .find((el) => el.tagName === 'DT');
  return term?.nextElementSibling?.textContent ?? '';
}

// Headers Reqdesk cannot guess ("Interview question"), one good row, one without text, and one
// with the text of a question already in the bank (so, without dates, a conflict).
const CSV = [
  'Interview question,Subject,Seniority',
  '"What is idempotency, and where have you needed it?",Idempotency,senior',
  ',Empty row,mid',
  'Tell me about a cache you put in front of a slow service.,Caching,mid',
  '',
].join('\n');

describe('question bank: import', () => {
  it('reads CSV headers, quotes included', () => {
    expect(readCsvHeaders('\uFEFF"a, b",c\r\n1,2')).toEqual(['a, b', 'c']);
    expect(readCsvHeaders('\n\nquestion,"say ""hi"""\n')).toEqual(['question', 'say "hi"']);
  });

  it('previews a CSV import, maps its columns, resolves a conflict, then applies it', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');

    await user.upload(fileInput(), new File([CSV], 'bank.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
    expect(dialog).toHaveTextContent('bank.csv');
    // No column could be guessed for the text: the core says so, and the columns can be picked.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'no column is mapped to the question text',
    );
    const textColumn = within(dialog).getByRole('combobox', { name: 'Question text' });
    expect(
      within(textColumn)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not imported', 'Interview question', 'Subject', 'Seniority']);
    expect(within(dialog).getByRole('button', { name: 'Apply import' })).toBeDisabled();

    await user.selectOptions(textColumn, 'Interview question');
    await waitFor(() => expect(previewCount(dialog, 'New')).toBe('1'));
    expect(previewCount(dialog, 'Invalid')).toBe('1');
    expect(previewCount(dialog, 'Conflicts')).toBe('1');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Invalid rows' })).toHaveTextContent(
      'Row 3: text: The question is empty.',
    );

    // Re-planned on every mapping change; the preview table shows the columns as read.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Topic' }), 'Subject');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Levels' }), 'Seniority');
    const table = await within(dialog).findByRole('table');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Topic', 'Question text', 'Levels']),
    );
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'IdempotencyWhat is idempotency, and where have you needed it?senior',
    );

    const conflict = within(dialog).getByRole('radiogroup', { name: /Row 4: Tell me about a cache/ });
    expect(within(conflict).getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    await user.click(within(conflict).getByRole('radio', { name: 'Take incoming' }));

    await user.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByText(
        "Imported bank.csv: 1 new, 0 updated; 1 conflict resolved with the file's version; 1 invalid row skipped.",
      ),
    ).toBeInTheDocument();
    await expectCount('4 questions');
    await waitFor(() => expect(optionTexts().some((t) => t.includes('Idempotency'))).toBe(true));
    // The conflict took the file's version: its topic is now "Caching".
    expect(optionTexts().some((t) => t.startsWith('Caching') && !t.includes('strategies'))).toBe(true);
  });

  it('imports from the empty bank, and a file with nothing new cannot be applied', async () => {
    const { user } = await mountApp();
    await screen.findByRole('heading', { name: 'Your question bank is empty' });
    const csv = 'question,topic\nWhat makes an API easy to change?,API design\n';
    await user.upload(fileInput(), new File([csv], 'one.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import preview' });
    await waitFor(() => expect(previewCount(dialog, 'New')).toBe('1'));
    expect(within(dialog).getByRole('combobox', { name: 'Question text' })).toHaveValue('question');
    await user.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    await expectCount('1 question');

    await user.upload(fileInput(), new File([csv], 'one.csv', { type: 'text/csv' }));
    const again = await screen.findByRole('dialog', { name: 'Import preview' });
    await waitFor(() => expect(previewCount(again, 'Unchanged')).toBe('1'));
    expect(
      within(again).getByText('Nothing in this file would change your question bank.'),
    ).toBeInTheDocument();
    expect(within(again).getByRole('button', { name: 'Apply import' })).toBeDisabled();
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('refuses a file over 20 MB before reading it', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    const big = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 25 * 1024 * 1024 });
    const read = vi.fn(async () => '{}');
    Object.defineProperty(big, 'text', { value: read });
    await user.upload(fileInput(), big);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('huge.json is 25.0 MB; Reqdesk imports files of up to 20 MB.');
    expect(read).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('question bank: export', () => {
  it('downloads the bank as CSV or JSON, or only the matching questions', async () => {
    const saved = captureDownloads();

    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toMatch(/^reqdesk-questions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = saved[0] ? await readFileText(saved[0].blob) : '';
    expect(csv?.split('\n')[0]).toContain('question');
    for (const topic of ['Caching strategies', 'Handling disagreement', 'Slow queries'])
      expect(csv).toContain(topic);
    expect(
      await screen.findByText(/Exported 3 questions to reqdesk-questions-.*\.csv\./),
    ).toBeInTheDocument();

    await user.click(await screen.findByRole('checkbox', { name: /Behavioural/ }));
    await expectCount('1 question');
    await user.click(screen.getByRole('checkbox', { name: 'Export only these' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const json = JSON.parse(saved[1] ? await readFileText(saved[1].blob) : '{}') as {
      questions: { topic: string }[];
    };
    expect(json.questions.map((q) => q.topic)).toEqual(['Handling disagreement']);
  });
});
