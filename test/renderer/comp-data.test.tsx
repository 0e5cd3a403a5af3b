import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { type CompData, findCompRow } from '../../shared/domain/comp/comp-data';
import type { TempCore } from '../support/temp-db';
import { mountApp, navLink, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

async function stored(): Promise<CompData> {
  const result = await invoke('comp.data', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const storedRow = async (id: string) =>
  findCompRow(await stored(), id)?.row as unknown as Record<string, unknown>;

async function openPayData() {
  const app = await mountApp();
  await app.user.click(navLink('Settings'));
  const bands = await screen.findByRole('table', { name: 'Bands' });
  return { ...app, bands };
}

const rowOf = (table: HTMLElement, label: string) => {
  const cell = within(table).getByText(label, { exact: true });
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${label}`);
  return row as HTMLElement;
};

describe('pay data in settings', () => {
  it('shows each kind of row with its figures, source, year and updated date', async () => {
    const { user, bands } = await openPayData();
    const senior = rowOf(bands, 'API / services, senior');
    expect(senior).toHaveTextContent('$155K-$200K');
    expect(senior).toHaveTextContent('KORE1 backend developer JD template');
    expect(senior).toHaveTextContent('2026');
    expect(senior).toHaveTextContent('2026-11-23');
    expect(within(senior).queryByText('Edited')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'BLS percentiles' }));
    const bls = await screen.findByRole('table', { name: 'BLS percentiles' });
    expect(rowOf(bls, '10th percentile')).toHaveTextContent('$79,850 ($38.39 an hour)');
    expect(rowOf(bls, '10th percentile')).toHaveTextContent('BLS OES, software developers (SOC 15-1252)');

    await user.click(screen.getByRole('tab', { name: 'Modifiers' }));
    const modifiers = await screen.findByRole('table', { name: 'Modifiers' });
    expect(rowOf(modifiers, 'Coastal metro premium')).toHaveTextContent('+15% to +22%');
    expect(rowOf(modifiers, 'Data-intensive in a regulated industry')).toHaveTextContent('+$20K to +$35K');
  });

  it('edits a row inline, with validation messages, and resets it', async () => {
    const { user, bands } = await openPayData();
    await user.click(within(bands).getByRole('button', { name: 'Edit API / services, senior' }));
    const form = screen.getByRole('form', { name: 'Edit API / services, senior' });
    const minimum = within(form).getByLabelText('Minimum ($)');
    expect(minimum).toHaveValue('155,000');

    // Checked before sending: the minimum above the maximum.
    await user.clear(minimum);
    await user.type(minimum, '250000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('The minimum is above the maximum.')).toBeInTheDocument();

    // Checked by the core: an implausible salary.
    await user.clear(minimum);
    await user.type(minimum, '5000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const refused = await within(form).findByRole('alert');
    expect(refused).toHaveTextContent('These figures were not saved');
    expect(refused).toHaveTextContent('under $10,000 looks like a typo');
    expect((await storedRow('band-api-senior')).edited).toBeUndefined();

    await user.clear(minimum);
    await user.type(minimum, '160000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    const senior = rowOf(bands, 'API / services, senior');
    expect(senior).toHaveTextContent('$160K-$200K');
    expect(senior).toHaveTextContent('Shipped: $155K-$200K (2026, 2026-11-23)');
    expect(within(senior).getByText('Edited')).toBeInTheDocument();
    expect(screen.getByText('1 row edited.')).toBeInTheDocument();
    expect(await storedRow('band-api-senior')).toMatchObject({ min: 160_000, max: 200_000, edited: true });

    await user.click(within(senior).getByRole('button', { name: 'Reset API / services, senior' }));
    await waitFor(() => expect(rowOf(bands, 'API / services, senior')).toHaveTextContent('$155K-$200K'));
    expect(within(rowOf(bands, 'API / services, senior')).queryByText('Edited')).not.toBeInTheDocument();
    expect((await storedRow('band-api-senior')).edited).toBeUndefined();
  });

  it('refuses a bad figure with its message, puts the cursor there and saves nothing', async () => {
    const { user, bands } = await openPayData();
    await user.click(within(bands).getByRole('button', { name: 'Edit API / services, senior' }));
    const form = screen.getByRole('form', { name: 'Edit API / services, senior' });
    const maximum = within(form).getByLabelText('Maximum ($)');
    const year = within(form).getByLabelText('Year');
    await user.clear(maximum);
    await user.clear(year);
    await user.type(year, '1980');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Enter a number.')).toBeInTheDocument();
    expect(within(form).getByText('A year before 1990 is too old for pay data.')).toBeInTheDocument();
    await waitFor(() => expect(maximum).toHaveFocus());
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect((await storedRow('band-api-senior')).edited).toBeUndefined();
  });

  it('cancels an edit without saving', async () => {
    const { user, bands } = await openPayData();
    await user.click(within(bands).getByRole('button', { name: 'Edit Data-intensive, mid' }));
    const form = screen.getByRole('form', { name: 'Edit Data-intensive, mid' });
    await user.clear(within(form).getByLabelText('Maximum ($)'));
    await user.type(within(form).getByLabelText('Maximum ($)'), '170000');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(rowOf(bands, 'Data-intensive, mid')).toHaveTextContent('$125K-$165K');
    expect((await storedRow('band-data-mid')).edited).toBeUndefined();
  });

  it('resets every row after asking, and not before', async () => {
    const edits: { id: string; values: Record<string, number> }[] = [
      { id: 'band-edge-lead', values: { max: 250_000 } },
      { id: 'bls-state-ca', values: { annual: 175_000 } },
    ];
    for (const edit of edits) {
      const result = await invoke('comp.editRow', edit);
      expect(result.ok).toBe(true);
    }
    const { user } = await openPayData();
    expect(screen.getByText('2 rows edited.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset all pay data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset all pay data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await storedRow('bls-state-ca')).edited).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Reset all pay data' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset all' }));
    expect(await screen.findByText('All figures are as shipped.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all pay data' })).toBeDisabled();
    expect((await storedRow('bls-state-ca')).edited).toBeUndefined();
    expect((await storedRow('band-edge-lead')).max).toBe(240_000);
  });
});
