/**
 * Two columns of a PDF page, read as a reader reads them. `pdftotext -layout`, and a copy out of
 * a PDF viewer, give each printed row of both columns as one line: the left column's text, a
 * wide run of spaces (the gutter), then the right column's text. Read across, the headings and
 * lists of the two columns merge. A block of such rows is read down its left column, then down
 * its right one.
 */

/** Text, two or more spaces, text: the one sign of a second column a line can give. */
const INNER_GAP = /\S\s{2,}\S/;
/** The narrowest gutter between two columns. */
const GUTTER_MIN = 2;
/**
 * Rows with text on both sides of the gutter a block needs. One such row is a label and its
 * value ("Salary        $120,000"), a board's menu or a page header, not a page in columns.
 */
const ROWS_MIN = 3;
/**
 * A column of running text fills lines of at least this length. A column of labels ("Salary",
 * "Location") or of headings beside their text is narrower, and its rows are read across.
 */
const COLUMN_TEXT_MIN = 20;
/** A markdown table's row: its cells are read across, by the table's own code. */
const TABLE_ROW = /^\s*\|/;

/** A run of whitespace in a line, [start, end); a run at the line's end has end Infinity. */
interface Span {
  start: number;
  end: number;
}

interface Block {
  /** First line of the block and the line after its last. */
  start: number;
  end: number;
  /** The block as read: its left column's lines, then its right column's. */
  read: string[];
}

/**
 * The lines with every block laid out in two columns read column by column. Text without a wide
 * gap inside a line has no columns, and comes back as it is.
 */
export function withColumnsRead(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => INNER_GAP.test(l))) return lines;
  const out: string[] = [];
  let done = 0;
  let i = 0;
  while (i < lines.length) {
    const block = INNER_GAP.test(lines[i] as string) ? blockAround(lines, i, done) : undefined;
    if (block) {
      out.push(...lines.slice(done, block.start), ...block.read);
      done = block.end;
      i = block.end;
    } else i++;
  }
  out.push(...lines.slice(done));
  return out;
}

/** The whitespace runs of a line, the one before its text and the one after it included. */
function spacesOf(line: string): Span[] {
  const spans: Span[] = [];
  const text = line.trimEnd();
  for (const m of text.matchAll(/\s+/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.push({ start: text.length, end: Number.POSITIVE_INFINITY });
  return spans;
}

/**
 * The gutter narrowed to where this line is blank too, or undefined when the line's text runs
 * across it: a full-width heading or paragraph, which ends the block.
 */
function gutterThrough(line: string, gutter: Span): Span | undefined {
  if (!line.trim()) return gutter;
  if (TABLE_ROW.test(line)) return undefined;
  for (const space of spacesOf(line)) {
    const shared = { start: Math.max(space.start, gutter.start), end: Math.min(space.end, gutter.end) };
    if (shared.end - shared.start >= GUTTER_MIN) return shared;
  }
  return undefined;
}

/** The gaps between text inside a line, each a possible gutter. */
const innerGaps = (line: string) =>
  spacesOf(line).filter((s) => s.start > 0 && Number.isFinite(s.end) && s.end - s.start >= GUTTER_MIN);

/**
 * The block in two columns that holds line `seed`, grown up (no higher than `floor`) and down
 * while each line leaves the gutter blank, or undefined when no gap of the seed line is a gutter
 * running through a block of two columns of text.
 */
function blockAround(lines: readonly string[], seed: number, floor: number): Block | undefined {
  let best: Block | undefined;
  let bestRows = 0;
  for (const gap of innerGaps(lines[seed] as string)) {
    let gutter: Span = gap;
    let end = seed + 1;
    for (let g: Span | undefined; end < lines.length; end++) {
      g = gutterThrough(lines[end] as string, gutter);
      if (!g) break;
      gutter = g;
    }
    let start = seed;
    for (let g: Span | undefined; start > floor; start--) {
      g = gutterThrough(lines[start - 1] as string, gutter);
      if (!g) break;
      gutter = g;
    }
    const rows = lines.slice(start, end).map((l) => split(l, gutter));
    const hasRight = (k: number) => (rows[k]?.right ?? '') !== '';
    // Lines above the first one with right-hand text read the same either way: they stay as
    // they are. A line the gutter ended on is a full-width heading or paragraph, and the lines
    // of left text just above it, with no blank between, are its own.
    let first = 0;
    while (first < rows.length && !hasRight(first)) first++;
    // Paragraphs of the right column printed above the left column's first line (a flyer's
    // headline and opening over its sidebar) are read first, as a reader's eye meets them.
    for (let k = first; k < rows.length && !(rows[k] as Row).left; k++)
      if (!(rows[k] as Row).right) first = k + 1;
    let last = rows.length;
    if (end < lines.length)
      while (last > first && (rows[last - 1] as Row).left && !hasRight(last - 1)) last--;
    while (last > first && !(rows[last - 1] as Row).left && !hasRight(last - 1)) last--;
    const kept = rows.slice(first, last);
    const across = kept.filter((r) => r.left && r.right).length;
    if (across <= bestRows || !twoColumnsOfText(kept)) continue;
    bestRows = across;
    best = {
      start: start + first,
      end: start + last,
      read: [...columnLines(kept, 'left'), '', ...columnLines(kept, 'right')],
    };
  }
  return best;
}

/**
 * Whether rows cut at a gutter are two columns of text rather than one table read across. Both
 * columns fill most of their rows with running text; or the right one does, and the left, a
 * narrow sidebar of facts, puts its lines beside the middle of the right column's sentences (a
 * heading printed beside its text, or a label beside its value, sits where the right-hand
 * text starts anew).
 */
function twoColumnsOfText(rows: readonly Row[]): boolean {
  const across = rows.filter((r) => r.left && r.right);
  if (across.length < ROWS_MIN) return false;
  const wide = (text: string) => text.trim().length >= COLUMN_TEXT_MIN;
  const mostly = (test: (r: Row) => boolean) => across.filter(test).length * 2 >= across.length;
  if (!mostly((r) => wide(r.right))) return false;
  if (mostly((r) => wide(r.left))) return true;
  const besideRunOn = rows.filter((r, k) => {
    const above = rows[k - 1]?.right.trim();
    return r.left && above && !SENTENCE_END.test(above) && /^\p{Ll}/u.test(r.right.trim());
  });
  return besideRunOn.length >= ROWS_MIN;
}

interface Row {
  left: string;
  right: string;
}

/** A line cut at the gutter; the right part keeps its indent within the right column. */
function split(line: string, gutter: Span): Row {
  return { left: line.slice(0, gutter.start).trimEnd(), right: line.slice(gutter.end).trimEnd() };
}

/** Closes a sentence: a run-on line ends without it, the line under it starts lower case. */
const SENTENCE_END = /[.!?:;)"'”’]$/;

/**
 * One column's lines. A row where only the other column has text is a break between this
 * column's paragraphs, unless a sentence plainly runs on across it (the column's line above
 * does not close a sentence, the one below starts lower case): the other column's heading sat
 * between two lines of a list item. Each run of breaks is one blank line.
 */
function columnLines(rows: readonly Row[], side: keyof Row): string[] {
  const out: string[] = [];
  for (const [i, row] of rows.entries()) {
    const text = row[side];
    if (text) {
      out.push(text);
      continue;
    }
    const above = out.at(-1) ?? '';
    if (!above.trim()) continue;
    const below =
      rows
        .slice(i + 1)
        .find((r) => r[side])
        ?.[side].trim() ?? '';
    const runsOn = row.left + row.right !== '' && !SENTENCE_END.test(above.trim()) && /^\p{Ll}/u.test(below);
    if (!runsOn) out.push('');
  }
  return out;
}
