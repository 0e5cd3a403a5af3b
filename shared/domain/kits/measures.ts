import type { KitQuestion } from '../../kits';
import { standardAttributes } from '../../questions';
import { hintsAt, labelOf } from './coverage';

/** One of the standard attributes every bank question is tagged with (not one made from a must-have). */
export const isStandard = (attribute: string) =>
  (standardAttributes as readonly string[]).includes(attribute);

/**
 * Which focus attributes of a round a kit question measures. The bank gives every question its
 * attributes; a round may also focus on attributes of its own (a must-have such as "Kubernetes
 * run in production"), which no bank question names. The recruiter links a kit question to
 * such a focus attribute; these functions suggest the links and merge them with the bank's.
 */

/** Words too common in must-haves and questions to say what either is about. */
const COMMON = new Set(
  `a an and are as at be but by can do for from had has have how in including into is it its of on or our
  than that the their them they this to was were what when where which who why will with you your
  ability able about across after also any deep experience experienced good hands knowledge least more
  most plus proven real senior solid strong tell understanding using walk well work worked working year
  years production product backend service services system systems team teams build building built run
  running ran operate operated operating own owned time times way ways make made`.split(/\s+/),
);

/** Meaningful word stems of a text: lower-case, common words out, plural and verb endings cut. */
function stems(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length >= 3 && !COMMON.has(w));
  return new Set(words.map((w) => w.replace(/(ies|es|s|ing|ed)$/, '') || w));
}

/**
 * The focus attributes a question seems to measure beyond its own attributes: a standard one
 * whose hint words appear in its topic or text, or one made from a must-have that shares a
 * meaningful word with its topic, text or attribute names.
 */
export function suggestMeasures(
  question: Pick<KitQuestion, 'topic' | 'text' | 'attributes'>,
  focus: readonly string[],
  focusLabels: Readonly<Record<string, string>>,
): string[] {
  const own = new Set(question.attributes);
  const said = `${question.topic}\n${question.text}`;
  const questionStems = stems(
    `${said} ${question.attributes.map((a) => labelOf(a, new Map(Object.entries(focusLabels)))).join(' ')}`,
  );
  return focus.filter((attribute) => {
    if (own.has(attribute)) return false;
    // A standard attribute is read by its hint words alone; its name ("API design") is too short to share words with.
    if (isStandard(attribute)) return hintsAt(attribute, said);
    const label = focusLabels[attribute] ?? attribute.replace(/-/g, ' ');
    return [...stems(label)].some((stem) => questionStems.has(stem));
  });
}

/** Every attribute a question measures in a round: the bank's, then the links, once each. */
export function measuredAttributes(
  question: Pick<KitQuestion, 'attributes'>,
  links: readonly string[],
): string[] {
  return [...new Set([...question.attributes, ...links])];
}
