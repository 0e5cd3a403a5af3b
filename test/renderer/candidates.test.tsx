import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { emptyRoleSpec } from '../../shared/roles';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

async function createRole(title: string): Promise<string> {
  const created = await invoke('roles.create', { spec: { ...emptyRoleSpec(), title } });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.id;
}

async function storedCandidates(roleId?: string) {
  const result = await invoke('candidates.list', roleId ? { roleId } : {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the candidates screen', () => {
  it('says to start with a role when there is none', async () => {
    resetPage('#/candidates');
    await mountApp();
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to Roles' })).toBeInTheDocument();
  });

  it('checks the form before saving and puts the cursor on the first field that is wrong', async () => {
    const roleId = await createRole('Platform Engineer');
    resetPage('#/candidates');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Add a candidate' }));
    const form = await screen.findByRole('form', { name: 'New candidate' });
    const email = within(form).getByRole('textbox', { name: /Email/ });
    await user.type(email, 'not-an-address');
    await user.click(within(form).getByRole('button', { name: 'Add candidate' }));

    expect(await within(form).findByText('A candidate needs a name.')).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveFocus());
    await user.keyboard('Grace Hopper');
    expect(within(form).queryByText('A candidate needs a name.')).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Add candidate' }));
    expect(await within(form).findByText('That does not look like an email address.')).toBeInTheDocument();
    await waitFor(() => expect(email).toHaveFocus());
    expect(await storedCandidates(roleId)).toEqual([]);
  });

  it('adds a candidate, lists them under their role, then deletes them and everything about them after asking', async () => {
    const roleId = await createRole('Platform Engineer');
    const otherRoleId = await createRole('Data Engineer');
    resetPage('#/candidates');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Add a candidate' }));

    const form = await screen.findByRole('form', { name: 'New candidate' });
    expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveFocus();
    await user.keyboard('Grace Hopper');
    await user.type(within(form).getByRole('textbox', { name: /Email/ }), 'not-an-address');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Role/ }), roleId);
    await user.type(within(form).getByRole('textbox', { name: /Source/ }), 'Referral from Ada');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Stage/ }), 'screening');
    await user.click(within(form).getByRole('button', { name: 'Add candidate' }));
    // The core refuses the address; the form stays open and says why, next to the field.
    expect(await within(form).findByText('That does not look like an email address.')).toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: /Email/ }));
    await user.type(within(form).getByRole('textbox', { name: /Email/ }), 'grace@example.com');
    await user.click(within(form).getByRole('button', { name: 'Add candidate' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New candidate' })).toBeNull());

    const table = await screen.findByRole('table', { name: 'Candidates' });
    const row = within(table).getByRole('row', { name: /Grace Hopper/ });
    expect(row).toHaveTextContent('Platform Engineer');
    expect(row).toHaveTextContent('Screening');
    expect(row).toHaveTextContent('Referral from Ada');
    expect(row).toHaveTextContent('grace@example.com');
    expect(await storedCandidates(roleId)).toMatchObject([
      {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        phone: null,
        source: 'Referral from Ada',
        stage: 'screening',
      },
    ]);

    // Edit: the form comes back filled in; the change is stored.
    await user.click(screen.getByRole('button', { name: 'Edit Grace Hopper' }));
    const edit = await screen.findByRole('form', { name: 'Edit candidate' });
    expect(within(edit).getByRole('textbox', { name: /Email/ })).toHaveValue('grace@example.com');
    await user.type(within(edit).getByRole('textbox', { name: /Phone/ }), '+1 555 0100');
    await user.selectOptions(within(edit).getByRole('combobox', { name: /Stage/ }), 'interviewing');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Grace Hopper/ })).toHaveTextContent('Interviewing'),
    );
    expect(await storedCandidates(roleId)).toMatchObject([{ phone: '+1 555 0100', stage: 'interviewing' }]);

    // Filtered by the other role, the list is empty and says so.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), otherRoleId);
    expect(await screen.findByText('No candidates for Data Engineer yet.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), roleId);
    await screen.findByRole('row', { name: /Grace Hopper/ });

    // Delete asks first and says what goes; Esc keeps them.
    await user.click(screen.getByRole('button', { name: 'Delete Grace Hopper' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete Grace Hopper?' });
    const removed = within(dialog).getByRole('list', { name: 'What will be removed' });
    expect(removed).toHaveTextContent(/0 interviews, with every note and rating/);
    expect(removed).toHaveTextContent(/Every scorecard written about them/);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await storedCandidates()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete Grace Hopper' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete Grace Hopper?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText(/Removed Grace Hopper/)).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Grace Hopper/ })).toBeNull();
    expect(await storedCandidates()).toHaveLength(0);
  });

  it('starts an interview for a round of the candidate’s loop through the address', async () => {
    const roleId = await createRole('API Engineer');
    const created = await invoke('candidates.create', { name: 'Linus Pauling', roleId });
    if (!created.ok) throw new Error(created.error.message);
    const loop = await invoke('loop.get', { roleId });
    if (!loop.ok) throw new Error(loop.error.message);
    resetPage('#/candidates');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Start an interview with Linus Pauling' }));
    // Mantine's dropdown can still count as hidden in jsdom while it opens; the item is there to click.
    await user.click(await screen.findByRole('menuitem', { name: 'Technical screen', hidden: true }));
    const round = loop.value.rounds.find((r) => r.name === 'Technical screen');
    await waitFor(() =>
      expect(window.location.hash).toBe(
        `#/interviews/start?candidate=${created.value.id}&round=${round?.id}`,
      ),
    );
  });

  it('deletes a candidate who was interviewed together with the interview', async () => {
    const roleId = await createRole('API Engineer');
    const created = await invoke('candidates.create', { name: 'Barbara Liskov', roleId });
    if (!created.ok) throw new Error(created.error.message);
    const loop = await invoke('loop.get', { roleId });
    if (!loop.ok) throw new Error(loop.error.message);
    const roundId = loop.value.rounds[0]?.id ?? '';
    const started = await invoke('interviews.start', {
      candidateId: created.value.id,
      roundId,
      interviewer: 'Sam Recruiter',
    });
    if (!started.ok) throw new Error(started.error.message);

    resetPage('#/candidates');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Delete Barbara Liskov' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Barbara Liskov?' });
    expect(within(dialog).getByRole('list', { name: 'What will be removed' })).toHaveTextContent(
      /1 interview, with every note and rating/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    expect(
      await screen.findByText(/Removed Barbara Liskov, with 1 interview and their notes/),
    ).toBeInTheDocument();
    const interviews = await invoke('interviews.list', { candidateId: created.value.id });
    expect(interviews.ok && interviews.value).toEqual([]);
    expect(await storedCandidates()).toHaveLength(0);
  });
});

describe('a deleted candidate still held in backups', () => {
  it('offers to erase them from every backup, and erases them when asked', async () => {
    const roleId = await createRole('Data Engineer');
    const created = await invoke('candidates.create', { name: 'Zoë Ångström', roleId });
    if (!created.ok) throw new Error(created.error.message);
    const backup = await invoke('backup.create', {});
    if (!backup.ok) throw new Error(backup.error.message);

    resetPage('#/candidates');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Delete Zoë Ångström' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete Zoë Ångström?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete for good' }));

    const offer = await screen.findByRole('dialog', { name: 'Zoë Ångström in your backups' });
    expect(offer).toHaveTextContent('1 backup of 1 still holds Zoë Ångström');
    await user.click(within(offer).getByRole('button', { name: 'Erase from backups' }));
    expect(await within(offer).findByText(/Erased Zoë Ångström from 1 backup/)).toBeInTheDocument();
    const after = await invoke('backup.candidateInBackups', { candidateId: created.value.id });
    expect(after.ok && after.value.holding).toBe(0);
  });
});
