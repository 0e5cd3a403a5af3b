import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { hasUnsavedScorecardEdits } from '../../renderer/src/features/scorecards/scorecard-store';
import { openRoute } from '../../renderer/src/ui/router';
import type { Interview } from '../../shared/interviews';
import type { Scorecard } from '../../shared/scorecards';
import type { TempCore } from '../support/temp-db';
import {
  closeInterviewCore,
  openInterviewCore,
  openLive,
  seed,
  startedViaApi,
} from './support/interview-harness';

let core: TempCore;

beforeEach(async () => {
  core = await openInterviewCore();
});

afterEach(async () => {
  await closeInterviewCore(core);
});

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Notes on the first question, as live mode would have saved them. */
async function noteFirst(interview: Interview, evidence: string): Promise<void> {
  const item = interview.items[0];
  if (!item) throw new Error('no question');
  await must(
    invoke('interviews.saveItem', {
      interviewId: interview.id,
      itemId: item.id,
      rating: 3,
      evidence,
      clientSeq: 1,
    }),
  );
}

/** Ends the interview the way a person does (Ctrl+Enter, confirm) and waits for the scorecard. */
async function endWithKeys(user: UserEvent): Promise<void> {
  await user.keyboard('{Control>}{Enter}{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'End this interview?' });
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'End and score' })).toHaveFocus());
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 1, name: 'Scorecard' });
  await screen.findByRole('button', { name: 'Submit scorecard' });
}

/** Puts text in a field the quick way (a paste): typing each key is not what these tests are about. */
async function typeInto(user: UserEvent, name: RegExp, text: string): Promise<void> {
  await user.click(screen.getByRole('textbox', { name }));
  await user.paste(text);
}

async function fillAll(user: UserEvent, scorecard: Scorecard, summary: string): Promise<void> {
  for (const attribute of scorecard.attributeRatings) {
    const group = screen.getByRole('radiogroup', { name: attribute.label });
    await user.click(within(group).getByRole('radio', { name: /^3 Solid/ }));
  }
  await user.click(screen.getByRole('radio', { name: 'Yes' }));
  if (summary) await typeInto(user, /Summary/, summary);
}

async function scorecardOf(interviewId: string): Promise<Scorecard> {
  return must(invoke('scorecards.forInterview', { interviewId }));
}

describe('the scorecard', () => {
  it('shows the evidence beside each attribute, needs a summary, locks on submit, and revises into version 2', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    await noteFirst(interview, 'Chose Postgres over Dynamo for the ledger: needed joins for audits');
    const { user } = await openLive(interview);
    await endWithKeys(user);

    const card = await scorecardOf(interview.id);
    expect(card.attributeRatings.map((a) => a.attribute)).toEqual([
      'api-design',
      'data-modelling-sql',
      'system-design',
      'communication',
    ]);
    // The quote from the question that measured it sits beside the attribute.
    const measured = card.attributeRatings.find((a) => a.evidence.some((e) => e.evidence !== ''));
    if (!measured) throw new Error('no attribute measured by the first question');
    expect(screen.getByRole('list', { name: `Evidence for ${measured.label}` })).toHaveTextContent(
      'Chose Postgres over Dynamo for the ledger',
    );

    // Everything but the summary: refused, and said where.
    await fillAll(user, card, '');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText('Write a summary: a few lines on why.')).toBeInTheDocument();
    expect((await scorecardOf(interview.id)).status).toBe('draft');

    await typeInto(user, /Summary/, 'Strong on data, thin on API contracts.');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    const status = await screen.findByTestId('scorecard-status');
    await waitFor(() => expect(status).toHaveTextContent(/Submitted .* version 1 · locked/));
    expect(screen.getByRole('textbox', { name: /Summary/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Submit scorecard' })).toBeNull();
    const submitted = await scorecardOf(interview.id);
    expect(submitted).toMatchObject({ status: 'submitted', version: 1, recommendation: 'yes' });
    expect(submitted.submittedAt).not.toBeNull();

    // A change after submitting: a reason first, then a new version; the old one stays readable.
    await user.click(screen.getByRole('button', { name: 'Revise…' }));
    expect(hasUnsavedScorecardEdits()).toBe(false); // nothing changed yet: leaving loses nothing
    const summary = screen.getByRole('textbox', { name: /Summary/ });
    await user.clear(summary);
    await user.paste('Strong on data; the API answer holds up on a second read.');
    await user.click(screen.getByRole('radio', { name: 'Strong yes' }));
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    expect(await screen.findByText('Say why the scorecard changes.')).toBeInTheDocument();
    expect((await scorecardOf(interview.id)).version).toBe(1);
    // A revision lives on this screen until saved: leaving now would lose it, so the window asks.
    expect(hasUnsavedScorecardEdits()).toBe(true);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);

    await typeInto(user, /Reason for the change/, 'Reread my API notes');
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }));
    await waitFor(() =>
      expect(screen.getByTestId('scorecard-status')).toHaveTextContent(/version 2 · locked/),
    );
    const revised = await scorecardOf(interview.id);
    expect(revised).toMatchObject({
      version: 2,
      recommendation: 'strong-yes',
      reason: 'Reread my API notes',
    });

    const versions = await screen.findByRole('heading', { name: 'Versions' });
    expect(versions).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /Version 1/ }));
    await waitFor(() => expect(screen.getByText('Strong on data, thin on API contracts.')).toBeVisible());
    expect(screen.getByRole('button', { name: /Version 2/ })).toBeInTheDocument();
  });

  it('keeps other interviewers’ scorecards hidden until this one is submitted', async () => {
    const seeded = await seed();
    // Someone else interviewed the same candidate and submitted first.
    const theirs = await startedViaApi(seeded, 'Priya Raman');
    await must(invoke('interviews.end', { id: theirs.id, roundElapsedMs: 60_000 }));
    const theirCard = await scorecardOf(theirs.id);
    await must(
      invoke('scorecards.submit', {
        id: theirCard.id,
        attributeRatings: theirCard.attributeRatings.map((a) => ({
          attribute: a.attribute,
          rating: 2,
          note: '',
        })),
        recommendation: 'no',
        summary: 'Could not get past the happy path.',
      }),
    );

    const mine = await startedViaApi(seeded, 'Dana Reyes');
    const { user } = await openLive(mine);
    await endWithKeys(user);
    const hidden = await screen.findByTestId('others-hidden');
    expect(hidden).toHaveTextContent('One other interviewer has scored this candidate.');
    expect(screen.queryByText('Could not get past the happy path.')).toBeNull();

    await fillAll(user, await scorecardOf(mine.id), 'Solid throughout.');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText('Could not get past the happy path.')).toBeInTheDocument();
    expect(screen.getByText('Priya Raman')).toBeInTheDocument();
    expect(screen.queryByTestId('others-hidden')).toBeNull();
  });

  it('shows a submitted scorecard on the candidate page and in the debrief without a reload', async () => {
    const seeded = await seed();
    const mine = await startedViaApi(seeded, 'Dana Reyes');
    const { user } = await openLive(mine);
    await endWithKeys(user);

    // The candidate page, read while the scorecard is still a draft.
    act(() => openRoute({ area: 'candidates', view: 'candidate', id: seeded.candidateId }));
    expect(await screen.findByText(/0 of 1 scorecards submitted/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Draft: finish it|Not started: score it/ }));
    await screen.findByRole('button', { name: 'Submit scorecard' });

    await fillAll(user, await scorecardOf(mine.id), 'Solid throughout.');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    await waitFor(() => expect(screen.getByTestId('scorecard-status')).toHaveTextContent(/locked/));

    act(() => openRoute({ area: 'candidates', view: 'candidate', id: seeded.candidateId }));
    expect(await screen.findByText(/1 of 1 scorecards submitted/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Submitted' })).toBeInTheDocument();
    act(() => openRoute({ area: 'candidates', view: 'debrief', id: seeded.candidateId }));
    expect(await screen.findByText(/1 scorecard in\./)).toBeInTheDocument();
  });
});
