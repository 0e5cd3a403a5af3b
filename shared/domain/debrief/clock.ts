import { DECISION_WINDOW_MS, type DecisionClock } from '../../debrief';

export interface ClockInterview {
  status: 'in-progress' | 'ended';
  endedAt: string | null;
}

/**
 * The 48-hour clock: it runs from the end of the loop's last interview. While an interview
 * is still in progress the loop has not ended, so it waits; once a decision is recorded it
 * stops and says whether the decision came in time.
 */
export function decisionClock(
  interviews: ClockInterview[],
  now: Date,
  decidedAt: string | null,
): DecisionClock {
  const openInterviews = interviews.filter((i) => i.status === 'in-progress').length;
  const ends = interviews
    .filter((i) => i.status === 'ended' && i.endedAt)
    .map((i) => Date.parse(i.endedAt as string))
    .filter((t) => !Number.isNaN(t));
  const last = ends.length > 0 ? Math.max(...ends) : null;
  const base = {
    lastEndedAt: last === null ? null : new Date(last).toISOString(),
    dueAt: last === null ? null : new Date(last + DECISION_WINDOW_MS).toISOString(),
    openInterviews,
    decidedOnTime: null,
  };
  if (decidedAt !== null) {
    const on = last === null ? true : Date.parse(decidedAt) <= last + DECISION_WINDOW_MS;
    return { ...base, state: 'decided', remainingMs: null, decidedOnTime: on };
  }
  if (last === null) {
    return {
      ...base,
      state: openInterviews > 0 ? 'interview-open' : 'no-interview-ended',
      remainingMs: null,
    };
  }
  if (openInterviews > 0) return { ...base, state: 'interview-open', dueAt: null, remainingMs: null };
  const remainingMs = last + DECISION_WINDOW_MS - now.getTime();
  return { ...base, state: remainingMs < 0 ? 'overdue' : 'running', remainingMs };
}

/** "47 h 12 min", "45 min", "4 d 3 h": a duration as a person reads it (hours up to three days). */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  if (days >= 3) return `${days} d ${hours % 24} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

const utc = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '');

/** The clock in one line, the same wording on the candidate page, the debrief, the CLI and the packet. */
export function describeClock(clock: DecisionClock): string {
  switch (clock.state) {
    case 'no-interview-ended':
      return 'No interview has ended yet: the 48-hour clock has not started.';
    case 'interview-open':
      return `${clock.openInterviews === 1 ? 'An interview is' : `${clock.openInterviews} interviews are`} still in progress: the 48-hour clock starts when the last one ends.`;
    case 'running':
      return `Decision due in ${formatDuration(clock.remainingMs ?? 0)} (by ${utc(clock.dueAt)}).`;
    case 'overdue':
      return `Overdue by ${formatDuration(clock.remainingMs ?? 0)}: the decision was due ${utc(clock.dueAt)}.`;
    case 'decided':
      return clock.decidedOnTime
        ? 'Decided within 48 hours.'
        : 'Decided, later than 48 hours after the loop.';
  }
}
