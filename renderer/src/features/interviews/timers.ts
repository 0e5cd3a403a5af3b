import { INTERVIEW_LIMITS } from '../../../../shared/interviews';

/**
 * The two clocks of live mode. Each is an elapsed time stored with the interview (so a reload
 * or a crash resumes from it) plus the time since this window started counting it.
 */
export interface RunningClock {
  /** Elapsed when counting started here (from the database). */
  baseMs: number;
  /** `Date.now()` when counting started here. */
  since: number;
}

export function startClock(baseMs: number, now = Date.now()): RunningClock {
  return { baseMs, since: now };
}

export function elapsedOf(clock: RunningClock, now = Date.now()): number {
  return clock.baseMs + Math.max(0, now - clock.since);
}

/** 0:07, 12:30, 1:02:05. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Whether a clock has run past its budget (in minutes). */
export function isOver(elapsedMs: number, budgetMinutes: number): boolean {
  return budgetMinutes > 0 && elapsedMs > budgetMinutes * 60_000;
}

/**
 * A clock's milliseconds as stored: whole, and at most a day (a window left open overnight,
 * the machine asleep, must not make the interview impossible to save or end).
 */
export function storedElapsed(ms: number): number {
  return Math.min(Math.round(ms), INTERVIEW_LIMITS.elapsedMs);
}
