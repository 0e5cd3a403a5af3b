import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { useRolesStore } from '../../renderer/src/features/roles/roles-store';
import { emptyRoleSpec, type Role } from '../../shared/roles';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  await useRolesStore.getState().flush();
  resetPage();
  await core.close();
});

async function storedRole(): Promise<Role> {
  const id = useRolesStore.getState().selectedId;
  if (!id) throw new Error('no role open');
  await useRolesStore.getState().flush();
  const result = await invoke('roles.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function startIntake() {
  const { user } = await mountApp();
  await user.click(await screen.findByRole('button', { name: 'Start an intake' }));
  const form = await screen.findByRole('form', { name: 'Intake' });
  return { user, form };
}

// A whole app in jsdom with a long form: slower than a unit test, more so on a busy machine.
describe('the intake', () => {
  it('opens on the week-one question, and saves what is typed there', async () => {
    const { user, form } = await startIntake();
    expect(
      screen.getByRole('heading', { name: /Which surface will this developer own in week one/ }),
    ).toBeVisible();
    const owns = within(form).getByLabelText('Owns in week one');
    expect(owns).toHaveFocus();
    await user.paste('The billing API and its webhooks');
    await user.click(within(form).getByRole('radio', { name: 'Platform / infrastructure' }));
    expect((await storedRole()).spec).toMatchObject({
      owns: 'The billing API and its webhooks',
      archetype: 'platform',
    });
    expect(window.location.hash).toBe(`#/roles/${useRolesStore.getState().selectedId}`);
    expect(screen.getByRole('button', { name: /Untitled role/ })).toBeInTheDocument();
  });

  it('counts must-haves, warns above six, and stores them one per line', async () => {
    const { user, form } = await startIntake();
    const field = within(form).getByLabelText('Must-haves');
    await user.click(field);
    await user.keyboard('Go{Enter}SQL{Enter}{Enter}Kafka');
    expect(screen.getByText('3 of 4-6 must-haves.')).toBeInTheDocument();
    expect(field).toHaveValue('Go\nSQL\n\nKafka'); // the blank line stays while typing
    await user.keyboard('{Enter}TF{Enter}gRPC{Enter}Redis{Enter}OTel');
    expect(screen.getByText(/7 must-haves: more than six/)).toBeInTheDocument();
    expect((await storedRole()).spec.mustHaves).toEqual([
      'Go',
      'SQL',
      'Kafka',
      'TF',
      'gRPC',
      'Redis',
      'OTel',
    ]);
  });

  it('warns when more than two languages are picked, and takes names outside the taxonomy', async () => {
    const { user, form } = await startIntake();
    const primary = within(form).getByLabelText('Primary language and framework', { selector: 'input' });
    await user.click(primary);
    await user.keyboard('Go{Enter}Python{Enter}');
    expect(screen.queryByText(/languages picked/)).toBeNull();
    const secondary = within(form).getByLabelText('Secondary language or API style', { selector: 'input' });
    await user.click(secondary);
    await user.keyboard('golang{Enter}Rust{Enter}Our in-house DSL{Enter}');
    expect(screen.getByText(/3 languages picked \(Go, Python, Rust\)/)).toBeInTheDocument();
    expect((await storedRole()).spec.stack).toMatchObject({
      primary: ['Go', 'Python'],
      secondary: ['golang', 'Rust', 'Our in-house DSL'],
    });
  });

  it('shows why a value cannot be saved, keeps it on screen, and stores nothing bad', async () => {
    const { user, form } = await startIntake();
    await user.type(within(form).getByLabelText('Title'), 'Platform Engineer');
    await user.type(within(form).getByLabelText('Target start'), '2026-13-45');
    expect(await screen.findByText(/not a real date/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Target start')).toHaveValue('2026-13-45');
    const stored = await storedRole();
    expect(stored.spec.title).toBe('Platform Engineer');
    expect(stored.spec.targetStart).toBe('');
  });

  it('refuses a typed negative pay with a reason, never reading "-5000" as 5,000', async () => {
    const { user, form } = await startIntake();
    await user.type(within(form).getByLabelText('Pay from'), '-5000');
    expect(await screen.findByText(/cannot be negative/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Pay from')).toHaveValue('-5,000');
    expect((await storedRole()).spec.pay.min).toBeNull();
  });

  it('tracks what is still empty, and jumps there', async () => {
    const { user, form } = await startIntake();
    const filled = screen.getByTestId('intake-filled');
    expect(filled).toHaveTextContent('0 of 24 filled');
    await user.type(within(form).getByLabelText('Title'), 'Backend Engineer');
    expect(filled).toHaveTextContent('1 of 24 filled');
    await user.click(screen.getByRole('button', { name: 'Hiring manager' }));
    expect(within(form).getByLabelText('Hiring manager')).toHaveFocus();
  });

  it('says what the job description still has to fill, read again on coming back, and opens it', async () => {
    const { user, form } = await startIntake();
    await user.type(within(form).getByLabelText('Title'), 'Payments Engineer');
    const roleId = (await storedRole()).id;
    expect(screen.queryByTestId('intake-jd-placeholders')).toBeNull(); // no JD yet, and none made by looking
    const jd = await invoke('jd.forRole', { roleId });
    if (!jd.ok) throw new Error(jd.error.message);
    await invoke('jd.save', {
      id: jd.value.id,
      sections: [{ id: 'about', text: 'You will pair with [partner team] on the ledger every week.' }],
      clientSeq: 1,
    });
    const left = await invoke('jd.placeholders', { roleId });
    if (!left.ok) throw new Error(left.error.message);
    const count = left.value.placeholders.length;

    await user.click(screen.getByRole('tab', { name: 'Job description' }));
    await user.click(screen.getByRole('tab', { name: 'Intake' }));
    const todo = await screen.findByTestId('intake-jd-placeholders');
    expect(todo).toHaveTextContent(`The job description still has ${count} placeholders to fill:`);
    expect(todo).toHaveTextContent('[partner team]');
    await user.click(within(todo).getByRole('button', { name: 'Open the job description' }));
    expect(screen.getByRole('tab', { name: 'Job description' })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the address while open: another role, another tab', async () => {
    const created = await Promise.all(
      ['Ledger Engineer', 'Search Engineer'].map((title) =>
        invoke('roles.create', { spec: { ...emptyRoleSpec(), title } }),
      ),
    );
    const [ledger, search] = created.map((result) => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    });
    window.history.replaceState(null, '', `/#/roles/${ledger}`);
    await mountApp();
    const title = () => within(screen.getByRole('form', { name: 'Intake' })).getByLabelText('Title');
    await waitFor(() => expect(title()).toHaveValue('Ledger Engineer'));

    window.location.hash = `#/roles/${search}`;
    await waitFor(() => expect(title()).toHaveValue('Search Engineer'));
    expect(screen.getByRole('button', { name: /^Search Engineer/ })).toHaveAttribute('aria-current', 'true');

    window.location.hash = `#/roles/${ledger}/loop`;
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Loop and kits' })).toHaveAttribute('aria-selected', 'true'),
    );
    expect(screen.getByRole('button', { name: /^Ledger Engineer/ })).toHaveAttribute('aria-current', 'true');
    expect(window.location.hash).toBe(`#/roles/${ledger}/loop`);
  });

  it('deletes a role and brings it back with undo', async () => {
    const { user, form } = await startIntake();
    await user.type(within(form).getByLabelText('Title'), 'Data Engineer');
    await storedRole();
    // The list shows the saved title once its read is updated, a moment after the save.
    await user.click(await screen.findByRole('button', { name: 'Actions for Data Engineer' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Data Engineer”')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Intake' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('form', { name: 'Intake' })).toBeInTheDocument());
    expect(within(screen.getByRole('form', { name: 'Intake' })).getByLabelText('Title')).toHaveValue(
      'Data Engineer',
    );
  });
});
