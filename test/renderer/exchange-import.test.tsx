import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { useExchangeImportStore } from '../../renderer/src/features/exchange';
import type { ExchangeFile } from '../../shared/pack-exchange';
import { seedTechnicalScreen } from '../support/interview-seed';
import { openTempCore, type TempCore } from '../support/temp-db';
import { mountApp, resetPage, startCore } from './support/app-harness';

/** The recruiter's laptop (A) makes the pack; the app under test runs on the interviewer's (B). */
let recruiter: TempCore;
let interviewer: TempCore;

beforeEach(async () => {
  resetPage('#/candidates');
  useExchangeImportStore.getState().close();
  recruiter = await openTempCore({ starterBank: true });
  interviewer = await startCore();
});

afterEach(async () => {
  useExchangeImportStore.getState().close();
  resetPage();
  await interviewer.close();
  await recruiter.close();
});

async function packFromRecruiter(): Promise<ExchangeFile> {
  const seeded = await seedTechnicalScreen((channel, input) => dispatch(recruiter.ctx, channel, input));
  const file = await dispatch(recruiter.ctx, 'exchange.export', {
    kind: 'pack',
    candidateId: seeded.candidateId,
    roundId: seeded.roundId,
    interviewer: 'Dana Kim',
  });
  if (!file.ok) throw new Error(file.error.message);
  return file.value as ExchangeFile;
}

const candidatesOnB = async () => {
  const list = await dispatch(interviewer.ctx, 'candidates.list', {});
  return list.ok ? (list.value as unknown[]).length : -1;
};

describe('importing a pack through the file picker', () => {
  it('shows the dry run first, writes nothing until confirmed, then offers to start the interview', async () => {
    const pack = await packFromRecruiter();
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: /Import file/ }));
    await user.upload(
      screen.getByLabelText('Pack, scorecard or role file to import'),
      new File([pack.content], pack.fileName, { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Import ${pack.fileName}` });
    expect(await within(dialog).findByTestId('exchange-summary')).toHaveTextContent(
      'Nothing is written until you import.',
    );
    expect(Number(within(dialog).getByTestId('exchange-count-added').textContent)).toBeGreaterThan(0);
    expect(await candidatesOnB()).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText(/^Imported\./)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Start the interview' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/interviews\/start/),
    );
    expect(await candidatesOnB()).toBe(1);

    // The start form is filled for the interviewer the pack was made for.
    await user.click(within(dialog).getByRole('link', { name: 'Start the interview' }));
    const start = await screen.findByRole('form', { name: 'Start an interview' });
    await waitFor(() =>
      expect(within(start).getByRole('textbox', { name: /^Interviewer/ })).toHaveValue('Dana Kim'),
    );
  });

  it('refuses a pack edited after it was written, with the reason, and writes nothing', async () => {
    const pack = await packFromRecruiter();
    const edited = pack.content.replace('Dana Kim', 'Dana Kom');
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: /Import file/ }));
    await user.upload(
      screen.getByLabelText('Pack, scorecard or role file to import'),
      new File([edited], pack.fileName, { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Import ${pack.fileName}` });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Nothing was imported/);
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(await candidatesOnB()).toBe(0);
  });
});
