/**
 * The document model both writers read. A JD, and later interview kits, scorecards
 * and debriefs, are built into this shape; the DOCX and PDF writers in electron/core/documents
 * turn the same value into files whose text is the same.
 */

/** A stretch of text with one look. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ListStyle = 'bullet' | 'number';

/** A list entry; it may hold one nested list (one level deep, no further). */
export interface ListItem {
  runs: TextRun[];
  sublist?: { style: ListStyle; items: { runs: TextRun[] }[] };
}

export interface TableColumn {
  header: string;
  /** Relative share of the text width; left out, the writers size columns from their content. */
  weight?: number;
}

export interface KeyValueEntry {
  key: string;
  value: TextRun[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'list'; style: ListStyle; items: ListItem[] }
  /** The header row repeats on every page the table spans. */
  | { kind: 'table'; columns: TableColumn[]; rows: TextRun[][][] }
  /** Label and value pairs in two aligned columns ("Location", "Remote, US time zones"). */
  | { kind: 'keyValue'; entries: KeyValueEntry[] }
  | { kind: 'pageBreak' }
  /** Ruled blank lines to write on (notes during an interview); carries no text. */
  | { kind: 'writingSpace'; lines: number }
  /** Advice for the person editing the document: kept in the model, never written to a file. */
  | { kind: 'guidance'; text: string };

export type BlockKind = Block['kind'];

export interface DocumentMetadata {
  /** The document's title: the header of every page and the file properties. */
  title: string;
  subject?: string;
  author?: string;
  company?: string;
  keywords?: string[];
}

export interface DocumentModel {
  metadata: DocumentMetadata;
  blocks: Block[];
}

export type PageSize = 'letter' | 'a4';

export interface WriteOptions {
  pageSize: PageSize;
}
