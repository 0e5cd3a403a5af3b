import { z } from 'zod';
import type { Candidate, CandidateStage } from './candidates';
import type { InterviewStatus } from './interviews';
import { cappedText } from './questions';
import type { AttributeEvidence, AttributeScore, Recommendation } from './scorecards';

/**
 * The debrief of a candidate for a role: the submitted scorecards side by side, the
 * mechanical aggregate (read before any discussion), the disagreements worth talking about,
 * the scorecards still missing, the 48-hour clock and the hiring decision.
 */

/** A decision is due this long after the last interview of the loop ended. */
export const DECISION_WINDOW_MS = 48 * 60 * 60 * 1000;
/** The grid and aggregate are laid out once this many scorecards are in. */
export const DEBRIEF_MIN_SCORECARDS = 2;
/** Below this many scorecards an interviewer's calibration figures say little. */
export const CALIBRATION_MIN_SCORECARDS = 5;

export const decisionOutcomes = ['hire', 'no-hire', 'hold', 'another-round'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  hire: 'Hire',
  'no-hire': 'No hire',
  hold: 'Hold',
  'another-round': 'Another round',
};

/** Where the candidate's stage goes when a decision is recorded. */
export const stageAfterDecision: Record<DecisionOutcome, CandidateStage> = {
  hire: 'offer',
  'no-hire': 'rejected',
  hold: 'interviewing',
  'another-round': 'interviewing',
};

/** Starting list of rejection reasons; the recruiter edits it. */
export const defaultRejectionReasons = [
  'Skills below what the role needs',
  'Pay expectations outside the band',
  'Communication fell short',
  'Another candidate was a better fit',
  'Candidate withdrew or went quiet',
] as const;

export const DEBRIEF_LIMITS = {
  rationale: 5000,
  reason: 1000,
  name: 80,
  rejectionReason: 120,
  rejectionReasons: 20,
} as const;

/** One scorecard: a column of the grid. */
export interface DebriefColumn {
  scorecardId: string;
  interviewId: string;
  interviewer: string;
  roundName: string;
  version: number;
  submittedAt: string;
  recommendation: Recommendation;
  summary: string;
  redFlags: string[];
  /** Every question asked in the interview with its notes: the evidence behind the summary. */
  items: DebriefItem[];
}

/** A question asked, with the attributes it measures. */
export interface DebriefItem extends AttributeEvidence {
  attributes: string[];
}

export interface DebriefCell {
  scorecardId: string;
  /** 1..4 or 'not-assessed'; null only for a rating missing from an old scorecard. */
  score: AttributeScore | null;
  note: string;
  /** The interview items that measured the attribute: one click away in the grid. */
  evidence: AttributeEvidence[];
}

/** Mean and spread of the 1..4 scores; 'not assessed' and blanks are left out of both. */
export interface AttributeAggregate {
  count: number;
  notAssessed: number;
  mean: number | null;
  /** Highest minus lowest score. */
  spread: number | null;
  min: number | null;
  max: number | null;
}

export interface DebriefRow {
  attribute: string;
  label: string;
  /** In the order of the columns; null where that scorecard does not cover the attribute. */
  cells: (DebriefCell | null)[];
  aggregate: AttributeAggregate;
}

export type RecommendationTally = Record<Recommendation, number>;

/** One side of a disagreement: whose view, and the evidence behind it. */
export interface DisagreementSide {
  scorecardId: string;
  interviewer: string;
  /** "3 - solid", "Strong yes", "raised it", "did not raise it". */
  position: string;
  evidence: AttributeEvidence[];
  note: string;
}

export type DisagreementKind = 'rating-gap' | 'recommendation-split' | 'lone-red-flag';

export interface Disagreement {
  kind: DisagreementKind;
  /** A sentence naming what differs. */
  title: string;
  attribute?: string;
  redFlag?: string;
  /** The two (or more) sides, lowest or "against" first. */
  sides: DisagreementSide[];
}

export interface MissingScorecard {
  interviewId: string;
  interviewer: string;
  roundName: string;
  endedAt: string;
  scorecardStatus: 'none' | 'draft';
  /** How long since the interview ended. */
  waitingMs: number;
}

export type ClockState = 'no-interview-ended' | 'interview-open' | 'running' | 'overdue' | 'decided';

export interface DecisionClock {
  state: ClockState;
  /** The end of the last interview of the loop; null before any ended. */
  lastEndedAt: string | null;
  /** lastEndedAt + 48 h. */
  dueAt: string | null;
  /** dueAt - now (negative once overdue); null without a due time. */
  remainingMs: number | null;
  /** Interviews still in progress: the clock waits for them. */
  openInterviews: number;
  /** Set when decided: whether the decision came within the 48 hours. */
  decidedOnTime: boolean | null;
}

export interface Decision {
  id: string;
  candidateId: string;
  roleId: string;
  version: number;
  outcome: DecisionOutcome;
  rationale: string;
  rejectionReason: string | null;
  decidedBy: string;
  decidedAt: string;
  /** Why this version replaced the one before (null for version 1). */
  changeReason: string | null;
}

export interface DebriefInterview {
  id: string;
  roundName: string;
  interviewer: string;
  status: InterviewStatus;
  startedAt: string;
  endedAt: string | null;
  scorecardId: string | null;
  scorecardStatus: 'none' | 'draft' | 'submitted';
}

export interface Debrief {
  candidate: Candidate;
  roleId: string;
  roleTitle: string;
  /** True once DEBRIEF_MIN_SCORECARDS scorecards are submitted. */
  ready: boolean;
  columns: DebriefColumn[];
  rows: DebriefRow[];
  tally: RecommendationTally;
  disagreements: Disagreement[];
  interviews: DebriefInterview[];
  missing: MissingScorecard[];
  clock: DecisionClock;
  /** The current decision; null before one is recorded. */
  decision: Decision | null;
  /** Every version, oldest first. */
  decisionVersions: Decision[];
  rejectionReasons: string[];
  /** When the debrief was read (the clock's now). */
  asOf: string;
}

export interface StageEvent {
  stage: CandidateStage;
  at: string;
}

export interface CandidateNote {
  id: string;
  text: string;
  createdAt: string;
}

/** The candidate page: the debrief plus the stage timeline and notes. */
export interface CandidateRecord {
  debrief: Debrief;
  stageTimeline: StageEvent[];
  notes: CandidateNote[];
}

export interface InterviewerCalibration {
  interviewer: string;
  scorecards: number;
  /** Numeric attribute scores given. */
  ratings: number;
  mean: number | null;
  /** Mean of the other interviewers' scores on the same candidates. */
  panelMean: number | null;
  /** mean - panelMean: above zero scores higher than the panel. */
  leniency: number | null;
  /** Standard deviation of this interviewer's scores. */
  spread: number | null;
  /** Shares (0..1) of the questions in their interviews marked so. */
  notAskedShare: number | null;
  notEnoughEvidenceShare: number | null;
  /** Attribute scores with no written evidence under them and no note. */
  ratingsWithoutEvidence: number;
  tooFewToJudge: boolean;
}

export interface CalibrationReport {
  roleId: string;
  roleTitle: string;
  interviewers: InterviewerCalibration[];
}

const uuid = (what: string) => z.uuid(`That is not ${what} id.`);
const text = (max: number, what: string) =>
  cappedText(max, what).pipe(z.string().trim().min(1, `${what} is empty.`));

export const debriefInput = z
  .object({
    candidateId: uuid('a candidate'),
    /** Left out: the candidate's current role. */
    roleId: uuid('a role').optional(),
    /** Who is looking: refused while their own scorecards for the candidate are not all in. */
    viewer: cappedText(DEBRIEF_LIMITS.name, 'The name').optional(),
  })
  .strict();

export const decisionRecordInput = z
  .object({
    candidateId: uuid('a candidate'),
    roleId: uuid('a role').optional(),
    outcome: z.enum(decisionOutcomes, 'Pick a decision.'),
    rationale: text(DEBRIEF_LIMITS.rationale, 'The rationale'),
    rejectionReason: text(DEBRIEF_LIMITS.rejectionReason, 'The rejection reason').optional(),
    decidedBy: text(DEBRIEF_LIMITS.name, 'Who decided'),
    /** Required once a decision exists: why it changes. */
    changeReason: text(DEBRIEF_LIMITS.reason, 'The reason for the change').optional(),
    /** The version the person saw (0 for none): a decision recorded meanwhile is not overwritten. */
    expectedVersion: z.number().int().min(0),
  })
  .strict();

export const rejectionReasonsInput = z
  .object({
    reasons: z
      .array(text(DEBRIEF_LIMITS.rejectionReason, 'A rejection reason'))
      .min(1, 'Keep at least one rejection reason.')
      .max(DEBRIEF_LIMITS.rejectionReasons),
  })
  .strict();

export const calibrationReportInput = z.object({ roleId: uuid('a role') }).strict();

export const candidateNoteInput = z
  .object({ candidateId: uuid('a candidate'), text: text(DEBRIEF_LIMITS.rationale, 'The note') })
  .strict();
