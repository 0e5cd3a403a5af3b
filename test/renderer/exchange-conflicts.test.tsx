import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { useConflictsStore, useExchangeImportStore } from '../../renderer/src/features/exchange';
import type { Debrief } from '../../shared/debrief';
import type { ExchangeConflict, ExchangeFile, ExchangeReport } from '../../shared/pack-exchange';
import type { Scorecard } from '../../shared/scorecards';
import { seedTechnicalScreen } from '../support/interview-seed';
import { openTempCore, type TempCore } from '../support/temp-db';
import { forge } from '../support/transfer-files';
import { mountApp, resetPage, startCore } from './support/app-harness';

/** The app under test runs on the recruiter's laptop (A); the interviewer's (B) is a second core. */
let recruiter: TempCore;
let interviewer: TempCore;

beforeEach(async () => {
  useExchangeImportStore.getState().close();
  useConflictsStore.getState().close();
  recruiter = await startCore({ starterBank: true });
  interviewer = await openTempCore();
});

afterEach(async () => {
  useExchangeImportStore.getState().close();
  useConflictsStore.getState().close();
  resetPage();
  await interviewer.close();
  await recruiter.close();
});

async function on<T>(core: TempCore, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(core.ctx, channel as never, input as never);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Pack to B, interview and scorecard on B, scorecard back on A, then a forged copy of it on A. */
async function conflictOnRecruiter() {
  const seeded = await seedTechnicalScreen(
    (channel, input) => dispatch(recruiter.ctx, channel as never, input as never),
    {
      questions: 2,
    },
  );
  const pack = await on<ExchangeFile>(recruiter, 'exchange.export', {
    kind: 'pack',
    candidateId: seeded.candidateId,
    roundId: seeded.roundId,
    interviewer: 'Dana Kim',
  });
  await on(interviewer, 'exchange.applyImport', { fileName: pack.fileName, content: pack.content });
  const interview = await on<{ id: string }>(interviewer, 'interviews.start', {
    candidateId: seeded.candidateId,
    roundId: seeded.roundId,
    interviewer: 'Dana Kim',
  });
  await on(interviewer, 'interviews.end', { id: interview.id, roundElapsedMs: 60_000 });
  const draft = await on<Scorecard>(interviewer, 'scorecards.forInterview', { interviewId: interview.id });
  await on(interviewer, 'scorecards.submit', {
    id: draft.id,
    attributeRatings: draft.attributeRatings.map((a) => ({
      attribute: a.attribute,
      rating: 3,
      note: 'Named the index it needed',
    })),
    recommendation: 'yes',
    summary: 'Knows the data side well',
  });
  const card = await on<ExchangeFile>(interviewer, 'exchange.export', {
    kind: 'scorecard',
    scorecardId: draft.id,
  });
  await on(recruiter, 'exchange.applyImport', { fileName: card.fileName, content: card.content });
  const forged = forge(card.content, (payload) => {
    const v1 = payload.records.find((r) => r.type === 'scorecard' && r.version === 1);
    const body = v1?.body as {
      recommendation: string;
      summary: string;
      ratings: { rating: unknown; note: string }[];
    };
    body.recommendation = 'strong-no';
    body.summary = 'Guessed at every answer';
    for (const r of body.ratings) Object.assign(r, { rating: 1, note: 'No real example' });
  });
  const report = await on<ExchangeReport>(recruiter, 'exchange.applyImport', {
    fileName: 'forged.reqdesk-scorecard',
    content: forged,
  });
  expect(report.counts.conflict).toBe(1);
  return { seeded, scorecardId: draft.id };
}

const conflictsOnA = () => on<ExchangeConflict[]>(recruiter, 'exchange.conflicts', {});

describe('resolving a conflict by hand', () => {
  it('shows both scorecards side by side from the candidate page, asks before keeping one, then shows none', async () => {
    const { seeded, scorecardId } = await conflictOnRecruiter();
    resetPage(`#/candidates/${seeded.candidateId}`);
    const { user } = await mountApp();

    const button = await screen.findByRole('button', { name: 'Conflicts: 1 to resolve' });
    expect(within(button).getByTestId('conflicts-count')).toHaveTextContent('1');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Conflicts to resolve' });
    const here = await within(dialog).findByRole('region', { name: /, here now$/ });
    const incoming = within(dialog).getByRole('region', { name: /from forged\.reqdesk-scorecard$/ });
    expect(within(here).getByTestId('conflict-recommendation')).toHaveTextContent('Yes');
    expect(within(incoming).getByTestId('conflict-recommendation')).toHaveTextContent('Strong no');
    expect(within(here).getByText(/Knows the data side well/)).toBeInTheDocument();
    expect(within(incoming).getByText(/Guessed at every answer/)).toBeInTheDocument();
    const ratings = within(incoming).getByRole('table', { name: /^Ratings/ });
    expect(within(ratings).getAllByText('No real example').length).toBeGreaterThan(0);
    expect(within(here).getAllByText('Named the index it needed').length).toBeGreaterThan(0);
    expect(dialog.textContent).not.toMatch(/"recommendation"|\{"/);

    // A first click only asks; cancelling leaves everything as it was.
    await user.click(within(incoming).getByRole('button', { name: 'Keep this one' }));
    const ask = within(incoming).getByRole('alertdialog', { name: 'Keep this one?' });
    expect(ask).toHaveTextContent(/becomes the newest version/);
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(within(incoming).queryByRole('alertdialog')).toBeNull();
    expect(await conflictsOnA()).toHaveLength(1);

    await user.click(within(incoming).getByRole('button', { name: 'Keep this one' }));
    await user.click(within(incoming).getByRole('button', { name: 'Keep it' }));
    expect(await within(dialog).findByTestId('conflicts-empty')).toHaveTextContent(/^No conflicts/);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/now the newest version/);
    expect(await conflictsOnA()).toEqual([]);
    const debrief = await on<Debrief>(recruiter, 'debrief.get', {
      candidateId: seeded.candidateId,
      roleId: seeded.roleId,
    });
    expect(debrief.columns.find((c) => c.scorecardId === scorecardId)).toMatchObject({
      recommendation: 'strong-no',
      version: 2,
    });

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('button', { name: 'Conflicts: none' })).toBeInTheDocument();
  });

  it('keeps what is here when that side is chosen, and says so when there is nothing to resolve', async () => {
    const { seeded, scorecardId } = await conflictOnRecruiter();
    resetPage(`#/candidates/${seeded.candidateId}`);
    const { user } = await mountApp();
    await user.click(await screen.findByRole('button', { name: 'Conflicts: 1 to resolve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Conflicts to resolve' });
    const here = await within(dialog).findByRole('region', { name: /, here now$/ });
    await user.click(within(here).getByRole('button', { name: 'Keep this one' }));
    expect(within(here).getByRole('alertdialog')).toHaveTextContent(/is dropped/);
    await user.click(within(here).getByRole('button', { name: 'Keep it' }));
    expect(await within(dialog).findByTestId('conflicts-empty')).toBeInTheDocument();
    const debrief = await on<Debrief>(recruiter, 'debrief.get', {
      candidateId: seeded.candidateId,
      roleId: seeded.roleId,
    });
    expect(debrief.columns.find((c) => c.scorecardId === scorecardId)).toMatchObject({
      recommendation: 'yes',
      version: 1,
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Conflicts: none' })).toBeInTheDocument());
  });
});
