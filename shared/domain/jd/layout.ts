import { type BlockKind, blockKind, unitKind, unitsOfBlock } from './block-kind';
import { LIST_ITEM } from './text';

/**
 * Headings read by their shape: a short line that is not a sentence, standing at the head of a
 * block, heads a section even when its words are not a heading the splitter knows ("In your
 * toolbox", "Day one", "THE NITTY-GRITTY"). The block below it says which section it is.
 */

/** Longer than this, a line is a sentence or a label line, not a heading. */
const HEADING_MAX_WORDS = 8;
const HEADING_MAX_CHARS = 60;
/** A line with no mark of a heading is one only when shorter still ("Day one", "Where you'll fit"). */
const PLAIN_HEADING_MAX_WORDS = 5;

/** The noun of a job title: a line naming one is the title or a header line, not a heading. */
export const ROLE_NOUN = /\b(?:engineer|developer|programmer|architect|sre)\b/i;

/** What marks a line as a heading on its own: markdown, bold, a closing colon, or an emoji first. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s/;
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_].*(?:\*\*|__)\s*:?\s*$/;
const COLON_END = /[:：]\s*(?:\*\*|__)?\s*$/;
const EMOJI_LEAD = /^\s*(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}])/u;

/** "Acme · Denver, CO · Hybrid": parts joined by separators make a header line, not a heading. */
const SEPARATED = /\s[|·•—–]\s|\s-\s/;

/** Every word of four letters or more capitalised ("Where You'll Fit", "Perks"). */
function titleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => /^[A-Za-z]/.test(w));
  if (words.length === 0 || !/^[A-Z]/.test(words[0] as string)) return false;
  return words.every((w) => w.length < 4 || /^[A-Z]/.test(w));
}

/** Capitals throughout ("STUFF WE'RE EXCITED ABOUT"); a short acronym alone is a word, not a heading. */
function allCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

type Shape = 'marked' | 'plain';

/**
 * Whether a line has a heading's shape, given its text without marks (`text`): short, not a
 * bullet, no sentence end, no "Label: value", no URL; 'marked' when its own marks say heading.
 */
export function headingShape(raw: string, text: string): Shape | null {
  if (!text || LIST_ITEM.test(raw)) return null;
  if (text.length > HEADING_MAX_CHARS || text.split(' ').length > HEADING_MAX_WORDS) return null;
  if (!/\p{L}/u.test(text) || /[.,;!]["'”’)]?$/.test(text) || ROLE_NOUN.test(text)) return null;
  if (/[:：]\s*\S/.test(text) || /https?:|www\.|@|[$£€]\s?\d/.test(text)) return null;
  const strong = MARKDOWN_HEADING.test(raw) || BOLD_LINE.test(raw) || COLON_END.test(raw);
  // A place or a list of parts is a header line unless the writer marked it as a heading.
  if (!strong && (SEPARATED.test(text) || text.includes(','))) return null;
  if (strong || allCaps(text) || EMOJI_LEAD.test(raw) || titleCase(text)) return 'marked';
  // A three-letter word in capitals ("YOU", "PAY") may be a heading or an acronym ("AWS"): only
  // standing apart, as a plain line must, with its block saying which.
  return /^\p{Lu}/u.test(text) && text.split(' ').length <= PLAIN_HEADING_MAX_WORDS ? 'plain' : null;
}

const isBlank = (line: string | undefined) => !line?.trim();

const NUMBERED = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

/**
 * The text of a numbered heading ("3. Your first 90 days", as word processors number them)
 * without its number, or null: a short numbered line that stands alone, with a blank line or
 * nothing above it and a blank line below, and not followed by the next number (a numbered list
 * counts on; the list under a numbered heading starts again at 1). Only known heading words are
 * read from it, so the last item of a list spaced out with blank lines stays an item.
 */
export function numberedHeading(lines: readonly string[], i: number): string | null {
  const m = NUMBERED.exec(lines[i] as string);
  const text = m?.[2]?.trim();
  if (!text || text.length > HEADING_MAX_CHARS || /[.,;!]["'”’)]?$/.test(text)) return null;
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) return null;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  if (next >= lines.length) return null;
  const after = NUMBERED.exec(lines[next] as string);
  return after && Number(after[1]) === Number(m?.[1]) + 1 ? null : text;
}

/**
 * Whether the line at `i` stands at the head of a block: it does not continue the line above
 * (a paragraph wrapped onto a short line) and the line below does not continue it (a tagline
 * running on in lower case). A plain line needs a blank line or a list item above it.
 */
function headsBlock(lines: readonly string[], i: number, shape: Shape): boolean {
  const above = lines[i - 1];
  const standsApart = isBlank(above) || LIST_ITEM.test(above as string);
  if (!standsApart && (shape === 'plain' || !/[.!?:]["'”’)]?\s*$/.test(above as string))) return false;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  if (next >= lines.length) return false;
  const below = (lines[next] as string).trim();
  return next > i + 1 || LIST_ITEM.test(below) || !/^[a-z]/.test(below);
}

/**
 * The lines, past `from`, that head a section by their shape, each with the section its block
 * reads as. `known` holds the section of each line the heading vocabulary knows (null for the
 * rest), and `textOf` a line's text without marks. A block whose words say nothing clear, or
 * say what the section it sits in already is (a sub-heading inside a list), stays in that
 * section as it does today.
 */
export function shapeHeadings(
  lines: readonly string[],
  known: readonly (BlockKind | null)[],
  textOf: (line: string) => string,
  from: number,
): Map<number, BlockKind> {
  const candidates: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (known[i] || isBlank(lines[i])) continue;
    const raw = lines[i] as string;
    // Cheap refusals first, before the marks come off: most lines are sentences or list items.
    if (raw.length > HEADING_MAX_CHARS + 24 || LIST_ITEM.test(raw) || /[.,;!][*_]*\s*$/.test(raw)) continue;
    const shape = headingShape(raw, textOf(raw));
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
    const heading = textOf(lines[i] as string);
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
  return !!t && t.split(/\s+/).length <= SHORT_FIELD_WORDS && !/[.!?]["'”’)]?$/.test(t) && !LIST_ITEM.test(t);
};
/** A line of prose: a sentence of six words or more. */
const isProseLine = (line: string) =>
  /[.!?]["'”’)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 6;

/**
 * Whether a heading word at `i` is a field label of a job board's panel above the posting
 * ("Experience" over "3+ years", then "Visa" over its value): one or two unmarked words, its value
 * on the line right below, among other short label and value lines, before any prose.
 */
function isFieldLabel(lines: readonly string[], i: number): boolean {
  const line = (lines[i] as string).trim();
  if (line.split(/\s+/).length > 2 || /[#*_:：]/.test(line)) return false;
  if (!isFieldLine(lines[i + 1])) return false;
  if (!isFieldLine(lines[i - 1]) && !isFieldLine(lines[i + 2])) return false;
  return !lines.slice(0, i).some(isProseLine);
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
