import type {
  Block,
  DocumentMetadata,
  DocumentModel,
  KeyValueEntry,
  ListItem,
  ListStyle,
  TableColumn,
  TextRun,
} from './model';

/** Small builders, so a document reads like its outline where it is put together. */

type Inline = string | TextRun | (string | TextRun)[];

/** Text as runs: a string is one plain run; an array mixes plain strings and styled runs. */
export function runs(content: Inline): TextRun[] {
  const parts = Array.isArray(content) ? content : [content];
  return parts.map((part) => (typeof part === 'string' ? { text: part } : part));
}

export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (content: Inline): Block => ({ kind: 'paragraph', runs: runs(content) });

/** One list item; `sub` adds a nested list under it. */
export function item(content: Inline, sub?: { style: ListStyle; items: Inline[] }): ListItem {
  const entry: ListItem = { runs: runs(content) };
  if (sub) entry.sublist = { style: sub.style, items: sub.items.map((i) => ({ runs: runs(i) })) };
  return entry;
}

const listOf = (style: ListStyle, items: (Inline | ListItem)[]): Block => ({
  kind: 'list',
  style,
  items: items.map((i) => (typeof i === 'object' && !Array.isArray(i) && 'runs' in i ? i : item(i))),
});

export const bullets = (items: (Inline | ListItem)[]): Block => listOf('bullet', items);
export const numbered = (items: (Inline | ListItem)[]): Block => listOf('number', items);

export function table(columns: (string | TableColumn)[], rows: Inline[][]): Block {
  return {
    kind: 'table',
    columns: columns.map((c) => (typeof c === 'string' ? { header: c } : c)),
    rows: rows.map((row) => row.map((cell) => runs(cell))),
  };
}

export function keyValues(entries: [string, Inline][]): Block {
  const list: KeyValueEntry[] = entries.map(([key, value]) => ({ key, value: runs(value) }));
  return { kind: 'keyValue', entries: list };
}

export const pageBreak = (): Block => ({ kind: 'pageBreak' });
export const writingSpace = (lines: number): Block => ({ kind: 'writingSpace', lines });
export const guidance = (text: string): Block => ({ kind: 'guidance', text });

export const documentOf = (metadata: DocumentMetadata, blocks: Block[]): DocumentModel => ({
  metadata,
  blocks,
});
