import type { AttributeScore, Recommendation, Scorecard } from '../../../../shared/scorecards';

/** What an attribute can be given: a level of the scale, or 'not-assessed'. */
export type Level = AttributeScore;

export interface ScorecardForm {
  ratings: Record<string, { rating: Level | null; note: string }>;
  recommendation: Recommendation | null;
  summary: string;
}

export type FormErrors = Partial<Record<'summary' | 'recommendation' | 'ratings' | 'reason', string>>;

/** What a draft save sends. */
export type DraftPatch = {
  attributeRatings: { attribute: string; rating: Level | null; note: string }[];
  recommendation: Recommendation | null;
  summary: string;
};

/** What a submit or a new version sends: the draft, with a recommendation picked. */
export type WholeForm = DraftPatch & { recommendation: Recommendation };

export function formOf(scorecard: Scorecard): ScorecardForm {
  return {
    ratings: Object.fromEntries(
      scorecard.attributeRatings.map((a) => [a.attribute, { rating: a.rating, note: a.note }]),
    ),
    recommendation: scorecard.recommendation,
    summary: scorecard.summary,
  };
}

export function attributeRatingsOf(
  scorecard: Scorecard,
  form: ScorecardForm,
): DraftPatch['attributeRatings'] {
  return scorecard.attributeRatings.map(({ attribute }) => ({
    attribute,
    rating: form.ratings[attribute]?.rating ?? null,
    note: form.ratings[attribute]?.note ?? '',
  }));
}

/** What must be there before a scorecard (or a new version of it) can be submitted. */
export function checkForm(scorecard: Scorecard, form: ScorecardForm): FormErrors {
  const errors: FormErrors = {};
  const unrated = scorecard.attributeRatings.filter((a) => !form.ratings[a.attribute]?.rating);
  if (unrated.length > 0) {
    errors.ratings = `Rate every attribute, or mark it not assessed, first (${unrated.map((a) => a.label).join(', ')}).`;
  }
  if (!form.recommendation) errors.recommendation = 'Pick a recommendation.';
  if (form.summary.trim() === '') errors.summary = 'Write a summary: a few lines on why.';
  return errors;
}
