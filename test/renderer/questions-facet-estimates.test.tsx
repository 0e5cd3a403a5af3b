import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FACET_LIMITS } from '../../electron/core/questions/facets';
import { levels } from '../../shared/questions';
import { insertQuestions } from '../support/bulk-questions';
import { makeDraft } from '../support/question-draft';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import { expectCount, resetQuestionStores, searchBox } from './support/questions';

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

describe('question bank: facet counts of a broad search', () => {
  it('shows estimated counts as "about N" with a note, and exact ones plainly once the search narrows', async () => {
    const size = FACET_LIMITS.exactUpTo + 40;
    insertQuestions(
      core.database,
      Array.from({ length: size }, (_, i) =>
        makeDraft({
          text: i === 0 ? 'Which heron migration did you plan?' : `Tell me about cache case ${i}.`,
          levels: [levels[i % 4] ?? 'mid'],
        }),
      ),
    );
    const { user } = await mountApp();
    await expectCount(`${size.toLocaleString('en-US')} questions`);
    const filters = screen.getByRole('region', { name: 'Filters' });
    expect(await within(filters).findByTestId('facet-estimate-note')).toHaveTextContent('estimated');
    // 510 of each level; the estimate is rounded to two figures and says so.
    const senior = await within(filters).findByRole('checkbox', { name: /^Senior\s*about \d{2,3}0$/ });
    expect(senior).toBeInTheDocument();

    await user.type(searchBox(), 'heron');
    await expectCount('1 question');
    expect(await within(filters).findByRole('checkbox', { name: /^Junior\s*1$/ })).toBeInTheDocument();
    expect(within(filters).queryByTestId('facet-estimate-note')).not.toBeInTheDocument();
    expect(within(filters).queryByText(/about/)).not.toBeInTheDocument();
  });
});
