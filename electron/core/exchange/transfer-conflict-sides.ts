import { labelOf } from '../../../shared/domain/kits/coverage';
import type {
  ConflictScorecard,
  ExchangeConflictSide,
  ExchangeRecordType,
  VersionOrigin,
} from '../../../shared/pack-exchange';
import { readStringRecord } from '../db/json-column';
import type { Db } from './transfer-adapter';
import type { ScorecardBody } from './transfer-bodies';
import { bodyHash } from './transfer-ledger';

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A few lines a person can compare side by side. */
function previewOf(type: ExchangeRecordType, body: unknown): string[] {
  if (body === null) return ['(nothing here: deleted since)'];
  if (type === 'scorecard') {
    const card = body as ScorecardBody;
    return [
      `Recommendation: ${card.recommendation}`,
      `Summary: ${clip(card.summary)}`,
      ...card.ratings.map((r) => `${r.attribute}: ${r.rating}${r.note ? ` (${clip(r.note, 60)})` : ''}`),
    ];
  }
  return Object.entries(body as Record<string, unknown>)
    .filter(
      ([, value]) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean',
    )
    .slice(0, 8)
    .map(([key, value]) => `${key}: ${clip(String(value), 80)}`);
}

/** The scorecard as its readers see it, with the attributes named as in its interview. */
async function scorecardOf(db: Db, card: ScorecardBody): Promise<ConflictScorecard> {
  const interview = await db
    .selectFrom('interviews')
    .select('focus_labels')
    .where('id', '=', card.interviewId)
    .executeTakeFirst();
  const labels = new Map(
    Object.entries(interview ? readStringRecord(interview.focus_labels, 'interviews.focus_labels') : {}),
  );
  return {
    interviewer: card.interviewer,
    recommendation: card.recommendation,
    summary: card.summary,
    reason: card.reason,
    submittedAt: card.submittedAt,
    ratings: card.ratings.map((r) => ({ ...r, label: labelOf(r.attribute, labels) })),
  };
}

/** One side of a conflict: who made it, its hash, a short preview, and a scorecard in full. */
export async function conflictSide(
  db: Db,
  type: ExchangeRecordType,
  body: unknown,
  origin: VersionOrigin,
  sha256: string,
): Promise<ExchangeConflictSide> {
  return {
    origin,
    sha256: sha256 || (body === null ? '' : bodyHash(body)),
    preview: previewOf(type, body),
    scorecard: type === 'scorecard' && body !== null ? await scorecardOf(db, body as ScorecardBody) : null,
  };
}
