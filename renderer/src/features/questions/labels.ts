import type { CsvField } from '../../../../shared/exchange';
import { type FacetName, labels, type Question } from '../../../../shared/questions';

/** Facets in the order the filter panel shows them; topic last, it is the longest list. */
export const FACET_ORDER = [
  'category',
  'level',
  'archetype',
  'round',
  'attribute',
  'origin',
  'topic',
] as const;

export const FACET_TITLES: Record<FacetName, string> = {
  category: 'Category',
  level: 'Level',
  archetype: 'Archetype',
  round: 'Round',
  attribute: 'Focus attribute',
  origin: 'Origin',
  topic: 'Topic',
};

export const ORIGIN_LABELS: Record<Question['origin'], string> = {
  starter: 'Starter bank',
  custom: 'Written here',
  imported: 'Imported',
};

/** The rating scale: anchor 1 is clearly weak, anchor 4 clearly strong. */
export const ANCHOR_MEANINGS = ['Clearly weak', 'Leaning weak', 'Leaning strong', 'Clearly strong'] as const;

const lookup = (table: Record<string, string>, value: string) =>
  Object.hasOwn(table, value) ? (table[value] ?? value) : value;

/** A facet value as people read it ("lead" -> "Lead / staff"); unknown values show as stored. */
export function facetValueLabel(facet: FacetName, value: string): string {
  switch (facet) {
    case 'category':
      return lookup(labels.category, value);
    case 'level':
      return lookup(labels.level, value);
    case 'archetype':
      return lookup(labels.archetype, value);
    case 'round':
      return lookup(labels.round, value);
    case 'attribute':
      return lookup(labels.attribute, value);
    case 'origin':
      return lookup(ORIGIN_LABELS, value);
    default:
      return value;
  }
}

const numbers = new Intl.NumberFormat('en-US');

/** "1 question", "1,234 questions". */
export function countQuestions(n: number): string {
  return `${numbers.format(n)} ${n === 1 ? 'question' : 'questions'}`;
}

export function formatNumber(n: number): string {
  return numbers.format(n);
}

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  id: 'ID',
  category: 'Category',
  topic: 'Topic',
  text: 'Question text',
  strongAnswer: 'Strong answer',
  anchor1: 'Anchor 1 (clearly weak)',
  anchor2: 'Anchor 2 (leaning weak)',
  anchor3: 'Anchor 3 (leaning strong)',
  anchor4: 'Anchor 4 (clearly strong)',
  probes: 'Probes',
  redFlags: 'Red flags',
  levels: 'Levels',
  archetypes: 'Archetypes',
  rounds: 'Rounds',
  attributes: 'Focus attributes',
  minutes: 'Minutes',
  tags: 'Tags',
  updatedAt: 'Updated at',
  contentHash: 'Content hash (as exported)',
};
