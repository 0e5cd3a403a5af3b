import { type BlockKind, blockKind, unitKind, unitsOfBlock } from './block-kind';
import {
  endsSentence,
  HEADING_MAX_CHARS,
  headingShape,
  headingText,
  headsBlock,
  isBlank,
} from './heading-line';
import { countSpaceSeparated, LIST_ITEM } from './text';

/**
 * Headings read by their shape (see heading-line.ts) head a section even when their words are not
 * a heading the splitter knows ("In your toolbox", "Day one", "THE NITTY-GRITTY"). The block
 * below one says which section it is.
 */

/**
 * The splitter moves the block under a shape heading to the section its words read as, so it
 * takes a plain line (no marks, sentence case) only when shorter than the reader's limit. A
 * six-word plain heading ("Frequently asked questions about this job", "Where the ledger service
 * is today") still ends the part above it, but the block under one tends to mix subjects (a Q&A
 * of every part, a system's history told with the company's), and moved whole it lands wrong.
 */
const SECTION_PLAIN_MAX_WORDS = 5;

/** "3. Pay", "3) Pay", an outline's "3.2 Pay", each perhaps marked "## " as a word processor's heading. */
const NUMBERED = /^\s*(#{1,6}\s+)?(\d{1,2})(?:[.)]|((?:\.\d{1,2})+)\.?)\s+(\S.*)$/;

/**
 * The text of a numbered heading ("3. Your first 90 days", as word processors number them)
 * without its number, or null: a short numbered line that stands alone, with a blank line or
 * nothing above it and a blank line below, and not followed by the next number (a numbered list
 * counts on; the list under a numbered heading starts again at 1). A line marked "## " or
 * numbered as an outline ("3.2") is no list item, so it needs no such test. Only known heading
 * words are read from it, so the last item of a list spaced out with blank lines stays an item.
 */
export function numberedHeading(lines: readonly string[], i: number): string | null {
  const m = NUMBERED.exec(lines[i] as string);
  const text = m?.[4]?.trim();
  if (!m || !text || text.length > HEADING_MAX_CHARS || endsSentence(text)) return null;
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return null;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  if (next >= lines.length) return null;
  if (m[1] || m[3]) return text;
  const after = NUMBERED.exec(lines[next] as string);
  return after && !after[1] && !after[3] && Number(after[2]) === Number(m[2]) + 1 ? null : text;
}

/**
 * The lines, past `from`, that head a section by their shape, each with the section its block
 * reads as. `known` holds the section of each line the heading vocabulary knows (null for the
 * rest). A block whose words say nothing clear, or say what the section it sits in already is (a
 * sub-heading inside a list), stays in that section.
 */
export function shapeHeadings(
  lines: readonly string[],
  known: readonly (BlockKind | null)[],
  from: number,
): Map<number, BlockKind> {
  const candidates: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (known[i] || isBlank(lines[i])) continue;
    const shape = headingShape(lines[i] as string, SECTION_PLAIN_MAX_WORDS);
    if (shape && headsBlock(lines, i, shape)) candidates.push(i);
  }
  const found = new Map<number, BlockKind>();
  if (candidates.length === 0) return found;
  const isCandidate = new Set(candidates);
  let enclosing: BlockKind | 'opening' = 'opening';
  for (let i = 0; i < lines.length; i++) {
    const id = known[i];
    if (id) {
      enclosing = id;
      continue;
    }
    if (!isCandidate.has(i)) continue;
    let end = i + 1;
    while (end < lines.length && !known[end] && !isCandidate.has(end)) end++;
    const heading = headingText(lines[i] as string);
    const block = lines.slice(i + 1, end);
    let kind = blockKind(block);
    // A heading over the team ("How the team works") set among the duties or requirements heads a
    // part about the team when nothing under it is a duty or a requirement: its sentences are
    // the team's setting, not more of the list above.
    const teamPart =
      !kind && TEAM_HEADING.test(heading) && isListSection(enclosing) && !holds(block, enclosing);
    if (teamPart) kind = 'about';
    // A heading that speaks of "we" ("What we care about") heads something about the company,
    // so the slogans under it ("Own the outcome") are its values, not the hire's duties.
    if (kind === 'first90' && SPEAKS_OF_US.test(heading)) kind = 'company';
    // "Extra credit" over more requirements starts the preferred list of its own.
    const optional = kind === 'requirements' && OPTIONAL.test(heading);
    // A heading over the role's introduction heads "About the role" only as the first heading
    // ("So, what's the gig?"); further down ("How we work") its block stays where it stands.
    const placed = kind !== 'about' || enclosing === 'opening' || teamPart;
    if (kind && placed && (kind !== enclosing || optional)) {
      found.set(i, kind);
      enclosing = kind;
    }
  }
  return found;
}

const TEAM_HEADING = /\b(?:team|squad|crew)\b/i;
const isListSection = (kind: BlockKind | 'opening') => kind === 'first90' || kind === 'requirements';
/** Whether any list item or sentence of the block is of this kind. */
const holds = (block: readonly string[], kind: BlockKind | 'opening') =>
  unitsOfBlock(block).some((unit) => unitKind(unit) === kind);

const SPEAKS_OF_US = /^(?!.*\byou).*\b(?:we|we're|we've|us|our)\b/i;

/** Words that make a list of requirements optional. */
const OPTIONAL = /\b(?:plus|bonus|nice|optional|extras?|ideally|preferred)\b/i;

const SHORT_FIELD_WORDS = 8;
/** A short line that is no sentence and no list item: a label or a value of a job board's panel. */
const isFieldLine = (line: string | undefined) => {
  const t = line?.trim() ?? '';
  return (
    !!t && countSpaceSeparated(t) <= SHORT_FIELD_WORDS && !/[.!?]["'”’)]?$/.test(t) && !LIST_ITEM.test(t)
  );
};
/** A line of prose: a sentence of six words or more. */
const isProseLine = (line: string) =>
  /[.!?]["'”’)]?$/.test(line.trim()) && countSpaceSeparated(line.trim()) >= 6;

/**
 * Whether a heading word at `i` is a field label of a job board's panel above the posting
 * ("Experience" over "3+ years", then "Visa" over its value): one or two unmarked words, its value
 * on the line right below, among other short label and value lines, before any prose.
 */
function isFieldLabel(lines: readonly string[], i: number): boolean {
  const line = (lines[i] as string).trim();
  if (countSpaceSeparated(line) > 2 || /[#*_:：]/.test(line)) return false;
  if (!isFieldLine(lines[i + 1])) return false;
  if (!isFieldLine(lines[i - 1]) && !isFieldLine(lines[i + 2])) return false;
  for (let j = 0; j < i; j++) if (isProseLine(lines[j] as string)) return false;
  return true;
}

/**
 * A job board's panel above the posting repeats some of it as label and value lines
 * ("Experience" over "3+ years", "Skills" over a tag line). A label there that names a part the
 * posting heads again further down is a field of the panel, not that part's heading.
 */
export function fieldLabelsAsLines(
  lines: readonly string[],
  known: readonly (BlockKind | null)[],
): (BlockKind | null)[] {
  return known.map((id, i) =>
    id &&
    isFieldLabel(lines, i) &&
    known.some((later, j) => j > i + 1 && later === id && !isFieldLabel(lines, j))
      ? null
      : id,
  );
}
