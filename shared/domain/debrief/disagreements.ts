import type { DebriefColumn, DebriefItem, DebriefRow, Disagreement, DisagreementSide } from '../../debrief';
import { ratingLabels } from '../../interviews';
import type { AttributeEvidence } from '../../scorecards';
import { type Recommendation, recommendationLabels } from '../../scorecards';
import { isScore } from './aggregate';

/** Ratings this far apart on one attribute are worth talking about. */
export const RATING_GAP = 2;

const positive = (r: Recommendation) => r === 'yes' || r === 'strong-yes';
const sameFlag = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** An item as evidence: what was asked and said, without the attribute list. */
const asEvidence = ({ attributes: _attributes, ...evidence }: DebriefItem): AttributeEvidence => evidence;
const spoken = (item: DebriefItem) =>
  item.rating !== null || item.evidence.trim() !== '' || item.judgement.trim() !== '';

/** Scores two or more apart: the lowest and the highest scorers, each with their evidence. */
function ratingGaps(columns: DebriefColumn[], rows: DebriefRow[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const row of rows) {
    const { min, max, spread } = row.aggregate;
    if (spread === null || min === null || max === null || spread < RATING_GAP) continue;
    const sidesAt = (score: number): DisagreementSide[] =>
      row.cells.flatMap((cell, i) => {
        const column = columns[i];
        if (!cell || !column || !isScore(cell.score) || cell.score !== score) return [];
        return [
          {
            scorecardId: cell.scorecardId,
            interviewer: column.interviewer,
            position: ratingLabels[cell.score],
            evidence: cell.evidence,
            note: cell.note,
          },
        ];
      });
    out.push({
      kind: 'rating-gap',
      attribute: row.attribute,
      title: `${row.label}: scores from ${min} to ${max}`,
      sides: [...sidesAt(min), ...sidesAt(max)],
    });
  }
  return out;
}

/** A yes (or strong yes) beside a no (or strong no): each side with the questions it heard. */
function recommendationSplit(columns: DebriefColumn[]): Disagreement[] {
  const against = columns.filter((c) => !positive(c.recommendation));
  const inFavour = columns.filter((c) => positive(c.recommendation));
  if (against.length === 0 || inFavour.length === 0) return [];
  const side = (column: DebriefColumn): DisagreementSide => ({
    scorecardId: column.scorecardId,
    interviewer: column.interviewer,
    position: recommendationLabels[column.recommendation],
    evidence: column.items.filter(spoken).map(asEvidence),
    note: column.summary,
  });
  return [
    {
      kind: 'recommendation-split',
      title: `Split recommendation: ${inFavour.length} for, ${against.length} against`,
      sides: [...against.map(side), ...inFavour.map(side)],
    },
  ];
}

/**
 * A red flag one interviewer raised and no other did: the questions where it was raised, and
 * what the others heard on the same attributes.
 */
function loneRedFlags(columns: DebriefColumn[]): Disagreement[] {
  if (columns.length < 2) return [];
  const out: Disagreement[] = [];
  const seen: string[] = [];
  for (const column of columns) {
    for (const flag of column.redFlags) {
      if (seen.some((f) => sameFlag(f, flag))) continue;
      seen.push(flag);
      const raisedBy = columns.filter((c) => c.redFlags.some((f) => sameFlag(f, flag)));
      if (raisedBy.length !== 1) continue;
      const flagged = column.items.filter((item) => item.redFlags.some((f) => sameFlag(f, flag)));
      const ground = new Set(flagged.flatMap((item) => item.attributes));
      const others = columns
        .filter((c) => c !== column)
        .map(
          (other): DisagreementSide => ({
            scorecardId: other.scorecardId,
            interviewer: other.interviewer,
            position: 'did not raise it',
            evidence: other.items
              .filter((item) => spoken(item) && item.attributes.some((a) => ground.has(a)))
              .map(asEvidence),
            note: other.summary,
          }),
        );
      out.push({
        kind: 'lone-red-flag',
        redFlag: flag,
        title: `Red flag raised by ${column.interviewer} only: ${flag}`,
        sides: [
          {
            scorecardId: column.scorecardId,
            interviewer: column.interviewer,
            position: 'raised it',
            evidence: flagged.map(asEvidence),
            note: column.summary,
          },
          ...others,
        ],
      });
    }
  }
  return out;
}

/** Every disagreement of the panel: rating gaps per attribute, a split recommendation, lone red flags. */
export function findDisagreements(columns: DebriefColumn[], rows: DebriefRow[]): Disagreement[] {
  return [...ratingGaps(columns, rows), ...recommendationSplit(columns), ...loneRedFlags(columns)];
}
