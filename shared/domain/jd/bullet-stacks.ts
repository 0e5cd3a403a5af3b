import { BULLET_MARKS, opensParenthesis } from './text';

/** A line holding only a list mark: what a PDF's bullets become when its text is copied out. */
const MARK_ONLY = new RegExp(`^\\s*${BULLET_MARKS}\\s*$`);
const BULLET_CHAR = new RegExp(BULLET_MARKS);

const isMark = (line: string | undefined) => line !== undefined && MARK_ONLY.test(line);
const isBlank = (line: string | undefined) => line !== undefined && !line.trim();
const hasMark = (line: string) => BULLET_CHAR.test(line.trim().charAt(0));

/**
 * Text copied out of a PDF (pdftotext, a viewer's copy) can part a list's marks from their items.
 * A column of marks: five "•" lines, then the five items, each hard-wrapped over a line or two.
 * The items are the lines that do not run on from the line above, and when there are as many as
 * there were marks, each is written back as "• item" on one line; any other count is left as it
 * was, since the pairing would be a guess. Or each mark alone on its line right above its item:
 * every line up to the next mark is that item's.
 */
export function withBulletStacksRestored(lines: readonly string[]): string[] {
  if (!lines.some(isMark)) return [...lines];
  const out: string[] = [];
  let i = 0;
  // The last mark alone was paired with the item under it, so one more ends the list.
  let inList = false;
  while (i < lines.length) {
    let marks = 0;
    while (isMark(lines[i + marks])) marks++;
    if (marks === 0) {
      if (!isBlank(lines[i])) inList = false;
      out.push(lines[i] as string);
      i++;
      continue;
    }
    let at = i + marks;
    while (isBlank(lines[at])) at++;
    let end = at;
    // A mark alone has its item up to the next line with a mark, its own or another list's.
    while (end < lines.length && !isBlank(lines[end]) && (marks > 1 || !hasMark(lines[end] as string))) end++;
    const block = lines.slice(at, end);
    if (marks === 1) {
      let next = end;
      while (isBlank(lines[next])) next++;
      // Before another mark, every line is this item's; the list's last item runs on only as
      // far as its wrapped lines do.
      let item: Item | undefined;
      if (block.length > 0)
        item = isMark(lines[next]) ? joined(block) : inList ? itemsOf(block)?.[0] : undefined;
      inList = !!item;
      if (item) {
        out.push(`• ${item.text}`, ...block.slice(item.lines));
        i = end;
      } else {
        out.push(lines[i] as string);
        i++;
      }
      continue;
    }
    inList = false;
    const items = itemsOf(block);
    // More lines start an item than there are marks: some item wrapped onto a line in capitals.
    const paired = items && items.length > marks ? itemsOf(block, widthOf(block)) : items;
    if (paired?.length === marks) {
      out.push(...paired.map((item) => `• ${item.text}`));
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
 * Whether `line` runs on from the item so far, whose last line was `above`: it starts in lower
 * case, or the item stopped mid-phrase. Given the block's `width`, also when `above` ends no
 * sentence and the first word of `line` would not have fitted on it, so the width broke it there.
 */
function runsOn(item: string, above: string, line: string, width?: number): boolean {
  if (/^[a-z(]/.test(line) || STOPS_MID_PHRASE.test(item) || opensParenthesis(item)) return true;
  if (width === undefined || /[.!?;:]["'”’)]?$/.test(above)) return false;
  return above.length + 1 + (line.split(/\s/, 1)[0]?.length ?? 0) > width;
}

/** The longest line of a block: about the width the PDF's text box wrapped its items at. */
const widthOf = (block: readonly string[]) => Math.max(...block.map((l) => l.trim().length));

interface Item {
  text: string;
  /** How many of the block's lines it takes. */
  lines: number;
}

/** The block's lines joined into items, or null when a line has a mark of its own. */
function itemsOf(block: readonly string[], width?: number): Item[] | null {
  const items: Item[] = [];
  let above = '';
  for (const raw of block) {
    const line = raw.trim();
    if (hasMark(line)) return null;
    const last = items[items.length - 1];
    if (last && runsOn(last.text, above, line, width)) {
      last.text = `${last.text} ${line}`;
      last.lines++;
    } else items.push({ text: line, lines: 1 });
    above = line;
  }
  return items;
}

/** The whole block as one item. */
const joined = (block: readonly string[]): Item => ({
  text: block.map((l) => l.trim()).join(' '),
  lines: block.length,
});
