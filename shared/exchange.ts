import { z } from 'zod';
import { questionFilters } from './questions';

/** The versioned exchange file every Reqdesk install reads and writes. */
export const EXCHANGE_FORMAT = 'reqdesk-exchange';
export const EXCHANGE_VERSION = 2;
/** Oldest exchange version still read: version 1 files have no content hashes and merge by date. */
export const EXCHANGE_OLDEST_VERSION = 1;

/** A row's content hash as an export writes it: SHA-256 in lower-case hex. */
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

export const IMPORT_LIMITS = {
  bytes: 20 * 1024 * 1024,
  items: 100_000,
  depth: 32,
  listedProblems: 200,
} as const;

export const importFormats = ['json', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Fields a CSV column can be mapped to. */
export const csvFields = [
  'id',
  'category',
  'topic',
  'text',
  'strongAnswer',
  'anchor1',
  'anchor2',
  'anchor3',
  'anchor4',
  'probes',
  'redFlags',
  'levels',
  'archetypes',
  'rounds',
  'attributes',
  'minutes',
  'tags',
  'updatedAt',
  'contentHash',
] as const;
export type CsvField = (typeof csvFields)[number];

/** field -> the CSV header it is read from. */
export const csvMapping = z.partialRecord(z.enum(csvFields), z.string().max(200));
export type CsvMapping = z.infer<typeof csvMapping>;

export const conflictChoices = ['keep-local', 'take-incoming'] as const;

export const importInput = z
  .object({
    fileName: z.string().max(260).default('import'),
    format: z.enum(importFormats),
    content: z
      .string()
      .max(
        IMPORT_LIMITS.bytes,
        `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB; nothing was imported.`,
      ),
    mapping: csvMapping.optional(),
    /** Per conflicting question id: which version wins. Unlisted conflicts keep the local one. */
    resolutions: z.record(z.uuid(), z.enum(conflictChoices)).default({}),
  })
  .strict();

export type ImportInput = z.input<typeof importInput>;

export interface ImportConflict {
  id: string;
  row: number;
  text: string;
  localUpdatedAt: string;
  incomingUpdatedAt: string;
  /** A deletion from the other install meeting a newer local edit, or the reverse. */
  kind: 'edit' | 'delete';
}

export interface ImportPlan {
  format: ImportFormat;
  total: number;
  counts: {
    new: number;
    updated: number;
    deleted: number;
    unchanged: number;
    conflicting: number;
    invalid: number;
  };
  invalid: { row: number; reason: string }[];
  conflicts: ImportConflict[];
  /** CSV only: the headers found, the mapping used, and the first rows as they will be read. */
  csv?: { headers: string[]; mapping: CsvMapping; preview: Record<string, string>[] };
}

export interface ImportResult {
  applied: { new: number; updated: number; deleted: number; conflictsTakenIncoming: number };
  plan: ImportPlan;
}

export const exportInput = z
  .object({
    format: z.enum(importFormats),
    /** Only these questions; all when absent. */
    ids: z.array(z.uuid()).max(IMPORT_LIMITS.items).optional(),
    /** Only the live questions a search finds (what the list shows); all when absent. */
    search: z
      .object({ text: z.string().max(500).default(''), filters: questionFilters.default({}) })
      .strict()
      .optional(),
  })
  .strict();

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  /** Live questions in the file. */
  count: number;
  /** Deletion markers (tombstones) in a JSON file; always 0 for CSV. */
  deleted: number;
}
