/** Small text helpers for the checks: spans, lines, sentences, pattern lists. */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const WORD = 'A-Za-z0-9_';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const compiled = new Map<string, RegExp>();

/**
 * One regular expression matching any of the patterns as whole words (no word character
 * right before or after). Cached by source, so data passed on every call compiles once.
 */
export function anyOf(
  patterns: readonly string[],
  options: { literal?: boolean; caseSensitive?: boolean } = {},
) {
  const body = patterns.map((p) => (options.literal ? escapeRegExp(p) : p)).join('|');
  const flags = options.caseSensitive ? 'g' : 'gi';
  const key = `${flags}\u0000${options.literal ? 'l' : 'r'}\u0000${body}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(`(?<![${WORD}])(?:${body || '(?!)'})(?![${WORD}])`, flags);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/** Every match of `re` (global) in text[from, to), as absolute spans. */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): Span[] {
  const slice = text.slice(from, to);
  const spans: Span[] = [];
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

export const BULLET = /^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+/;

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

const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Corp|Sr|Jr|Dr|Mr|Ms|St|No)|\b[A-Z])\.$/;

/** Sentences of text[from, to) as absolute spans (a line break also ends a sentence). */
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
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
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

/** Words as a writer would count them. */
export function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9][A-Za-z0-9'’.+#/-]*/g);
  return m ? m.length : 0;
}

/** "rockstar" -> "Rockstar" when the original was capitalised. */
export function matchCase(original: string, replacement: string): string {
  if (original && original[0] === original[0]?.toUpperCase() && original[0] !== original[0]?.toLowerCase())
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Cuts a span's text for a message: at most `max` characters. */
export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
