import { CALIBRATION_MIN_SCORECARDS, type InterviewerCalibration } from '../../debrief';

/** One submitted scorecard, reduced to what the calibration report counts. */
export interface CalibrationCard {
  interviewer: string;
  /** Who is who: the name trimmed and lower-cased. */
  interviewerKey: string;
  candidateId: string;
  /** The 1..4 attribute scores ('not assessed' left out). */
  scores: number[];
  /** Questions in the interview, and how many were marked so. */
  questions: number;
  notAsked: number;
  notEnoughEvidence: number;
  ratingsWithoutEvidence: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

function standardDeviation(xs: number[]): number | null {
  const m = mean(xs);
  if (m === null) return null;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
}

const share = (part: number, whole: number) => (whole === 0 ? null : round2(part / whole));
const maybe = (n: number | null) => (n === null ? null : round2(n));

/**
 * Per interviewer: how many scorecards, their mean score against the mean the rest of the
 * panel gave the same candidates (leniency), how much their scores vary, how often they
 * marked questions not asked or not enough evidence, and scores with nothing written under
 * them. Fewer than five scorecards is labelled too few to judge.
 */
export function calibrationOf(cards: CalibrationCard[]): InterviewerCalibration[] {
  const keys = [...new Set(cards.map((c) => c.interviewerKey))];
  return keys
    .map((key) => {
      const own = cards.filter((c) => c.interviewerKey === key);
      const candidates = new Set(own.map((c) => c.candidateId));
      const scores = own.flatMap((c) => c.scores);
      const panel = cards
        .filter((c) => c.interviewerKey !== key && candidates.has(c.candidateId))
        .flatMap((c) => c.scores);
      const ownMean = mean(scores);
      const panelMean = mean(panel);
      const questions = own.reduce((s, c) => s + c.questions, 0);
      return {
        interviewer: own[own.length - 1]?.interviewer ?? key,
        scorecards: own.length,
        ratings: scores.length,
        mean: maybe(ownMean),
        panelMean: maybe(panelMean),
        leniency: ownMean === null || panelMean === null ? null : round2(ownMean - panelMean),
        spread: maybe(standardDeviation(scores)),
        notAskedShare: share(
          own.reduce((s, c) => s + c.notAsked, 0),
          questions,
        ),
        notEnoughEvidenceShare: share(
          own.reduce((s, c) => s + c.notEnoughEvidence, 0),
          questions,
        ),
        ratingsWithoutEvidence: own.reduce((s, c) => s + c.ratingsWithoutEvidence, 0),
        tooFewToJudge: own.length < CALIBRATION_MIN_SCORECARDS,
      };
    })
    .sort((a, b) => b.scorecards - a.scorecards || a.interviewer.localeCompare(b.interviewer));
}
