import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import type { Loop } from '../../shared/kits';
import { emptyRoleSpec } from '../../shared/roles';
import { makeDraft } from '../support/question-draft';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';
import { seedQuestions } from './support/questions';

/** The bank these tests pick from (a temp core starts with an empty one). */
const BANK = [
  makeDraft({
    topic: 'Pagination',
    text: 'How would you page through a million orders for a mobile client?',
    strongAnswer: 'Picks cursors over offsets and explains what breaks with offsets under inserts.',
    attributes: ['api-design', 'data-modelling-sql'],
    minutes: 15,
  }),
  makeDraft({
    topic: 'Indexing strategy',
    text: 'Which index would you add for this slow report, and what would it cost on writes?',
    strongAnswer: 'Reads the plan first and weighs the write cost of each index.',
    attributes: ['data-modelling-sql'],
    minutes: 15,
  }),
  makeDraft({
    topic: 'Table partitioning',
    text: 'When did you last split a table, and how did you choose the key?',
    strongAnswer: 'Chose the key from the queries actually run, and planned the move without downtime.',
    attributes: ['data-modelling-sql', 'system-design'],
    minutes: 20,
  }),
];

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

/** A role made through the core, then the app opened on its "Loop and kits" tab. */
async function openLoop(mustHaves: string[] = []) {
  await seedQuestions(BANK);
  const created = await invoke('roles.create', {
    spec: { ...emptyRoleSpec(), title: 'Backend Engineer', mustHaves },
  });
  if (!created.ok) throw new Error(created.error.message);
  const roleId = created.value.id;
  resetPage(`#/roles/${roleId}/loop`);
  const { user } = await mountApp();
  await screen.findByRole('list', { name: 'Rounds of the loop' });
  return { user, roleId };
}

async function storedLoop(roleId: string): Promise<Loop> {
  const result = await invoke('loop.get', { roleId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const rounds = () =>
  within(screen.getByRole('list', { name: 'Rounds of the loop' })).getAllByRole('listitem');

/** Picks a round's kit, then adds questions from the picker with the keyboard only. */
async function addByKeyboard(
  user: Awaited<ReturnType<typeof openLoop>>['user'],
  round: string,
  searches: string[],
) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^Kit of ${round}:`) }));
  const search = await screen.findByRole('combobox', { name: `Add a question to ${round}` });
  for (const text of searches) {
    await user.click(search);
    await user.clear(search);
    await user.type(search, text);
    const matches = screen.getByRole('listbox', { name: `Matches for ${round}` });
    await waitFor(() => expect(within(matches).getAllByRole('option')[0]).toHaveTextContent(text));
    expect(within(matches).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    const kit = () => screen.queryByRole('list', { name: `Questions in the kit of ${round}` });
    const before = kit() ? within(kit() as HTMLElement).getAllByRole('listitem').length : 0;
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(kit() as HTMLElement).getAllByRole('listitem')).toHaveLength(before + 1),
    );
  }
}

// A whole app in jsdom against a real core: slower than a unit test, more so on a busy machine.
describe('the loop and kits tab', () => {
  it('starts with the four default rounds and their lengths', async () => {
    const { roleId } = await openLoop();
    expect(rounds().map((r) => r.getAttribute('aria-label'))).toEqual([
      'Recruiter screen',
      'Technical screen',
      'Exercise',
      'Onsite',
    ]);
    expect(screen.getByLabelText('Length of Recruiter screen')).toHaveValue('30 min');
    expect(screen.getByLabelText('Length of Technical screen')).toHaveValue('45 min');
    expect(screen.getByLabelText('Length of Exercise')).toHaveValue('90 min');
    expect(screen.getByLabelText('Length of Onsite')).toHaveValue('240 min');
    expect(screen.getByTestId('loop-summary')).toHaveTextContent('4 rounds, 6 h 45 min in all');
    expect((await storedLoop(roleId)).rounds).toHaveLength(4);
  });

  it('adds questions to a kit from the picker by keyboard, and shows the planned time against the round', async () => {
    const { user, roleId } = await openLoop();
    await addByKeyboard(user, 'Technical screen', ['Pagination', 'Indexing strategy']);
    const kit = screen.getByRole('list', { name: 'Questions in the kit of Technical screen' });
    expect(
      within(kit)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Pagination', 'Indexing strategy']);
    expect(screen.getByTestId('kit-total')).toHaveTextContent('30 min planned of 45 min');
    expect(screen.getByTestId('kit-total')).not.toHaveAttribute('data-over');

    // A third question takes the kit past the round's length: said, and in red.
    await addByKeyboard(user, 'Technical screen', ['Table partitioning']);
    expect(screen.getByTestId('kit-total')).toHaveTextContent('50 min planned of 45 min: 5 min over');
    expect(screen.getByTestId('kit-total')).toHaveAttribute('data-over', 'true');

    const stored = (await storedLoop(roleId)).rounds[1];
    expect(stored?.items.map((i) => i.question.topic)).toEqual([
      'Pagination',
      'Indexing strategy',
      'Table partitioning',
    ]);
    expect(stored?.plannedMinutes).toBe(50);
  });

  it('changes the minutes of a question, takes it out of the kit and puts it back in its place with Undo', async () => {
    const { user, roleId } = await openLoop();
    await addByKeyboard(user, 'Technical screen', ['Pagination', 'Indexing strategy']);
    const minutes = screen.getByRole('textbox', { name: 'Minutes for Pagination' });
    await user.clear(minutes);
    await user.type(minutes, '25{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('kit-total')).toHaveTextContent('40 min planned of 45 min'),
    );

    await user.click(screen.getByRole('button', { name: 'Remove Pagination from the kit' }));
    await waitFor(() =>
      expect(screen.getByTestId('kit-total')).toHaveTextContent('15 min planned of 45 min'),
    );
    expect(screen.getByText('Took “Pagination” out of the kit')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByTestId('kit-total')).toHaveTextContent('40 min planned of 45 min'),
    );
    const stored = (await storedLoop(roleId)).rounds[1]?.items;
    expect(stored?.map((i) => [i.question.topic, i.minutes])).toEqual([
      ['Pagination', 25],
      ['Indexing strategy', 15],
    ]);
  });

  it('suggests questions for the focus of a round, and takes the whole suggestion back with one Undo', async () => {
    const { user, roleId } = await openLoop();
    await user.click(screen.getByRole('button', { name: /^Kit of Technical screen:/ }));
    await user.click(await screen.findByRole('button', { name: 'Suggest questions' }));
    // 40 of the 45 minutes are free to fill. Pagination and partitioning each measure two
    // focus attributes (the shorter goes first); indexing adds least and no longer fits.
    const kit = await screen.findByRole('list', { name: 'Questions in the kit of Technical screen' });
    await waitFor(() =>
      expect(
        within(kit)
          .getAllByRole('listitem')
          .map((li) => li.getAttribute('aria-label')),
      ).toEqual(['Pagination', 'Table partitioning']),
    );
    expect(screen.getByTestId('kit-total')).toHaveTextContent('35 min planned of 45 min');
    expect(screen.getByText('Added 2 suggested questions (35 min)')).toBeInTheDocument();
    expect((await storedLoop(roleId)).rounds[1]?.items).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByTestId('kit-total')).toHaveTextContent('0 min planned of 45 min'));
    expect((await storedLoop(roleId)).rounds[1]?.items).toEqual([]);

    // A round the bank has nothing for says so.
    await user.click(screen.getByRole('button', { name: /^Kit of Recruiter screen:/ }));
    await user.click(await screen.findByRole('button', { name: 'Suggest questions' }));
    expect(await screen.findByText(/Nothing more to suggest/)).toBeInTheDocument();
  });

  it('renames a round in place and moves it with Alt+ArrowDown and the arrow buttons', async () => {
    const { user, roleId } = await openLoop();
    const name = screen.getByRole('textbox', { name: 'Name of round 1' });
    await user.clear(name);
    await user.type(name, 'Phone screen{Enter}');
    await waitFor(async () => expect((await storedLoop(roleId)).rounds[0]?.name).toBe('Phone screen'));
    expect(rounds()[0]).toHaveAttribute('aria-label', 'Phone screen');

    // Alt+ArrowDown from inside the row moves it one place down.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(rounds()[1]).toHaveAttribute('aria-label', 'Phone screen'));
    expect(screen.getByRole('textbox', { name: 'Name of round 2' })).toHaveValue('Phone screen');

    await user.click(screen.getByRole('button', { name: 'Move Onsite up' }));
    await waitFor(() =>
      expect(rounds().map((r) => r.getAttribute('aria-label'))).toEqual([
        'Technical screen',
        'Phone screen',
        'Onsite',
        'Exercise',
      ]),
    );
    expect((await storedLoop(roleId)).rounds.map((r) => r.name)).toEqual([
      'Technical screen',
      'Phone screen',
      'Onsite',
      'Exercise',
    ]);
  });

  it('removes a round only after asking', async () => {
    const { user, roleId } = await openLoop();
    await user.click(screen.getByRole('button', { name: 'Remove Exercise' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove “Exercise”?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(rounds()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Remove Exercise' }));
    await user.click(await screen.findByRole('button', { name: 'Remove round' }));
    await waitFor(() => expect(rounds()).toHaveLength(3));
    expect((await storedLoop(roleId)).rounds.map((r) => r.name)).not.toContain('Exercise');
  });

  it('warns about a must-have no round covers, and the warning changes once a round takes it up', async () => {
    const { user } = await openLoop(['Mandarin fluency']);
    const warnings = screen.getByRole('list', { name: 'Coverage warnings' });
    expect(
      within(warnings)
        .getByText(/Mandarin fluency is a must-have for this role, yet no round/)
        .closest('li'),
    ).toHaveAttribute('data-warning', 'must-have-uncovered');
    const matrix = screen.getByRole('table', { name: 'Coverage' });
    const row = within(matrix).getByRole('row', { name: /Mandarin fluency/ });
    expect(within(row).getAllByLabelText('not covered')).toHaveLength(4);

    // The round's focus attributes offer the must-have beside the standard set.
    await user.click(screen.getByRole('button', { name: /^Kit of Recruiter screen:/ }));
    const [focusInput] = screen
      .getAllByLabelText('Focus attributes')
      .filter((el) => el instanceof HTMLInputElement && el.type !== 'hidden');
    await user.click(focusInput as HTMLElement);
    await user.keyboard('Mandarin');
    // In jsdom testing-library counts Mantine's dropdown as hidden, so the option is looked up with hidden: true.
    expect(
      await screen.findByRole('option', { name: 'Mandarin fluency (must-have)', hidden: true }),
    ).toBeTruthy();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(within(warnings).getByText(/Only one round looks at Mandarin fluency/)).toBeInTheDocument(),
    );
    expect(within(warnings).queryByText(/Mandarin fluency is a must-have/)).toBeNull();
    expect(within(row).getAllByLabelText('covered')).toHaveLength(1);
  });

  it('marks core questions with a count against 7-8, and keeps the agreed answer typed for the role', async () => {
    const { user, roleId } = await openLoop();
    await addByKeyboard(user, 'Technical screen', ['Pagination', 'Indexing strategy']);
    expect(screen.getByTestId('core-count')).toHaveTextContent('0 core · 7-8 advised');

    await user.click(screen.getByRole('checkbox', { name: 'Core question: Pagination' }));
    await waitFor(() => expect(screen.getByTestId('core-count')).toHaveTextContent('1 core · 7-8 advised'));
    expect(screen.getByTestId('calibration-warning')).toBeInTheDocument();

    // The agreed answer starts from the bank's guidance and is saved as it is typed.
    const answer = screen.getByRole('textbox', { name: 'Agreed strong answer: Pagination' });
    const bank = (await storedLoop(roleId)).calibration.find((c) => c.topic === 'Pagination');
    expect(bank?.bankAnswer).toBeTruthy();
    expect(answer).toHaveValue(bank?.bankAnswer);
    await user.clear(answer);
    await user.type(answer, 'Cursor over offset, and says why at our volume.');
    await waitFor(async () => {
      const item = (await storedLoop(roleId)).calibration.find((c) => c.topic === 'Pagination');
      expect(item).toMatchObject({
        core: true,
        edited: true,
        agreedAnswer: 'Cursor over offset, and says why at our volume.',
      });
    });

    // The other question can be marked from the calibration list too.
    await user.click(screen.getByRole('switch', { name: 'Core question: Indexing strategy' }));
    await waitFor(() => expect(screen.getByTestId('core-count')).toHaveTextContent('2 core · 7-8 advised'));
    expect((await storedLoop(roleId)).coreCount).toBe(2);
  });
});
