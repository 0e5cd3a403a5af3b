import { type CsvMapping, IMPORT_LIMITS, type ImportFormat } from '../../../../shared/exchange';
import { megabytes } from '../../ui/files';

/** By extension; otherwise by the first character (a JSON file starts with "{"). */
export function detectFormat(fileName: string, content: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return content.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Why a file cannot be imported before reading a byte of it, or null when it may be. */
export function refuseBySize(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size > IMPORT_LIMITS.bytes) {
    return `${file.name} is ${megabytes(file.size)}; Reqdesk imports files of up to ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Nothing was imported.`;
  }
  if (file.size === 0) return `${file.name} is empty. Nothing was imported.`;
  return null;
}

/**
 * The header cells of a CSV file (its first non-empty record), so columns can be mapped by
 * hand even when the core could not guess which one holds the question text.
 */
export function readCsvHeaders(content: string): string[] {
  const text = content.replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') break;
    else cell += ch;
  }
  cells.push(cell);
  return [...new Set(cells.map((c) => c.trim()).filter((c) => c.length > 0))];
}

/** A file picked for import, as read here. */
export interface ImportFileData {
  name: string;
  format: ImportFormat;
  content: string;
}

/** What the core is asked to plan or apply: the file, and for CSV the columns picked (if any). */
export function importInput(file: ImportFileData, mapping: CsvMapping | undefined) {
  return {
    fileName: file.name,
    format: file.format,
    content: file.content,
    ...(file.format === 'csv' && mapping ? { mapping } : {}),
  };
}
