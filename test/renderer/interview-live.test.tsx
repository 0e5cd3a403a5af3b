import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../renderer/src/api';
import { useLiveStore } from '../../renderer/src/features/interviews/live-store';
import { startClock } from '../../renderer/src/features/interviews/timers';
import { generalRedFlags, INTERVIEW_LIMITS } from '../../shared/interviews';
import type { TempCore } from '../support/temp-db';
import { mountApp, resetPage } from './support/app-harness';
import {
  closeInterviewCore,
  openInterviewCore,
  openLive,
  position,
  questionHeading,
  ratingButton,
  reload,
  seed,
  startedViaApi,
  stored,
  waitSaved,
} from './support/interview-harness';

let core: TempCore;

beforeEach(async () => {
  core = await openInterviewCore();
});

afterEach(async () => {
  await closeInterviewCore(core);
});

// Whole app in jsdom against a real core: slower than a unit test, more so on a busy machine.
describe('live interview mode', () => {
  it('starts from the form with the interviewer remembered, and opens full window on the first question', async () => {
    const seeded = await seed();
    await invoke('settings.set', { key: 'interviewerName', value: 'Dana Reyes' });
    resetPage('#/interviews');
    const { user } = await mountApp();
    const form = await screen.findByRole('form', { name: 'Start an interview' });
    expect(within(form).getByLabelText('Interviewer')).toHaveValue('Dana Reyes');
    await user.selectOptions(within(form).getByLabelText('Candidate'), seeded.candidateName);
    // The candidate's loop is read and the first round with a kit is picked.
    await waitFor(() => expect(within(form).getByLabelText('Round')).toHaveValue(seeded.roundId));
    await user.clear(within(form).getByLabelText('Interviewer'));
    await user.type(within(form).getByLabelText('Interviewer'), 'Sam Ortiz');
    await user.click(within(form).getByRole('button', { name: 'Start interview' }));

    await screen.findByTestId('live-interview');
    expect(window.location.hash).toMatch(/^#\/interviews\/[0-9a-f-]{36}$/);
    expect(position()).toBe('Question 1 of 6');
    // Full window: the sidebar of areas is gone while the interview runs.
    expect(screen.queryByRole('navigation', { name: 'Areas' })).toBeNull();
    expect(screen.getByTestId('calibration-note')).toHaveTextContent(seeded.calibrationNote);
    expect(screen.getByText('Core question')).toBeInTheDocument();
    const settings = await invoke('settings.get', {});
    expect(settings.ok && settings.value.interviewerName).toBe('Sam Ortiz');
  });

  it('opens the start form from a candidate’s link with candidate and round chosen', async () => {
    const seeded = await seed();
    resetPage(`#/interviews/start?candidate=${seeded.candidateId}&round=${seeded.roundId}`);
    await mountApp();
    const form = await screen.findByRole('form', { name: 'Start an interview' });
    await waitFor(() => expect(within(form).getByLabelText('Candidate')).toHaveValue(seeded.candidateId));
    await waitFor(() => expect(within(form).getByLabelText('Round')).toHaveValue(seeded.roundId));
  });

  it('says next to each field what a start is missing, and puts the cursor in the first', async () => {
    const seeded = await seed();
    resetPage('#/interviews');
    const { user } = await mountApp();
    const form = await screen.findByRole('form', { name: 'Start an interview' });
    await user.clear(within(form).getByLabelText('Interviewer'));
    await user.click(within(form).getByRole('button', { name: 'Start interview' }));
    expect(within(form).getByText('Pick a candidate.')).toBeInTheDocument();
    expect(within(form).getByText('Pick a round.')).toBeInTheDocument();
    expect(within(form).getByText("The interviewer's name is empty.")).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByLabelText('Candidate')).toHaveFocus());
    // Choosing a candidate answers two of them: a round is offered once the loop is read.
    await user.selectOptions(within(form).getByLabelText('Candidate'), seeded.candidateName);
    await waitFor(() => expect(within(form).getByLabelText('Round')).toHaveValue(seeded.roundId));
    expect(within(form).queryByText('Pick a candidate.')).toBeNull();
    expect(within(form).queryByText('Pick a round.')).toBeNull();
    expect(window.location.hash).toBe('#/interviews');
    const listed = await invoke('interviews.list', {});
    expect(listed.ok && listed.value).toEqual([]);
  });

  it('rates with 1-4, 0 and I, moves with J/K, and leaves those keys alone while typing', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    const first = interview.items[0];
    if (!first) throw new Error('no first question');
    expect(questionHeading()).toHaveTextContent(first.question.text);

    await user.keyboard('3');
    expect(ratingButton(/^3 Solid/)).toHaveAttribute('aria-pressed', 'true');
    // Held down, the key repeats: the rating stays, it does not flip off and on.
    fireEvent.keyDown(document.activeElement ?? document.body, { key: '3', repeat: true });
    expect(ratingButton(/^3 Solid/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('0');
    expect(ratingButton(/Not asked/)).toHaveAttribute('aria-pressed', 'true');
    expect(ratingButton(/^3 Solid/)).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('i');
    expect(ratingButton(/Not enough evidence/)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('4');

    // N puts the caret in the evidence; digits and J typed there are text, not shortcuts.
    await user.keyboard('n');
    const evidence = screen.getByRole('textbox', { name: 'Evidence' });
    expect(evidence).toHaveFocus();
    await user.keyboard('Cut p99 from 900 to 120 ms; just jk');
    expect(evidence).toHaveValue('Cut p99 from 900 to 120 ms; just jk');
    expect(ratingButton(/^4 Strong/)).toHaveAttribute('aria-pressed', 'true');
    expect(position()).toBe('Question 1 of 6');

    // Esc leaves the field for the question; then J and K move again.
    await user.keyboard('{Escape}');
    expect(questionHeading()).toHaveFocus();
    await user.keyboard('j');
    expect(position()).toBe('Question 2 of 6');
    await user.keyboard('{ArrowDown}');
    expect(position()).toBe('Question 3 of 6');
    await user.keyboard('k');
    expect(position()).toBe('Question 2 of 6');
    await user.keyboard('2');

    const saved = await stored(interview.id);
    expect(saved.items[0]).toMatchObject({ rating: 4, evidence: 'Cut p99 from 900 to 120 ms; just jk' });
    expect(saved.items[1]?.rating).toBe(2);
    expect(saved.items[2]?.rating).toBeNull();
  });

  it('stores pasted notes with control characters, and ends after a clock left running overnight', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    await openLive(interview);
    act(() => useLiveStore.getState().editNote('evidence', 'Paged at 3 am\fRolled back\u0007 in minutes'));
    // The window stayed open through the night: both clocks read over a day.
    act(() =>
      useLiveStore.setState({ roundClock: startClock(90_000_000), itemClock: startClock(90_000_000) }),
    );
    expect(await useLiveStore.getState().end()).not.toBeNull();
    const saved = await invoke('interviews.get', { id: interview.id });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.status).toBe('ended');
    expect(saved.value.roundElapsedMs).toBe(INTERVIEW_LIMITS.elapsedMs);
    expect(saved.value.items[0]).toMatchObject({
      evidence: 'Paged at 3 am\nRolled back in minutes',
      elapsedMs: INTERVIEW_LIMITS.elapsedMs,
    });
  });

  it('starts the clock of a question added to an empty kit at zero', async () => {
    const seeded = await seed({ questions: 0 });
    const interview = await startedViaApi(seeded);
    await openLive(interview);
    act(() => useLiveStore.setState({ itemClock: startClock(0, Date.now() - 60_000) }));
    const hits = await invoke('questions.search', { text: 'schema', limit: 1 });
    const questionId = hits.ok ? hits.value.hits[0]?.id : undefined;
    if (!questionId) throw new Error('no question to add');
    const before = Date.now();
    expect(await useLiveStore.getState().insertAdHoc(questionId)).toBe(true);
    expect(useLiveStore.getState().index).toBe(0);
    // A fresh clock, started when the question was added, not the minute of the clock before.
    const { itemClock } = useLiveStore.getState();
    expect(itemClock.baseMs).toBe(0);
    expect(itemClock.since).toBeGreaterThanOrEqual(before);
  });

  it('F goes to the red flags, Space toggles one, and it is saved', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    await user.keyboard('f');
    const flags = screen.getByRole('group', { name: /Red flags/ });
    const firstFlag = within(flags).getAllByRole('checkbox')[0] as HTMLInputElement;
    expect(firstFlag).toHaveFocus();
    await user.keyboard(' ');
    expect(firstFlag).toBeChecked();
    // Focus on a flag is not text entry: J still moves on.
    await user.keyboard('j');
    expect(position()).toBe('Question 2 of 6');
    // The question's own red flags come first, then the general ones.
    const expected = interview.items[0]?.question.redFlags[0] ?? generalRedFlags[0];
    expect(firstFlag).toHaveAccessibleName(expected);
    const saved = await stored(interview.id);
    expect(saved.items[0]?.redFlags).toEqual([expected]);
  });

  it("raises a red flag in the interviewer's own words beside the list, saved and shown as a chip", async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    const own = screen.getByRole('textbox', { name: 'Another red flag, in your words' });
    await user.click(own);
    // Typing here is text entry: J and 1 go into the field, not to the question.
    await user.keyboard('Blamed the on-call rota 1j{Enter}');
    expect(position()).toBe('Question 1 of 6');
    expect(own).toHaveValue('');
    const flags = screen.getByRole('group', { name: /Red flags/ });
    expect(within(flags).getByRole('checkbox', { name: 'Blamed the on-call rota 1j' })).toBeChecked();
    await user.type(own, 'Blamed the on-call rota 1j{Enter}');
    expect(screen.getByText('That red flag is already raised on this question.')).toBeInTheDocument();
    await act(() => useLiveStore.getState().flush());
    expect((await stored(interview.id)).items[0]?.redFlags).toEqual(['Blamed the on-call rota 1j']);
  });

  it('works by mouse too: next and previous, the outline, the guide', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    expect(screen.getByRole('button', { name: /Previous question/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next question/ }));
    expect(position()).toBe('Question 2 of 6');
    const outline = screen.getByRole('navigation', { name: 'Questions' });
    await user.click(within(outline).getAllByRole('button')[5] as HTMLElement);
    expect(position()).toBe('Question 6 of 6');
    expect(screen.getByRole('button', { name: /Next question/ })).toBeDisabled();
    expect(screen.getByRole('complementary', { name: 'Guide' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Guide/ }));
    expect(screen.queryByRole('complementary', { name: 'Guide' })).toBeNull();
    await user.keyboard('g');
    expect(screen.getByRole('complementary', { name: 'Guide' })).toBeInTheDocument();
  });

  it('warns when a rating has no evidence written, until some is', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    expect(screen.queryByTestId('no-evidence-warning')).toBeNull();
    await user.click(ratingButton(/^2 Mixed/));
    expect(screen.getByTestId('no-evidence-warning')).toBeInTheDocument();
    await user.click(ratingButton(/Not asked/));
    expect(screen.queryByTestId('no-evidence-warning')).toBeNull();
    await user.click(ratingButton(/^1 Weak/));
    expect(screen.getByTestId('no-evidence-warning')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Evidence' }), 'Could not name a single index.');
    expect(screen.queryByTestId('no-evidence-warning')).toBeNull();
  });

  it('autosaves notes as they are typed, and says so', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    await user.type(
      screen.getByRole('textbox', { name: 'Evidence' }),
      'Sharded by tenant after a noisy-neighbour outage',
    );
    await user.type(screen.getByRole('textbox', { name: 'Judgement' }), 'Knows why, not only how');
    // No flush from the test: the autosave itself must get it there.
    await waitSaved();
    expect(screen.getByText(/^Saved \d/)).toBeInTheDocument();
    const result = await invoke('interviews.get', { id: interview.id });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items[0]).toMatchObject({
      evidence: 'Sharded by tenant after a noisy-neighbour outage',
      judgement: 'Knows why, not only how',
    });
  });

  it('inserts a question from the bank with / after the current one', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    await user.keyboard('j');
    await user.keyboard('/');
    const search = await screen.findByRole('combobox', { name: 'Search the question bank' });
    await waitFor(() => expect(search).toHaveFocus());
    await user.keyboard(seeded.adHocSearch);
    await waitFor(() =>
      expect(screen.getByRole('listbox', { name: 'Questions found' }).children.length).toBeGreaterThan(0),
    );
    // A question the interview already has is never offered (the core would refuse it).
    const options = within(screen.getByRole('listbox', { name: 'Questions found' })).getAllByRole('option');
    for (const option of options) {
      for (const item of interview.items) expect(option.textContent).not.toContain(item.question.text);
    }
    // J typed in the search is text, not a move.
    expect(useLiveStore.getState().index).toBe(1);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(position()).toBe('Question 3 of 7'));
    expect(screen.getByText('Added during the call')).toBeInTheDocument();
    const saved = await stored(interview.id);
    expect(saved.items[2]?.adHoc).toBe(true);
    expect(saved.currentItemId).toBe(saved.items[2]?.id);
  });

  it('after a reload comes back to the same question with its notes and the clock not reset', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    const { user } = await openLive(interview);
    await user.keyboard('jj');
    await user.keyboard('n');
    await user.keyboard('Walked through the outbox pattern');
    await user.keyboard('{Escape}3');
    // Time passes on the round clock.
    const setAt = Date.now();
    await act(async () => {
      useLiveStore.setState({ roundClock: { baseMs: 125_000, since: setAt } });
    });
    await waitSaved();
    await useLiveStore.getState().savePosition();

    await reload(`#/interviews/${interview.id}`);
    await screen.findByTestId('live-interview');
    expect(position()).toBe('Question 3 of 6');
    expect(screen.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
      'Walked through the outbox pattern',
    );
    expect(ratingButton(/^3 Solid/)).toHaveAttribute('aria-pressed', 'true');
    const elapsed = Number(screen.getByTestId('round-clock').dataset.elapsedMs);
    // Kept across the reload, and counted once: never more than the time that really passed.
    expect(elapsed).toBeGreaterThanOrEqual(125_000);
    expect(elapsed - 125_000).toBeLessThanOrEqual(Date.now() - setAt);
  });

  it('turns a clock orange, quietly, once it runs past its budget', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    await openLive(interview);
    const round = screen.getByTestId('round-clock');
    expect(round.querySelector('[data-over]')).toBeNull();
    expect(round).toHaveTextContent('/ 45:00');
    const minutes = interview.items[0]?.minutes ?? 0;
    await act(async () => {
      useLiveStore.setState({
        roundClock: { baseMs: 46 * 60_000, since: Date.now() },
        itemClock: { baseMs: (minutes + 1) * 60_000, since: Date.now() },
      });
    });
    expect(round.querySelector('[data-over]')).not.toBeNull();
    expect(within(round).getByLabelText(/Round: 46:0\d of 45 minutes, over time/)).toBeInTheDocument();
    expect(screen.getByTestId('question-clock').querySelector('[data-over]')).not.toBeNull();
  });

  it('offers to resume an interview left open when the app starts elsewhere', async () => {
    const seeded = await seed();
    const interview = await startedViaApi(seeded);
    await invoke('interviews.setPosition', {
      id: interview.id,
      currentItemId: interview.items[1]?.id ?? null,
      roundElapsedMs: 60_000,
    });
    resetPage('#/roles');
    const { user } = await mountApp();
    const offer = await screen.findByRole('region', { name: 'Interview in progress' });
    expect(offer).toHaveTextContent(seeded.candidateName);
    await user.click(within(offer).getByRole('button', { name: 'Resume' }));
    await screen.findByTestId('live-interview');
    expect(position()).toBe('Question 2 of 6');
  });
});
