import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { invoke } from '../../../renderer/src/api';
import { useLiveStore } from '../../../renderer/src/features/interviews/live-store';
import { useScorecardStore } from '../../../renderer/src/features/scorecards/scorecard-store';
import type { Interview } from '../../../shared/interviews';
import { type SeededInterview, seedTechnicalScreen } from '../../support/interview-seed';
import type { TempCore } from '../../support/temp-db';
import { mountApp, resetPage, startCore } from './app-harness';

/**
 * Saves what live mode and the scorecard hold; resetPage (which always follows) puts the
 * interview stores back to their first state.
 */
export async function resetInterviews(): Promise<void> {
  await useLiveStore.getState().close();
  await useScorecardStore.getState().flush();
}

/** Before each interview test: a fresh page and a real core with the starter bank to pick from. */
export async function openInterviewCore(): Promise<TempCore> {
  await resetInterviews();
  resetPage();
  return startCore({ starterBank: true });
}

/** After each interview test: what live mode holds is saved before the core closes. */
export async function closeInterviewCore(core: TempCore): Promise<void> {
  await resetInterviews();
  resetPage();
  await core.close();
}

/** A reload, as far as jsdom has one: the page goes, the stores start over, the address stays. */
export async function reload(hash: string): Promise<{ user: UserEvent }> {
  await resetInterviews();
  resetPage(hash);
  return mountApp();
}

export function seed(options?: Parameters<typeof seedTechnicalScreen>[1]): Promise<SeededInterview> {
  return seedTechnicalScreen((channel, input) => invoke(channel as never, input as never), options);
}

export async function stored(id: string): Promise<Interview> {
  await useLiveStore.getState().flush();
  const result = await invoke('interviews.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function startedViaApi(seeded: SeededInterview, interviewer = 'Dana Reyes'): Promise<Interview> {
  const result = await invoke('interviews.start', {
    candidateId: seeded.candidateId,
    roundId: seeded.roundId,
    interviewer,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Opens live mode on an interview and waits for its first question. */
export async function openLive(interview: Interview): Promise<{ user: UserEvent }> {
  resetPage(`#/interviews/${interview.id}`);
  const mounted = await mountApp();
  await screen.findByTestId('live-interview');
  return mounted;
}

export function questionHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'live-question' });
}

export function position(): string {
  return screen.getByTestId('question-position').textContent ?? '';
}

export function ratingButton(name: RegExp | string): HTMLElement {
  return within(screen.getByRole('group', { name: 'Rating' })).getByRole('button', { name });
}

export async function waitSaved(): Promise<void> {
  await waitFor(() =>
    expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe('saved'),
  );
}
