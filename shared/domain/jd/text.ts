/** Small text helpers for the checks: spans, lines, sentences, pattern lists. */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const WORD = 'A-Za-z0-9_';

/** The string as a pattern that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const compiled = new Map<string, RegExp>();
/** The same list asked for again (the checks pass their word lists on every run): no string to build. */
const byList = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * One regular expression matching any of the patterns as whole words (no word character
 * right before or after). With `compound`, a hyphen joining letters also counts as part of the
 * word, so "mission" does not match inside "mission-critical". Cached by source, so data passed
 * on every call compiles once.
 */
export function anyOf(
  patterns: readonly string[],
  options: { literal?: boolean; caseSensitive?: boolean; compound?: boolean } = {},
) {
  const flags = options.caseSensitive ? 'g' : 'gi';
  const kind = `${flags}\u0000${options.literal ? 'l' : 'r'}${options.compound ? 'c' : ''}`;
  let forList = byList.get(patterns);
  const cached = forList?.get(kind);
  if (cached) return cached;
  const body = patterns.map((p) => (options.literal ? escapeRegExp(p) : p)).join('|');
  const key = `${kind}\u0000${body}`;
  let re = compiled.get(key);
  if (!re) {
    const before = options.compound ? `(?<![${WORD}]|[${WORD}]-)` : `(?<![${WORD}])`;
    const after = options.compound ? `(?![${WORD}]|-[${WORD}])` : `(?![${WORD}])`;
    re = new RegExp(`${before}(?:${body || '(?!)'})${after}`, flags);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, re);
  }
  if (!forList) {
    forList = new Map();
    byList.set(patterns, forList);
  }
  forList.set(kind, re);
  return re;
}

/** Every match of `re` (global) in text[from, to), as absolute spans, added to `spans` when given. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length, spans: Span[] = []): Span[] {
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return spans;
}

/** Whether findAll would find anything in text[from, to): the first match answers, with no spans built. */
export function hasMatch(re: RegExp, text: string, from = 0, to = text.length): boolean {
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length > 0) {
      re.lastIndex = 0;
      return true;
    }
    re.lastIndex++;
  }
  return false;
}

/** Text that speaks to the reader: "you", "you'll", "your". */
/**
 * "Sasha K. — Today at 10:42 AM", "halyard-marta — 11/19/2026 10:42 AM": a post's author and time,
 * as a chat or feed prints them above it.
 */
export const POST_STAMP = /(?:\b(?:today|yesterday) at|\s[—–-]\s.*)\s\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?$/i;

export const ADDRESSES_READER = /\byou(?:['’](?:ll|re|d|ve)|r)?\b/i;

/** The marks real postings put before a list item, as one regex character class. */
export const BULLET_MARKS = '[-*•–·▪◦●○■□➤➢✓✔▸►▶◆♦❖✦★»›‣⁃◾▫→➔]';
export const BULLET = new RegExp(`^\\s*(?:${BULLET_MARKS}|\\d{1,2}[.)])\\s+`);
/** A bullet, numbered item or checkbox at the start of a line. */
export const LIST_ITEM = new RegExp(`^\\s*(?:${BULLET_MARKS}|\\d{1,2}[.)]|\\[[ x]\\])\\s+`);

const LEADING_MARK = new RegExp(`^${BULLET_MARKS}`);
/** Only list marks or heading marks before a point on its line. */
const SENTENCE_LEAD = new RegExp(`^\\s*(?:(?:${BULLET_MARKS}|[#>])+\\s*|\\d{1,2}[.)]\\s*)?[*_]*$`);

/** Non-empty lines of text[from, to), trimmed, bullets stripped, as absolute spans. */
export function linesOf(text: string, from: number, to: number): (Span & { bullet: boolean })[] {
  const lines: (Span & { bullet: boolean })[] = [];
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    const raw = text.slice(pos, nl);
    const bullet = BULLET.exec(raw);
    const lead = bullet ? bullet[0].length : raw.length - raw.trimStart().length;
    const body = raw.slice(lead).trimEnd();
    if (body.length > 0)
      lines.push({ start: pos + lead, end: pos + lead + body.length, text: body, bullet: !!bullet });
    pos = nl + 1;
  }
  return lines;
}

/** The suffixes of a company's name ("Acme Inc.", "Liongate Pte."): a full stop after one ends no sentence. */
const COMPANY_SUFFIX = 'Co|Inc|INC|Ltd|LTD|Corp|CORP|LLC|Pte|GmbH|Bros';
/** A company's name ending in its suffix: "Lakeshore Menu Co.". */
export const ENDS_IN_COMPANY_SUFFIX = new RegExp(`\\b(?:${COMPANY_SUFFIX})\\.$`);
/** Abbreviations and initials whose full stop ends no sentence; exported for lines read one by one. */
export const ABBREVIATIONS = new RegExp(
  `(?:\\b(?:e\\.g|i\\.e|etc|vs|approx|incl|${COMPANY_SUFFIX}|Sr|Jr|Dr|Mr|Ms|St|No)|\\b[A-Z])\\.$`,
);

/** More "(" than ")": a line that stops inside a parenthesis, which the next line closes. */
export const opensParenthesis = (line: string) =>
  (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);

/**
 * A line that stops mid-sentence: no sentence end, and it closes on a comma, a hyphen or a word
 * a sentence cannot end on ("... to own the", "... and have").
 */
const OPEN_LINE_END =
  /(?:[,\-–]|\b(?:and|or|but|nor|the|a|an|our|your|their|its|his|her|of|in|on|at|to|for|with|from|by|as|into|than|that|which|who|whose|is|are|was|were|be|been|have|has|had|will|would|can|could|across|about|over|under|per|via))$/i;

const WRAPPED_LINE_MIN_WORDS = 4;

/**
 * Whether the line break at `nl` sits inside a hard-wrapped sentence (a PDF export, a fixed-width
 * paste): the line above has no sentence end and either stops mid-phrase or the line below runs
 * on in lower case. A list item, a blank line or a capitalised line after a finished phrase
 * starts afresh.
 */
function wrapsOnto(text: string, lineStart: number, nl: number, to: number): boolean {
  const line = text.slice(lineStart, nl).trim();
  // A wrapped line of prose fills the width with running words; a word or two alone, or a line
  // of capitalised words, is a label ("time type", "Posted 3 Days Ago").
  // A sentence that starts at the end of a full-width line ("... a week. You") wraps as well.
  const full = fillsTheWidth(text, nl, to);
  const words = line.split(/\s+/);
  if (!full && (words.length < WRAPPED_LINE_MIN_WORDS || words.filter((w) => /^[a-z]/.test(w)).length < 2))
    return false;
  if (/[.!?:;]["'”’)\]]?$/.test(line)) return false;
  let next = nl + 1;
  while (next < to && (text[next] === ' ' || text[next] === '\t')) next++;
  if (next >= to || text[next] === '\n') return false;
  const rest = text.slice(next, Math.min(to, next + 4));
  if (BULLET.test(rest) || LEADING_MARK.test(rest)) return false;
  return /^[a-z]/.test(rest) || OPEN_LINE_END.test(line) || full;
}

/** A hard-wrapped paragraph's lines run to about the same width; a line that ends a thought is usually shorter. */
const WRAP_WIDTH_MIN = 60;
const WRAP_WIDTH_SLACK = 12;

/**
 * Whether the line ending at `nl` is as wide as a neighbouring line of the same paragraph, both
 * long: a line of a block wrapped at a fixed width ("... report to the Engineering" / "Manager
 * for Carrier Network."), broken there by the width and not by the writer. The first line of a
 * paragraph has no line above it in the paragraph, so the line below is its measure.
 */
function fillsTheWidth(text: string, nl: number, to: number): boolean {
  const start = text.lastIndexOf('\n', nl - 1) + 1;
  const width = nl - start;
  if (width < WRAP_WIDTH_MIN || nl + 1 >= to || text[nl + 1] === '\n') return false;
  const sameWidth = (other: number) => other >= WRAP_WIDTH_MIN && Math.abs(other - width) <= WRAP_WIDTH_SLACK;
  if (start > 0) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (sameWidth(start - 1 - above)) return true;
  }
  const belowEnd = text.indexOf('\n', nl + 1);
  return sameWidth((belowEnd === -1 || belowEnd > to ? to : belowEnd) - (nl + 1));
}

/**
 * Sentences of text[from, to) as absolute spans. A line break also ends a sentence, except inside
 * a hard-wrapped sentence, where a line is a width and not a thought.
 */
export function sentencesOf(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0 && /[A-Za-z0-9]/.test(body))
      out.push({ start: start + lead, end: start + lead + body.length, text: body });
    start = end;
  };
  let lineStart = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (!wrapsOnto(text, Math.max(lineStart, start), i, to)) push(i);
      lineStart = i + 1;
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= to || /\s/.test(text[i + 1] ?? ''))) {
      if (c === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i + 1))) continue;
      // A decimal or version number ("3.5") is not an end; that case has no space after the dot.
      push(i + 1);
    }
  }
  push(to);
  return out;
}

const isWordStart = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Inside a word: "don't", "node.js", "c++", "c#", "ci/cd", "real-time". */
const isWordPart = (c: number) =>
  isWordStart(c) || c === 39 || c === 0x2019 || c === 46 || c === 43 || c === 35 || c === 47 || c === 45;

/**
 * Words as a writer would count them: a letter or digit, then any letters, digits and ' ’ . + # / -.
 * Counted char by char, with no array of words, as the length check runs on every keystroke.
 */
export function countWords(text: string): number {
  let words = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWordStart(text.charCodeAt(i++))) continue;
    words++;
    while (i < text.length && isWordPart(text.charCodeAt(i))) i++;
  }
  return words;
}

const SPACE = /\s/;
const isSpace = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text.charAt(i)));
};

/**
 * How many parts `text.split(/\s+/)` gives (a leading or trailing space makes an empty part),
 * counted without building them: the layout rules ask it of every line.
 */
export function countSpaceSeparated(text: string): number {
  let parts = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text, i);
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

/**
 * "rockstar" -> "Rockstar" when the original was capitalised. An acronym in capitals ("OCD")
 * says nothing about the sentence, so it keeps the replacement as written.
 */
export function matchCase(original: string, replacement: string): string {
  const first = original[0] ?? '';
  if (!first || first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  if (original.length > 1 && /^[A-Z0-9]+$/.test(original)) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/** Whether text[at] begins a sentence: only a bullet, a heading mark or an end of sentence before it. */
export function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (SENTENCE_LEAD.test(line)) return true;
  return /[.!?:]["'”’)]*\s+$/.test(line);
}

/** "an" before a vowel sound, else "a" (by spelling, with the usual exceptions). */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.trim().toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|eu|one\b|once|ur[aeio])/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/**
 * A replacement for text[start, end) that keeps the article in front right: "a rockstar" ->
 * "an experienced engineer". When the article must change, the span grows to take it in.
 */
export function withArticle(
  text: string,
  start: number,
  replacement: string,
): { start: number; replacement: string } {
  const m = /(?:^|[^A-Za-z])(an?)([ \t]+)$/i.exec(text.slice(Math.max(0, start - 6), start));
  if (!m || !replacement) return { start, replacement };
  const written = m[1] as string;
  const wanted = articleFor(replacement);
  if (written.toLowerCase() === wanted) return { start, replacement };
  const article =
    written === written.toUpperCase() && written.length > 1
      ? wanted.toUpperCase()
      : matchCase(written, wanted);
  return {
    start: start - written.length - (m[2] as string).length,
    replacement: `${article}${m[2]}${replacement}`,
  };
}

/** Cuts a span's text for a message: at most `max` characters. */
export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
