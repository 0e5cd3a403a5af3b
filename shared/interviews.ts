import { z } from 'zod';
import type { KitQuestion, RoundKind } from './kits';
import { attributeId, cappedText } from './questions';

/**
 * Live interviews and scorecards (issue 7).
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
const nonEmpty = (max: number, what: string) =>
  text(max, what).pipe(z.string().trim().min(1, `${what} is empty.`));
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

const uuid = (what: string) => z.uuid(`That is not ${what} id.`);

export const interviewStartInput = z
  .object({
    candidateId: uuid('a candidate'),
    roundId: uuid('a round'),
    interviewer: nonEmpty(INTERVIEW_LIMITS.interviewer, "The interviewer's name"),
  })
  .strict();
export const interviewByIdInput = z.object({ id: uuid('an interview') }).strict();
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
    interviewId: uuid('an interview'),
    itemId: uuid('an interview item'),
    rating: rating.nullable().optional(),
    evidence: text(INTERVIEW_LIMITS.note, 'The evidence').optional(),
    judgement: text(INTERVIEW_LIMITS.note, 'The judgement').optional(),
    redFlags: z
      .array(nonEmpty(INTERVIEW_LIMITS.redFlag, 'A red flag'))
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
    id: uuid('an interview'),
    currentItemId: uuid('an interview item').nullable(),
    roundElapsedMs: elapsed,
    /** When given, a position save older than the last stored one is dropped. */
    clientSeq: z.number().int().min(1).optional(),
  })
  .strict();
export const insertAdHocInput = z
  .object({
    id: uuid('an interview'),
    questionId: uuid('a question'),
    /** Insert after this item; null puts it first. */
    afterItemId: uuid('an interview item').nullable(),
  })
  .strict();
export const endInterviewInput = z.object({ id: uuid('an interview'), roundElapsedMs: elapsed }).strict();

// ---------------------------------------------------------------- scorecards

export const recommendations = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Recommendation = (typeof recommendations)[number];
export const recommendationLabels: Record<Recommendation, string> = {
  'strong-no': 'Strong no',
  no: 'No',
  yes: 'Yes',
  'strong-yes': 'Strong yes',
};

/** What one item of the interview says about an attribute (read from the items, never stored twice). */
export interface AttributeEvidence {
  itemId: string;
  topic: string;
  questionText: string;
  rating: Rating;
  evidence: string;
  judgement: string;
  redFlags: string[];
}

/**
 * A focus attribute's rating on a scorecard: 1..4 on the anchored scale, or 'not-assessed'
 * when nothing in the interview measured it. 'not-assessed' is an answer (a scorecard with it
 * can be submitted) but never a score: leave it out of every mean, spread and count of ratings.
 */
export const attributeScoreValues = [1, 2, 3, 4, 'not-assessed'] as const;
export type AttributeScore = (typeof attributeScoreValues)[number];
export const NOT_ASSESSED = 'not-assessed' as const;

/** The number an attribute score counts as, or null when it is no score (not assessed, or unrated). */
export function scoreOf(rating: AttributeScore | null | undefined): 1 | 2 | 3 | 4 | null {
  return typeof rating === 'number' ? rating : null;
}

/** How an attribute rating reads wherever it is shown: "3", "not assessed", or "-" when not given yet. */
export function attributeScoreLabel(rating: AttributeScore | null | undefined): string {
  if (rating === NOT_ASSESSED) return 'not assessed';
  return rating == null ? '-' : String(rating);
}

/** An asked question that measures none of the round's focus attributes (ad hoc or not). */
export interface OtherQuestion extends AttributeEvidence {
  adHoc: boolean;
  /** Labels of what it measures. */
  measures: string[];
}

export interface AttributeRating {
  attribute: string;
  label: string;
  /** 1..4 on the anchored scale or 'not-assessed'; null while the draft has none. */
  rating: AttributeScore | null;
  note: string;
  /** The items whose question measures this attribute. */
  evidence: AttributeEvidence[];
}

export interface Scorecard {
  /** Stable across versions. */
  id: string;
  interviewId: string;
  candidateId: string;
  roleId: string;
  roundName: string;
  interviewer: string;
  status: 'draft' | 'submitted';
  /** 0 for a draft never submitted; 1 after the first submit; N+1 after each revision. */
  version: number;
  attributeRatings: AttributeRating[];
  /** Asked questions that measure no focus attribute, so nothing rated is left off the scorecard. */
  otherQuestions: OtherQuestion[];
  recommendation: Recommendation | null;
  summary: string;
  /** When the current version was submitted. */
  submittedAt: string | null;
  /** Why the current version replaced the previous one (null for version 1 and drafts). */
  reason: string | null;
  /** Every red flag toggled in the interview, once each. */
  redFlags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A submitted version, kept read-only for good. */
export interface ScorecardVersion {
  scorecardId: string;
  version: number;
  attributeRatings: { attribute: string; label: string; rating: AttributeScore; note: string }[];
  recommendation: Recommendation;
  summary: string;
  reason: string | null;
  submittedAt: string;
}

/** What one interviewer may see of a candidate's scorecards. */
export interface VisibleScorecards {
  /** Their own (any status) and, once they have submitted one, the others' submitted ones. */
  scorecards: Scorecard[];
  /** Others' scorecards held back until the interviewer submits their own. */
  hiddenCount: number;
  othersVisible: boolean;
}

const attributeRatingInput = z
  .object({
    attribute: attributeId,
    rating: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(NOT_ASSESSED)])
      .nullable(),
    note: text(INTERVIEW_LIMITS.attributeNote, 'The note').default(''),
  })
  .strict();
const attributeRatings = z.array(attributeRatingInput).max(32);

/** The person looking: scorecards of others are checked against what they may see. */
const viewer = nonEmpty(INTERVIEW_LIMITS.interviewer, "The interviewer's name");
/** `viewer`: who is at the keyboard (the name remembered from the last interview started), if known. */
export const scorecardForInterviewInput = z
  .object({ interviewId: uuid('an interview'), viewer: viewer.optional() })
  .strict();
export const scorecardByIdInput = z.object({ id: uuid('a scorecard'), viewer }).strict();
export const scorecardDraftInput = z
  .object({
    id: uuid('a scorecard'),
    attributeRatings: attributeRatings.optional(),
    recommendation: z.enum(recommendations).nullable().optional(),
    summary: text(INTERVIEW_LIMITS.summary, 'The summary').optional(),
  })
  .strict();
export const scorecardSubmitInput = z
  .object({
    id: uuid('a scorecard'),
    attributeRatings,
    recommendation: z.enum(recommendations, 'Pick a recommendation.'),
    summary: nonEmpty(INTERVIEW_LIMITS.summary, 'The summary'),
  })
  .strict();
export const scorecardReviseInput = z
  .object({
    id: uuid('a scorecard'),
    reason: nonEmpty(INTERVIEW_LIMITS.reason, 'The reason for the change'),
    attributeRatings: attributeRatings.optional(),
    recommendation: z.enum(recommendations).optional(),
    summary: nonEmpty(INTERVIEW_LIMITS.summary, 'The summary').optional(),
  })
  .strict();
export const scorecardsForCandidateInput = z
  .object({ candidateId: uuid('a candidate'), interviewer: viewer })
  .strict();
