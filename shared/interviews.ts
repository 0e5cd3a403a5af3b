import { z } from 'zod';
import type { KitQuestion, RoundKind } from './kits';
import { cappedText, recordId, requiredText } from './questions';

/**
 * Live interviews (their scorecards are in scorecards.ts).
 *
 * An interview snapshots its round's kit when it starts, so later kit edits leave a running
 * (or finished) interview alone. Every change in live mode is an autosave of one item
 * (`interviews.saveItem`), written in one short transaction with synchronous=FULL: once the
 * call has returned, the change survives a crash. Each item carries the `clientSeq` of its
 * last stored save; a save with a lower or equal one arrived late and is dropped.
 */

/** 1 = clearly weak .. 4 = clearly strong (the question's anchors); null = not rated yet. */
export const ratingValues = [1, 2, 3, 4, 'not-asked', 'insufficient'] as const;
export type Rating = (typeof ratingValues)[number] | null;
export const ratingLabels: Record<Exclude<Rating, null>, string> = {
  1: '1 - weak',
  2: '2 - mixed',
  3: '3 - solid',
  4: '4 - strong',
  'not-asked': 'Not asked',
  insufficient: 'Not enough evidence',
};

/** Red flags any question may raise, on top of the question's own. */
export const generalRedFlags = [
  'Has not run anything in production',
  'Cannot make a technical idea clear',
  'Shrugs off security',
  'Sticks to one tool whatever the problem',
  'No view on testing',
  'Shaky on databases',
] as const;

export const INTERVIEW_LIMITS = {
  interviewer: 80,
  note: 20_000,
  redFlag: 300,
  redFlags: 24,
  /** A day, in ms: more than any round lasts. */
  elapsedMs: 86_400_000,
  summary: 10_000,
  reason: 1000,
  attributeNote: 2000,
} as const;

const text = (max: number, what: string) => cappedText(max, what);
const elapsed = z.number().int().min(0).max(INTERVIEW_LIMITS.elapsedMs);
const rating = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.enum(['not-asked', 'insufficient']),
]);

export type InterviewStatus = 'in-progress' | 'ended';

export interface InterviewItem {
  id: string;
  /** The bank question it was taken from. */
  questionId: string;
  position: number;
  /** Inserted during the interview rather than planned in the kit. */
  adHoc: boolean;
  /** Suggested minutes for this question in this round. */
  minutes: number;
  /** The question as it was when the interview started (or when it was inserted). */
  question: KitQuestion;
  /**
   * Every attribute the question measures in this interview: its own, then the focus attributes
   * the kit linked it to (for a question added during the call, those its words point at).
   */
  measures: string[];
  /** Calibration of the loop, read live: a core question and the strong answer the panel agreed. */
  core: boolean;
  agreedAnswer: string | null;
  rating: Rating;
  /** What the candidate said or did. */
  evidence: string;
  /** What the interviewer makes of it. */
  judgement: string;
  /** The red flags toggled on (texts from the question's list or `generalRedFlags`). */
  redFlags: string[];
  /** Time spent on this question so far. */
  elapsedMs: number;
  clientSeq: number;
  updatedAt: string;
}

export interface Interview {
  id: string;
  candidateId: string;
  candidateName: string;
  roleId: string;
  /** The round of the loop it was started from; null once that round was removed from the loop. */
  roundId: string | null;
  roundName: string;
  roundKind: RoundKind;
  roundMinutes: number;
  focusAttributes: string[];
  /** The label of every focus attribute (a must-have's text, never its id). */
  focusLabels: Record<string, string>;
  interviewer: string;
  status: InterviewStatus;
  /** Where the interviewer was (resume goes back there); null before the first question. */
  currentItemId: string | null;
  roundElapsedMs: number;
  startedAt: string;
  endedAt: string | null;
  updatedAt: string;
  items: InterviewItem[];
  scorecardId: string | null;
}

export interface InterviewSummary {
  id: string;
  candidateId: string;
  candidateName: string;
  roleId: string;
  roundId: string | null;
  roundName: string;
  interviewer: string;
  status: InterviewStatus;
  currentItemId: string | null;
  roundElapsedMs: number;
  roundMinutes: number;
  startedAt: string;
  endedAt: string | null;
  updatedAt: string;
  scorecardId: string | null;
  scorecardStatus: 'none' | 'draft' | 'submitted';
}

export interface SaveItemResult {
  savedAt: string;
  /** False when a save with a later clientSeq was already stored: this one was dropped. */
  applied: boolean;
  /** When not applied: the sequence number the core holds, so the window can number above it. */
  lastClientSeq: number;
}

export const interviewStartInput = z
  .object({
    candidateId: recordId('a candidate'),
    roundId: recordId('a round'),
    interviewer: requiredText(INTERVIEW_LIMITS.interviewer, "The interviewer's name"),
  })
  .strict();
export const interviewByIdInput = z.object({ id: recordId('an interview') }).strict();
export const interviewListInput = z
  .object({
    roleId: z.uuid().optional(),
    candidateId: z.uuid().optional(),
    status: z.enum(['in-progress', 'ended']).optional(),
  })
  .strict();
/** Fields left out stay as they are. */
export const saveItemInput = z
  .object({
    interviewId: recordId('an interview'),
    itemId: recordId('an interview item'),
    rating: rating.nullable().optional(),
    evidence: text(INTERVIEW_LIMITS.note, 'The evidence').optional(),
    judgement: text(INTERVIEW_LIMITS.note, 'The judgement').optional(),
    redFlags: z
      .array(requiredText(INTERVIEW_LIMITS.redFlag, 'A red flag'))
      .max(INTERVIEW_LIMITS.redFlags)
      .transform((xs) => [...new Set(xs)])
      .optional(),
    elapsedMs: elapsed.optional(),
    clientSeq: z.number().int().min(1),
  })
  .strict();
export type SaveItemInput = z.input<typeof saveItemInput>;
export const setPositionInput = z
  .object({
    id: recordId('an interview'),
    currentItemId: recordId('an interview item').nullable(),
    roundElapsedMs: elapsed,
    /** When given, a position save older than the last stored one is dropped. */
    clientSeq: z.number().int().min(1).optional(),
  })
  .strict();
export const insertAdHocInput = z
  .object({
    id: recordId('an interview'),
    questionId: recordId('a question'),
    /** Insert after this item; null puts it first. */
    afterItemId: recordId('an interview item').nullable(),
  })
  .strict();
export const endInterviewInput = z.object({ id: recordId('an interview'), roundElapsedMs: elapsed }).strict();
