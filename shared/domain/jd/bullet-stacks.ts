import { BULLET_MARKS, opensParenthesis } from './text';

/** A line holding only a list mark: what a PDF's bullets become when its text is copied out. */
const MARK_ONLY = new RegExp(`^\\s*${BULLET_MARKS}\\s*$`);
const BULLET_CHAR = new RegExp(BULLET_MARKS);

/**
 * Text copied out of a PDF can put a list's marks in a column of their own: five "•" lines,
 * then the five items, each hard-wrapped over a line or two. A reader pairs them up again:
 * the items are the lines that do not run on from the line above (a run-on line starts in
 * lower case), and when there are as many as there were marks, each is written back as
 * "• item" on one line. Any other count is left as it was, since the pairing would be a guess.
 */
export function withBulletStacksRestored(lines: readonly string[]): string[] {
  if (!lines.some((l) => MARK_ONLY.test(l))) return [...lines];
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let marks = 0;
    while (i + marks < lines.length && MARK_ONLY.test(lines[i + marks] as string)) marks++;
    if (marks < 2) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    let at = i + marks;
    while (at < lines.length && !(lines[at] as string).trim()) at++;
    let end = at;
    while (end < lines.length && (lines[end] as string).trim()) end++;
    const items = itemsOf(lines.slice(at, end));
    if (items?.length === marks) {
      out.push(...items.map((item) => `• ${item}`));
      i = end;
    } else {
      out.push(...lines.slice(i, i + marks));
      i += marks;
    }
  }
  return out;
}

/** A line that stops mid-phrase: on a comma or a joining word, or inside an open parenthesis. */
const STOPS_MID_PHRASE = /[,(\-–]$|\b(?:and|or|of|the|a|an|to|for|with|from|in|on|by|as|such as)$/i;
/**
 * The lines joined into items: a line runs on from the one above when it starts in lower case
 * or the line above stopped mid-phrase.
 */
function itemsOf(block: readonly string[]): string[] | null {
  const items: string[] = [];
  for (const raw of block) {
    const line = raw.trim();
    if (BULLET_CHAR.test(line.charAt(0))) return null;
    const last = items[items.length - 1];
    if (last !== undefined && (/^[a-z(]/.test(line) || STOPS_MID_PHRASE.test(last) || opensParenthesis(last)))
      items[items.length - 1] = `${last} ${line}`;
    else items.push(line);
  }
  return items;
}
