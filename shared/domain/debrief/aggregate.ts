import type {
  AttributeAggregate,
  DebriefCell,
  DebriefColumn,
  DebriefRow,
  RecommendationTally,
} from '../../debrief';
import { type AttributeScore, type Recommendation, recommendations, scoreOf } from '../../scorecards';

/** A scorecard as the grid reads it: its column and its attribute cells. */
export interface GridInput {
  column: DebriefColumn;
  attributes: { attribute: string; label: string; cell: DebriefCell }[];
}

export const isScore = (score: AttributeScore | null): score is 1 | 2 | 3 | 4 => scoreOf(score) !== null;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Mean, spread and count of the 1..4 scores; 'not assessed' is counted apart, never as a score. */
export function aggregateScores(scores: (AttributeScore | null)[]): AttributeAggregate {
  const numbers = scores.filter(isScore);
  const notAssessed = scores.filter((s) => s === 'not-assessed').length;
  if (numbers.length === 0) return { count: 0, notAssessed, mean: null, spread: null, min: null, max: null };
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const mean = round2(numbers.reduce((sum, n) => sum + n, 0) / numbers.length);
  return { count: numbers.length, notAssessed, mean, spread: max - min, min, max };
}

/**
 * The attribute x interviewer grid: one row per attribute any scorecard covers (in the order
 * first met), one cell per scorecard (null where a scorecard does not cover it).
 */
export function buildGrid(cards: GridInput[]): DebriefRow[] {
  const rows = new Map<string, { label: string; cells: (DebriefCell | null)[] }>();
  cards.forEach((card, column) => {
    for (const { attribute, label, cell } of card.attributes) {
      let row = rows.get(attribute);
      if (!row) {
        row = { label, cells: cards.map(() => null) };
        rows.set(attribute, row);
      }
      row.cells[column] = cell;
    }
  });
  return [...rows].map(([attribute, { label, cells }]) => ({
    attribute,
    label,
    cells,
    aggregate: aggregateScores(cells.map((c) => c?.score ?? null)),
  }));
}

export function tallyRecommendations(columns: DebriefColumn[]): RecommendationTally {
  const tally = Object.fromEntries(recommendations.map((r) => [r, 0])) as RecommendationTally;
  for (const c of columns) tally[c.recommendation as Recommendation] += 1;
  return tally;
}

export const formatMean = (mean: number | null) => (mean === null ? '–' : mean.toFixed(2));
