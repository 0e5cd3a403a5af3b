import { LIST_ITEM } from './text';

/**
 * A heading the vocabulary does not know, read by its shape, as a reader spots one: a short line
 * that ends no sentence, is no list item, no "Label: value" line and no link or amount, and that
 * stands at the head of a block (apart from the text above it, with text below it that does not
 * run on from it). "In your toolbox", "THE NITTY-GRITTY", "**Day one**", "Our Commitment".
 * The splitter reads such lines as sections, the boilerplate reader as the heading of a legal
 * paragraph or of a fact sheet, and the sentence counts as the end of a part.
 */

/** Emoji and pictographs that real postings put before headings ("🚀 What you'll do"). */
const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D|\u20E3/gu;

/**
 * A line with none of the marks `headingText` takes off: printable ASCII (no tab, no pictograph)
 * without "#", ">", "|", ":", "*" or "_", and no doubled decoration or ellipsis. Most lines of a
 * posting are such sentences, and for them only spaces are collapsed and trimmed.
 */
const UNMARKED_LINE = /^[ !"$-)+-9;-=?-^`-{}~]*$/;
const DECORATION_RUN = /--|==|~~|\.\.\./;
const MARKDOWN_HEADING_MARK = /^\s*#{1,6}\s*/;

/** A line's words without the marks around a heading: "## ", "**...**", "::: ... :::", a closing colon. */
export function headingText(line: string): string {
  // A markdown heading ("## About the role") is often unmarked once its "#" marks are off.
  const unhashed = line.includes('#') ? line.replace(MARKDOWN_HEADING_MARK, '') : line;
  // Its only whitespace is spaces, so with no two in a row there is nothing to collapse.
  if (UNMARKED_LINE.test(unhashed) && !DECORATION_RUN.test(unhashed))
    return unhashed.includes('  ') ? unhashed.replace(/\s+/g, ' ').trim() : unhashed.trim();
  return (
    line
      .replace(PICTOGRAPH, ' ')
      .replace(MARKDOWN_HEADING_MARK, '')
      .replace(/^\s*[>|]\s*/, '')
      // Decoration a plain-text posting draws around a heading: "::: THE ROLE :::", "§ 2 Pay",
      // "== Pay ==", "-- Pay --".
      .replace(/^\s*(?:§+\s*\d{0,2}[.)]?|:{3,}|={2,}|~{2,}|-{2,}(?=\s))\s*/, '')
      .replace(/\s*(?::{3,}|={2,}|~{2,}|(?<=\s)-{2,})\s*$/, '')
      .trim()
      .replace(/^\*\*(.*)\*\*$/, '$1')
      .replace(/^__(.*)__$/, '$1')
      .replace(/^\*(.*)\*$/, '$1')
      .replace(/^_(.*)_$/, '$1')
      .replace(/(?:\s*(?:…|\.{3}))\s*$/, '')
      .replace(/[:：]\s*(?:\*\*|__)?\s*$/, '')
      .replace(/^\s*(?:\*\*|__)\s*|\s*(?:\*\*|__)\s*$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Longer than this, a line is a sentence or a label line, not a heading. */
export const HEADING_MAX_WORDS = 8;
export const HEADING_MAX_CHARS = 60;
/**
 * A line with no mark of a heading is one only when shorter still ("Day one", "Where the ledger
 * is today"): past this, a line in sentence case is a tagline that lost its full stop.
 */
export const PLAIN_HEADING_MAX_WORDS = 6;

/** The noun of a job title: a line naming one is the title or a header line, not a heading. */
export const ROLE_NOUN = /\b(?:engineer|developer|programmer|architect|sre)\b/i;

/** What marks a line as a heading on its own: markdown, bold, a closing colon, or an emoji first. */
const MARKDOWN_HEADING = /^\s*#{1,6}\s/;
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_].*(?:\*\*|__)\s*:?\s*$/;
const COLON_END = /[:：]\s*(?:\*\*|__)?\s*$/;
const EMOJI_LEAD = /^\s*(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}])/u;

/** Whether a line ends as a sentence does: a full stop, comma, semicolon or exclamation (a question may head a part). */
export const endsSentence = (text: string) => /[.,;!]["'”’)]?$/.test(text);
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

/**
 * How a heading-shaped line says so: 'marked' when its own marks or capitals do (markdown, bold,
 * a closing colon, an emoji first, Title Case, CAPITALS), 'plain' for a short line in sentence
 * case, which must also stand apart to be one.
 */
export type HeadingShape = 'marked' | 'plain';

/**
 * Whether a line as written has a heading's shape, judged on its words without marks:
 * short, not a list item, no sentence end, no "Label: value", no link, address or amount, not
 * the job's title. A place or a list of parts ("Denver, CO", "Acme · Remote") is a header line
 * unless the writer marked it as a heading.
 */
export function headingShape(raw: string, plainMaxWords = PLAIN_HEADING_MAX_WORDS): HeadingShape | null {
  // Cheap refusals first, before the marks come off: most lines are sentences or list items.
  if (raw.length > HEADING_MAX_CHARS + 24 || raw.includes('\n') || LIST_ITEM.test(raw)) return null;
  if (/[.,;!][*_]*\s*$/.test(raw)) return null;
  const text = headingText(raw);
  if (!text) return null;
  if (text.length > HEADING_MAX_CHARS || text.split(' ').length > HEADING_MAX_WORDS) return null;
  if (!/\p{L}/u.test(text) || endsSentence(text) || ROLE_NOUN.test(text)) return null;
  if (/[:：]\s*\S/.test(text) || /https?:|www\.|@|[$£€]\s?\d/.test(text)) return null;
  const strong = MARKDOWN_HEADING.test(raw) || BOLD_LINE.test(raw) || COLON_END.test(raw);
  if (!strong && (SEPARATED.test(text) || text.includes(','))) return null;
  if (strong || allCaps(text) || EMOJI_LEAD.test(raw) || titleCase(text)) return 'marked';
  // A three-letter word in capitals ("YOU", "PAY") may be a heading or an acronym ("AWS"): only
  // standing apart, as a plain line must, with its block saying which.
  return /^\p{Lu}/u.test(text) && text.split(' ').length <= plainMaxWords ? 'plain' : null;
}

export const isBlank = (line: string | undefined) => !line?.trim();

/**
 * Whether the line at `i` stands at the head of a block: it does not continue the line above
 * (a paragraph wrapped onto a short line) and the line below does not continue it (a tagline
 * running on in lower case). A plain line needs a blank line or a list item above it; a marked
 * one may also follow a finished sentence.
 */
export function headsBlock(lines: readonly string[], i: number, shape: HeadingShape): boolean {
  const above = lines[i - 1];
  const standsApart = isBlank(above) || LIST_ITEM.test(above as string);
  if (!standsApart && (shape === 'plain' || !/[.!?:]["'”’)]?\s*$/.test(above as string))) return false;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  if (next >= lines.length) return false;
  const below = (lines[next] as string).trim();
  return next > i + 1 || LIST_ITEM.test(below) || !/^[a-z]/.test(below);
}

/** Whether the line at `i` heads a block by its shape: the whole rule, shape and place together. */
export function standsAsHeading(lines: readonly string[], i: number): boolean {
  const shape = headingShape(lines[i] as string);
  return shape !== null && headsBlock(lines, i, shape);
}
