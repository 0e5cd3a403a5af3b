import { z } from 'zod';
import { INTERVIEW_LIMITS, type Rating } from './interviews';
import { attributeId, cappedText, recordId, requiredText } from './questions';

/**
 * Scorecards: what one interviewer concludes from their interview, attribute by attribute,
 * with a recommendation. A submitted scorecard is kept read-only; a change is a new version
 * with its reason.
 */

const text = (max: number, what: string) => cappedText(max, what);

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
const viewer = requiredText(INTERVIEW_LIMITS.interviewer, "The interviewer's name");
/** `viewer`: who is at the keyboard (the name remembered from the last interview started), if known. */
export const scorecardForInterviewInput = z
  .object({ interviewId: recordId('an interview'), viewer: viewer.optional() })
  .strict();
export const scorecardByIdInput = z.object({ id: recordId('a scorecard'), viewer }).strict();
export const scorecardDraftInput = z
  .object({
    id: recordId('a scorecard'),
    attributeRatings: attributeRatings.optional(),
    recommendation: z.enum(recommendations).nullable().optional(),
    summary: text(INTERVIEW_LIMITS.summary, 'The summary').optional(),
  })
  .strict();
export const scorecardSubmitInput = z
  .object({
    id: recordId('a scorecard'),
    attributeRatings,
    recommendation: z.enum(recommendations, 'Pick a recommendation.'),
    summary: requiredText(INTERVIEW_LIMITS.summary, 'The summary'),
  })
  .strict();
export const scorecardReviseInput = z
  .object({
    id: recordId('a scorecard'),
    reason: requiredText(INTERVIEW_LIMITS.reason, 'The reason for the change'),
    attributeRatings: attributeRatings.optional(),
    recommendation: z.enum(recommendations).optional(),
    summary: requiredText(INTERVIEW_LIMITS.summary, 'The summary').optional(),
  })
  .strict();
export const scorecardsForCandidateInput = z
  .object({ candidateId: recordId('a candidate'), interviewer: viewer })
  .strict();
