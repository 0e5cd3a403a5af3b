import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { type CsvField, type CsvMapping, csvFields, IMPORT_LIMITS } from '../../../shared/exchange';
import { AppError } from '../errors';

export interface CsvTable {
  headers: string[];
  rows: Record<string, string>[];
}

/**
 * A cell a spreadsheet would run as a formula starts with one of these. On export such a cell
 * gets a leading apostrophe, which spreadsheets show as text; so that the mapping can be
 * undone exactly, a cell that already starts with apostrophes before one of them gets one
 * more. Reading drops one apostrophe from the same shape, so our own files read back as
 * they were written.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string) => (FORMULA_LIKE.test(cell) ? `'${cell}` : cell);
export const restoreFormula = (cell: string) => (ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell);

/** Columns a question sheet could need, with room for a spreadsheet's own extra columns. */
export const CSV_MAX_COLUMNS = 200;

const PARSE_OPTIONS = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
  max_record_size: 64 * 1024,
} as const;

function parseRecords(content: string, fileName: string, to: number): string[][] {
  try {
    return parse(content, { ...PARSE_OPTIONS, to });
  } catch (error) {
    throw new AppError(
      'bad_input',
      `${fileName} could not be read as CSV (${(error as Error).message}). Nothing was imported.`,
    );
  }
}

export function parseCsv(content: string, fileName: string): CsvTable {
  const text = content.replace(/^\uFEFF/, '');
  // The header alone first: csv-parse spends time per header column on every later row, and
  // every row gets a value per header, so a very wide header is refused before the rest.
  const [head] = parseRecords(text, fileName, 1);
  if (head && head.length > CSV_MAX_COLUMNS)
    throw new AppError(
      'bad_input',
      `${fileName} has ${head.length.toLocaleString('en-US')} columns; a question sheet has at most ${CSV_MAX_COLUMNS}. Nothing was imported.`,
    );
  const [header, ...body] = parseRecords(text, fileName, IMPORT_LIMITS.items + 2);
  if (!header || header.length === 0)
    throw new AppError('bad_input', `${fileName} is empty. Nothing was imported.`);
  if (body.length > IMPORT_LIMITS.items) {
    throw new AppError(
      'bad_input',
      `${fileName} has more than ${IMPORT_LIMITS.items} rows. Nothing was imported.`,
    );
  }
  const headers = header.map((h) => h.trim());
  const rows = body.map((cells) => {
    const row: Record<string, string> = Object.create(null);
    headers.forEach((h, i) => {
      row[h] = restoreFormula(cells[i] ?? '');
    });
    return row;
  });
  return { headers, rows };
}

/** Header names people use in spreadsheets, per field (compared lower-case, without spaces or punctuation). */
const synonyms: Record<CsvField, string[]> = {
  id: ['id', 'uuid', 'questionid'],
  category: ['category', 'type', 'kind'],
  topic: ['topic', 'subject', 'area', 'theme'],
  text: ['text', 'question', 'questiontext', 'prompt'],
  strongAnswer: [
    'stronganswer',
    'whatastronganswershows',
    'goodanswer',
    'expectedanswer',
    'lookfor',
    'guidance',
  ],
  anchor1: ['anchor1', 'rating1', 'score1', '1'],
  anchor2: ['anchor2', 'rating2', 'score2', '2'],
  anchor3: ['anchor3', 'rating3', 'score3', '3'],
  anchor4: ['anchor4', 'rating4', 'score4', '4'],
  probes: ['probes', 'followups', 'followupquestions', 'followup'],
  redFlags: ['redflags', 'flags', 'warningsigns'],
  levels: ['levels', 'level', 'seniority'],
  archetypes: ['archetypes', 'archetype', 'roletype'],
  rounds: ['rounds', 'round', 'stage'],
  attributes: ['attributes', 'attribute', 'skills', 'competencies'],
  minutes: ['minutes', 'time', 'duration', 'mins'],
  tags: ['tags', 'keywords', 'labels'],
  updatedAt: ['updatedat', 'updated', 'lastmodified', 'modified'],
  contentHash: ['contenthash', 'exportedcontenthash'],
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Maps each field to the first header that names it; the user can change it in the preview. */
export function guessMapping(headers: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const field of csvFields) {
    const found = headers.find((h) => synonyms[field].includes(squash(h)));
    if (found !== undefined) mapping[field] = found;
  }
  return mapping;
}

/** The Reqdesk CSV layout: the same headers guessMapping reads back. */
export const CSV_HEADERS: Record<CsvField, string> = {
  id: 'id',
  category: 'category',
  topic: 'topic',
  text: 'question',
  strongAnswer: 'strong answer',
  anchor1: 'anchor 1',
  anchor2: 'anchor 2',
  anchor3: 'anchor 3',
  anchor4: 'anchor 4',
  probes: 'probes',
  redFlags: 'red flags',
  levels: 'levels',
  archetypes: 'archetypes',
  rounds: 'rounds',
  attributes: 'attributes',
  minutes: 'minutes',
  tags: 'tags',
  updatedAt: 'updated at',
  contentHash: 'content hash',
};

/** Our CSV: every cell that a spreadsheet would run as a formula is neutralised. */
export function toCsv(rows: Record<CsvField, string>[]): string {
  const safe = rows.map(
    (row) =>
      Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, neutraliseFormula(cell)])) as Record<
        CsvField,
        string
      >,
  );
  return stringify(safe, {
    header: true,
    columns: csvFields.map((key) => ({ key, header: CSV_HEADERS[key] })),
  });
}
