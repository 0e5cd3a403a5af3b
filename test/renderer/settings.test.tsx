import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke } from '../../renderer/src/api';
import type { TempCore } from '../support/temp-db';
import { colorScheme, heading, mountApp, navLink, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

async function storedSettings() {
  const result = await invoke('settings.get', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('theme', () => {
  it('follows the system by default', async () => {
    const { user } = await mountApp();
    await user.click(navLink('Settings'));
    expect(screen.getByRole('radiogroup', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(colorScheme()).toBe('light'); // the test's matchMedia never reports dark
  });

  it('stores the chosen theme in the database, and a fresh start comes up in it', async () => {
    const { user } = await mountApp();
    await user.click(navLink('Settings'));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(colorScheme()).toBe('dark');
    await waitFor(async () => expect((await storedSettings()).theme).toBe('dark'));

    // A new page on the same database, with no cached colour scheme: the setting alone decides.
    resetPage('#/settings');
    expect(colorScheme()).toBeNull();
    await mountApp();
    expect(heading()).toHaveTextContent('Settings');
    expect(colorScheme()).toBe('dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  it('can be changed from the command palette', async () => {
    const { user } = await mountApp();
    await user.keyboard('{Control>}k{/Control}');
    await user.click(await screen.findByText('Use dark theme', { exact: true }));
    await waitFor(async () => expect((await storedSettings()).theme).toBe('dark'));
    expect(colorScheme()).toBe('dark');

    await user.keyboard('{Control>}k{/Control}');
    await user.click(await screen.findByText('Follow system theme', { exact: true }));
    await waitFor(async () => expect((await storedSettings()).theme).toBe('system'));
    expect(colorScheme()).toBe('light');
  });

  it('shows why, and keeps the old choice, when the core cannot save it', async () => {
    const { user } = await mountApp();
    await user.click(navLink('Settings'));
    core.database.sqlite.pragma('query_only = ON'); // every write now fails inside the real core
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The theme could not be saved');
    expect(alert).toHaveTextContent(/nothing was saved/i);
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(colorScheme()).toBe('light');
    logged.mockRestore();

    core.database.sqlite.pragma('query_only = OFF');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await waitFor(async () => expect((await storedSettings()).theme).toBe('light'));
  });
});

describe('page size for exports', () => {
  it('is stored in the database', async () => {
    const { user } = await mountApp();
    await user.click(navLink('Settings'));
    expect(screen.getByRole('radiogroup', { name: 'Page size for exports' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Letter' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    await waitFor(async () => expect((await storedSettings()).pageSize).toBe('a4'));

    resetPage('#/settings');
    await mountApp();
    expect(screen.getByRole('radio', { name: 'A4' })).toBeChecked();
  });
});
