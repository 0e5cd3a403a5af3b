import { z } from 'zod';
import {
  CONTENT_HASH,
  type CsvField,
  type CsvMapping,
  EXCHANGE_FORMAT,
  EXCHANGE_OLDEST_VERSION,
  EXCHANGE_VERSION,
  IMPORT_LIMITS,
  type ImportFormat,
} from '../../../shared/exchange';
import { type QuestionDraft, questionDraft, questionOrigins } from '../../../shared/questions';
import { AppError } from '../errors';
import { guessMapping, parseCsv } from '../exchange/csv-format';
import { parseUntrustedJson } from '../exchange/safe-json';

/** One question read from a file, before it is compared with the database. */
export type Incoming =
  | {
      row: number;
      kind: 'question';
      id: string | null;
      updatedAt: string | null;
      /** The content hash the exporting install wrote for this row: what it held then. */
      baseHash: string | null;
      draft: QuestionDraft;
    }
  | { row: number; kind: 'tombstone'; id: string; updatedAt: string; deletedAt: string }
  | { row: number; kind: 'invalid'; reason: string };

// Any ISO date-time is accepted and stored as UTC, so timestamps compare as strings.
const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

const exchangeQuestion = questionDraft
  .extend({
    id: z.uuid(),
    createdAt: isoDate.optional(),
    updatedAt: isoDate,
    origin: z.enum(questionOrigins).optional(),
    deletedAt: z.null().optional(),
    contentHash: z.string().regex(CONTENT_HASH, 'is not a content hash Reqdesk wrote').optional(),
  })
  .strict();

const exchangeTombstone = z.object({ id: z.uuid(), updatedAt: isoDate, deletedAt: isoDate }).strict();

const envelope = z.object({
  format: z.literal(EXCHANGE_FORMAT, {
    error: 'This is not a Reqdesk exchange file (its "format" is missing or different).',
  }),
  version: z.number().int(),
  questions: z.array(z.unknown()).max(IMPORT_LIMITS.items, `More than ${IMPORT_LIMITS.items} questions.`),
});

function explainIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function readJsonFile(content: string, fileName: string): Incoming[] {
  const parsed = envelope.safeParse(parseUntrustedJson(content, fileName));
  if (!parsed.success)
    throw new AppError('bad_input', `${fileName}: ${explainIssues(parsed.error)} Nothing was imported.`);
  const file = parsed.data;
  if (file.version < EXCHANGE_OLDEST_VERSION || file.version > EXCHANGE_VERSION) {
    throw new AppError(
      'bad_input',
      `${fileName} uses exchange format version ${file.version}; this Reqdesk reads versions ${EXCHANGE_OLDEST_VERSION} to ${EXCHANGE_VERSION}.` +
        (file.version > EXCHANGE_VERSION ? ' Update Reqdesk to import it.' : '') +
        ' Nothing was imported.',
    );
  }
  return file.questions.map((item, index): Incoming => {
    const row = index + 1;
    const deleted =
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { deletedAt?: unknown }).deletedAt === 'string';
    if (deleted) {
      const tomb = exchangeTombstone.safeParse(item);
      return tomb.success
        ? { row, kind: 'tombstone', ...tomb.data }
        : { row, kind: 'invalid', reason: explainIssues(tomb.error) };
    }
    const q = exchangeQuestion.safeParse(item);
    if (!q.success) return { row, kind: 'invalid', reason: explainIssues(q.error) };
    const { id, updatedAt, contentHash, createdAt: _c, origin: _o, deletedAt: _d, ...draft } = q.data;
    return { row, kind: 'question', id, updatedAt, baseHash: contentHash ?? null, draft };
  });
}

const GENERIC_ANCHORS: QuestionDraft['anchors'] = [
  'Gave no relevant example, or an answer off the point.',
  'Gave an example but could not explain their own choices in it.',
  'Explained a real example with the reasons for their choices.',
  'Explained a real example with trade-offs, numbers and what they would change.',
];
const NO_GUIDANCE =
  'No guidance was imported with this question; write what a strong answer shows before using it.';
export const NEEDS_REVIEW_TAG = 'needs-review';

const splitList = (cell: string, separators: RegExp) =>
  cell
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** "Technical screen" -> "technical-screen", "Lead / staff" -> "lead". */
const enumValue = (s: string) => {
  const slug = s
    .toLowerCase()
    .replace(/\s*\/.*$/, '')
    .trim()
    .replace(/[\s_]+/g, '-');
  const aliases: Record<string, string> = {
    behavioral: 'behavioural',
    staff: 'lead',
    principal: 'lead',
    'api-/-services': 'api',
    'data-intensive': 'data',
    'edge-/-bff': 'edge',
    bff: 'edge',
    'recruiter-screen': 'screen',
    'phone-screen': 'technical-screen',
    'take-home': 'exercise',
  };
  return aliases[slug] ?? slug;
};

/**
 * A question as the CSV reader sees one row's cells (each trimmed). The export uses the same
 * reading to record what an unedited row will read back as (see content-hash.ts).
 */
export function draftFromCells(
  get: (field: CsvField) => string,
): { ok: true; draft: QuestionDraft } | { ok: false; reason: string } {
  const anchors = [get('anchor1'), get('anchor2'), get('anchor3'), get('anchor4')];
  const hasAnchors = anchors.every((a) => a.length > 0);
  const strongAnswer = get('strongAnswer');
  const tags = splitList(get('tags'), /[,;|]/);
  if (!hasAnchors || !strongAnswer) tags.push(NEEDS_REVIEW_TAG);
  const orAll = <T extends string>(list: string[], all: T[]) => (list.length > 0 ? list : all);
  const minutes = get('minutes');
  const candidate = {
    category: enumValue(get('category') || 'technical'),
    topic: get('topic') || 'Imported',
    text: get('text'),
    strongAnswer: strongAnswer || NO_GUIDANCE,
    anchors: hasAnchors ? anchors : GENERIC_ANCHORS,
    probes: splitList(get('probes'), /\s*\|\s*|\n/),
    redFlags: splitList(get('redFlags'), /\s*\|\s*|\n/),
    levels: orAll(splitList(get('levels'), /[,;|]/).map(enumValue), ['junior', 'mid', 'senior', 'lead']),
    archetypes: orAll(splitList(get('archetypes'), /[,;|]/).map(enumValue), ['any']),
    rounds: orAll(splitList(get('rounds'), /[,;|]/).map(enumValue), ['technical-screen']),
    attributes: orAll(splitList(get('attributes'), /[,;|]/).map(enumValue), ['communication']),
    minutes: minutes === '' ? 10 : Number(minutes),
    tags: [...new Set(tags)],
  };
  const draft = questionDraft.safeParse(candidate);
  return draft.success ? { ok: true, draft: draft.data } : { ok: false, reason: explainIssues(draft.error) };
}

export function readCsvFile(
  content: string,
  fileName: string,
  mappingGiven?: CsvMapping,
): { items: Incoming[]; headers: string[]; mapping: CsvMapping; preview: Record<string, string>[] } {
  const table = parseCsv(content, fileName);
  const mapping = mappingGiven ?? guessMapping(table.headers);
  if (!mapping.text) {
    throw new AppError(
      'bad_input',
      `${fileName}: no column is mapped to the question text. Pick one in the preview.`,
    );
  }
  for (const header of Object.values(mapping)) {
    if (header !== undefined && !table.headers.includes(header)) {
      throw new AppError('bad_input', `${fileName} has no column "${header}".`);
    }
  }
  const cell = (row: Record<string, string>, field: CsvField) => {
    const header = mapping[field];
    return header === undefined ? '' : (row[header] ?? '').trim();
  };

  const items = table.rows.map((raw, index): Incoming => {
    const row = index + 2; // the header is line 1
    const get = (field: CsvField) => cell(raw, field);
    const draft = draftFromCells(get);
    if (!draft.ok) return { row, kind: 'invalid', reason: draft.reason };
    const id = get('id');
    const updatedAt = get('updatedAt');
    const baseHash = get('contentHash');
    if (id && !z.uuid().safeParse(id).success)
      return { row, kind: 'invalid', reason: `id: "${id.slice(0, 40)}" is not a UUID` };
    const stamp = updatedAt ? isoDate.safeParse(updatedAt) : null;
    if (stamp && !stamp.success) {
      return {
        row,
        kind: 'invalid',
        reason: `updated at: "${updatedAt.slice(0, 40)}" is not a date and time`,
      };
    }
    if (baseHash && !CONTENT_HASH.test(baseHash))
      return {
        row,
        kind: 'invalid',
        reason: `content hash: "${baseHash.slice(0, 40)}" is not one Reqdesk wrote; empty the cell to merge this row by its date`,
      };
    return {
      row,
      kind: 'question',
      id: id || null,
      updatedAt: stamp?.data ?? null,
      baseHash: baseHash || null,
      draft: draft.draft,
    };
  });
  return { items, headers: table.headers, mapping, preview: table.rows.slice(0, 5) };
}

export function readImportFile(
  format: ImportFormat,
  content: string,
  fileName: string,
  mapping?: CsvMapping,
) {
  const file =
    format === 'json' ? { items: readJsonFile(content, fileName) } : readCsvFile(content, fileName, mapping);
  return { ...file, items: withoutRepeatedIds(file.items) };
}

/**
 * A question appears once in a file: a second row with the same id (two exports pasted
 * together) cannot say which of the two is meant, so it is invalid and names the first.
 */
function withoutRepeatedIds(items: Incoming[]): Incoming[] {
  const firstRow = new Map<string, number>();
  return items.map((item) => {
    if (item.kind === 'invalid' || item.id === null) return item;
    const first = firstRow.get(item.id);
    if (first === undefined) {
      firstRow.set(item.id, item.row);
      return item;
    }
    return {
      row: item.row,
      kind: 'invalid',
      reason: `id ${item.id} is also on row ${first}; keep one of the two rows`,
    };
  });
}
