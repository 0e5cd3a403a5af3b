import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { makeDraft } from '../support/question-draft';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import {
  activeOption,
  detailPane,
  expectCount,
  optionTexts,
  questionList,
  resetQuestionStores,
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

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('question bank: create and edit', () => {
  it('creates a question, showing what is wrong under each field until it is right', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.click(screen.getByRole('button', { name: 'New question' }));
    const dialog = await dialogNamed('New question');
    const field = (name: RegExp) => within(dialog).getByRole('textbox', { name });
    // Pasting keeps the long texts quick in jsdom; short ones are typed.
    const paste = async (name: RegExp, text: string) => {
      await user.click(field(name));
      await user.paste(text);
    };

    await paste(/^Question/, 'How do you test a service that calls a flaky third-party API?');
    await paste(/What a strong answer shows/, 'Separates contract tests from fakes, and tests timeouts.');
    await paste(/Anchor 1/, 'Only tests the happy path.');
    await paste(/Anchor 2/, 'Mocks the API but never its failures.');
    await paste(/Anchor 3/, 'Tests timeouts and retries with a fake.');
    // Anchor 4 left empty, and no topic, level or attribute yet.
    await user.clear(within(dialog).getByRole('textbox', { name: /Minutes/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));

    expect(await within(dialog).findByText('The topic is empty.')).toBeInTheDocument();
    expect(field(/^Topic/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Anchor 4 is empty.')).toBeInTheDocument();
    expect(within(dialog).getByText('Pick at least one level.')).toBeInTheDocument();
    expect(within(dialog).getByText('Pick at least one attribute.')).toBeInTheDocument();
    expect(within(dialog).getByText('Minutes must be a whole number from 1 to 240.')).toBeInTheDocument();
    await waitFor(() => expect(field(/^Topic/)).toHaveFocus());

    await user.type(field(/^Topic/), 'Testing with third parties');
    expect(within(dialog).queryByText('The topic is empty.')).not.toBeInTheDocument();
    await paste(/Anchor 4/, 'Adds contract tests and explains what they would not test.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Senior' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Onsite' }));
    await user.type(within(dialog).getByLabelText(/Focus attributes/, { selector: 'input' }), 'testing,');
    await user.type(within(dialog).getByRole('textbox', { name: /Minutes/ }), '15');
    await user.type(field(/Follow-up probes/), 'What did you fake?{Enter}What did you not fake?');
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));

    await closed();
    const detail = await detailPane('Testing with third parties');
    expect(detail).toHaveTextContent('How do you test a service that calls a flaky third-party API?');
    expect(detail).toHaveTextContent('What did you fake?');
    expect(detail).toHaveTextContent('What did you not fake?');
    expect(detail).toHaveTextContent('15 minutes');
    expect(detail).toHaveTextContent('Testing');
    await expectCount('4 questions');
    expect(activeOption()).toHaveTextContent('Testing with third parties');
  });

  it('asks before throwing away unsaved changes', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.click(screen.getByRole('button', { name: 'New question' }));
    const dialog = await dialogNamed('New question');
    await user.type(within(dialog).getByRole('textbox', { name: /^Topic/ }), 'Half a thought');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const confirm = await within(dialog).findByRole('alertdialog', {
      name: 'Discard your changes to this question?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: /^Topic/ })).toHaveValue('Half a thought');
    await user.keyboard('{Escape}');
    const again = await within(dialog).findByRole('alertdialog');
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await closed();
    await expectCount('3 questions');
  });

  it('closes without asking when every change was taken back', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    await user.click(screen.getByRole('button', { name: 'New question' }));
    const dialog = await dialogNamed('New question');
    const topic = within(dialog).getByRole('textbox', { name: /^Topic/ });
    await user.type(topic, 'Gone again');
    await user.clear(topic);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await closed();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('edits the selected question', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    const detail = await detailPane('Caching strategies');
    await user.click(within(detail).getByRole('button', { name: 'Edit' }));
    const dialog = await dialogNamed('Edit question');
    const topic = within(dialog).getByRole('textbox', { name: /^Topic/ });
    expect(topic).toHaveValue('Caching strategies');
    expect(within(dialog).getByRole('checkbox', { name: 'Mid' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: /Red flags/ })).toHaveValue(
      'Caches everything with no expiry.',
    );
    await user.clear(topic);
    await user.type(topic, 'Caching in practice');
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));
    await closed();
    await detailPane('Caching in practice');
    await waitFor(() => expect(optionTexts().some((t) => t.includes('Caching in practice'))).toBe(true));
    expect(optionTexts().some((t) => t.includes('Caching strategies'))).toBe(false);
  });

  it('refuses to save over a newer version, and says why', async () => {
    const [id] = await seedQuestions();
    const { user } = await mountApp();
    await detailPane('Caching strategies');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await dialogNamed('Edit question');
    // Someone else (another window, an import) saves the question meanwhile.
    const other = await invoke('questions.update', { id: id ?? '', draft: makeDraft({ minutes: 25 }) });
    expect(other.ok).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: /^Topic/ }), ' (mine)');
    await user.click(within(dialog).getByRole('button', { name: 'Save question' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: this question changed since you opened it');
    expect(alert).toHaveTextContent('changed elsewhere after you opened it');
    expect(screen.getByRole('dialog', { name: 'Edit question' })).toBeInTheDocument();
  });

  it('duplicates a question and selects the copy', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    const detail = await detailPane('Caching strategies');
    await user.click(within(detail).getByRole('button', { name: 'Duplicate' }));
    await expectCount('4 questions');
    expect(await screen.findByText(/Made a copy of “Caching strategies”/)).toBeInTheDocument();
    expect(optionTexts().filter((t) => t.includes('Caching strategies'))).toHaveLength(2);
  });
});

describe('question bank: delete and undo', () => {
  it('deletes at once and brings the question back with Undo', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    const detail = await detailPane('Caching strategies');
    await user.click(within(detail).getByRole('button', { name: 'Delete' }));
    await expectCount('2 questions');
    expect(optionTexts().some((t) => t.includes('Caching strategies'))).toBe(false);
    const toast = screen.getByText('Deleted “Caching strategies”.');
    expect(toast).toBeInTheDocument();
    await detailPane('Handling disagreement');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await expectCount('3 questions');
    await detailPane('Caching strategies');
    expect(activeOption()).toHaveTextContent('Caching strategies');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.getByText('Restored “Caching strategies”.')).toBeInTheDocument();
  });

  it('deletes with the Delete key and undoes with Ctrl+Z', async () => {
    await seedQuestions();
    const { user } = await mountApp();
    await expectCount('3 questions');
    questionList().focus();
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toHaveTextContent('Handling disagreement');
    await detailPane('Handling disagreement');
    await user.keyboard('{Delete}');
    await expectCount('2 questions');
    expect(screen.getByText('Deleted “Handling disagreement”.')).toBeInTheDocument();
    expect(activeOption()).toHaveTextContent('Slow queries');
    await user.keyboard('{Control>}z{/Control}');
    await expectCount('3 questions');
    await detailPane('Handling disagreement');
  });
});
