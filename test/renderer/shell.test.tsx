import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { emptyRoleSpec } from '../../shared/roles';
import type { TempCore } from '../support/temp-db';
import { appState, heading, mountApp, navLink, resetPage, startCore } from './support/app-harness';

const AREAS = [
  { name: 'Roles', hash: '#/roles', key: '1' },
  { name: 'Question bank', hash: '#/questions', key: '2' },
  { name: 'Interviews', hash: '#/interviews', key: '3' },
  { name: 'Candidates', hash: '#/candidates', key: '4' },
  { name: 'Settings', hash: '#/settings', key: '5' },
] as const;

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

describe('app shell', () => {
  it('loads against the real core and reports itself ready', async () => {
    expect(appState()).toBeUndefined();
    await mountApp();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Roles');
    expect(window.location.hash).toBe('#/roles');
  });

  it('lists the areas in order in the sidebar, each with its shortcut', async () => {
    await mountApp();
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(AREAS.length);
    AREAS.forEach((area, index) => {
      const link = links[index];
      expect(link).toHaveAccessibleName(area.name);
      expect(link).toHaveAttribute('aria-keyshortcuts', `Control+${area.key}`);
      expect(link).toHaveTextContent(`Ctrl+${area.key}`);
    });
  });

  it('shows each area with its own heading when its nav item is clicked', async () => {
    const { user } = await mountApp();
    for (const area of [...AREAS].reverse()) {
      await user.click(navLink(area.name));
      expect(heading()).toHaveTextContent(area.name);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(navLink(area.name)).toHaveAttribute('aria-current', 'page');
      await waitFor(() => expect(window.location.hash).toBe(area.hash));
    }
  });

  it('says in plain words what each area will hold', async () => {
    const { user } = await mountApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'No roles yet' })).toBeInTheDocument();
    await user.click(navLink('Question bank'));
    expect(screen.getByText(/strong answer sounds like/)).toBeInTheDocument();
    await user.click(navLink('Interviews'));
    expect(screen.getByText(/one question at a time/)).toBeInTheDocument();
    await user.click(navLink('Candidates'));
    expect(screen.getByText(/One delete takes them out completely/)).toBeInTheDocument();
  });

  it('switches areas with Ctrl+digit, even from a text field', async () => {
    const { user } = await mountApp();
    await user.keyboard('{Control>}2{/Control}');
    expect(heading()).toHaveTextContent('Question bank');
    await waitFor(() => expect(window.location.hash).toBe('#/questions'));
    await user.keyboard('{Control>}5{/Control}');
    expect(heading()).toHaveTextContent('Settings');
    screen.getByRole('radio', { name: 'Dark' }).focus();
    await user.keyboard('{Control>}4{/Control}');
    expect(heading()).toHaveTextContent('Candidates');
  });

  it('opens the area named in the address, and follows the address when it changes', async () => {
    resetPage('#/candidates');
    await mountApp();
    expect(heading()).toHaveTextContent('Candidates');
    window.location.hash = '#/interviews';
    await waitFor(() => expect(heading()).toHaveTextContent('Interviews'));
  });

  it('falls back to Roles for an address that names no area', async () => {
    resetPage('#/nowhere');
    await mountApp();
    expect(heading()).toHaveTextContent('Roles');
    expect(window.location.hash).toBe('#/roles');
  });
});

describe('command palette', () => {
  it('opens with Ctrl+K, lists areas and actions, and runs "Go to Settings" from the keyboard', async () => {
    const { user } = await mountApp();
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByPlaceholderText('Search areas and actions…');
    expect(search).toHaveAccessibleName('Search areas and actions');
    await waitFor(() => expect(search).toHaveFocus());
    for (const label of [
      'Go to Roles',
      'Go to Question bank',
      'Go to Interviews',
      'Go to Candidates',
      'Go to Settings',
      'About Reqdesk',
      'Use light theme',
      'Use dark theme',
      'Follow system theme',
    ]) {
      expect(screen.getByText(label, { exact: true })).toBeInTheDocument();
    }
    await user.type(search, 'Go to Settings');
    expect(screen.queryByText('Go to Roles', { exact: true })).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(heading()).toHaveTextContent('Settings');
    await waitFor(() =>
      expect(screen.queryByPlaceholderText('Search areas and actions…')).not.toBeInTheDocument(),
    );
  });

  it('opens from the header button and goes to an area on click', async () => {
    const { user } = await mountApp();
    await user.click(screen.getByRole('button', { name: 'Command palette' }));
    await user.click(await screen.findByText('Go to Candidates', { exact: true }));
    expect(heading()).toHaveTextContent('Candidates');
  });

  it('finds candidates and roles by name as they are typed, and opens the one chosen', async () => {
    const role = await invoke('roles.create', {
      spec: { ...emptyRoleSpec(), title: 'Ledger Platform Engineer' },
    });
    if (!role.ok) throw new Error(role.error.message);
    const candidate = await invoke('candidates.create', { name: 'Zoë Ledgerwood', roleId: role.value.id });
    if (!candidate.ok) throw new Error(candidate.error.message);
    const { user } = await mountApp();
    await user.keyboard('{Control>}k{/Control}');
    const search = await screen.findByPlaceholderText('Search areas and actions…');
    await user.type(search, 'ledger');
    expect(await screen.findByText('Zoë Ledgerwood', { exact: true })).toBeInTheDocument();
    expect(screen.getByText('Candidate · Ledger Platform Engineer')).toBeInTheDocument();
    expect(screen.getByText('Role', { exact: true })).toBeInTheDocument();
    await user.click(screen.getByText('Zoë Ledgerwood', { exact: true }));
    await waitFor(() => expect(window.location.hash).toBe(`#/candidates/${candidate.value.id}`));
  });
});

describe('About panel', () => {
  it('shows the app details, with the path of the database this app has open', async () => {
    const { user } = await mountApp();
    await user.click(screen.getByRole('button', { name: 'About Reqdesk' }));
    const dialog = await screen.findByRole('dialog', { name: 'About Reqdesk' });
    expect(dialog).toHaveTextContent(core.dbPath);
    expect(dialog).toHaveTextContent(/SQLite version\s*3\.\d+\.\d+/);
    expect(dialog).toHaveTextContent('Browser preview');
    expect(dialog).toHaveTextContent(/Schema version\s*\d+ \(latest\)/);
    const info = await core.database.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'install_id')
      .executeTakeFirstOrThrow();
    expect(dialog).toHaveTextContent(info.value);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'About Reqdesk' })).not.toBeInTheDocument(),
    );
  });

  it('opens from the palette too', async () => {
    const { user } = await mountApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.click(await screen.findByText('About Reqdesk', { exact: true }));
    const dialog = await screen.findByRole('dialog', { name: 'About Reqdesk' });
    expect(dialog).toHaveTextContent(core.dbPath);
  });
});
