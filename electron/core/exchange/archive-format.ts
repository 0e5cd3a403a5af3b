import { z } from 'zod';

/** The "take everything out" archive: see docs/export-format.md, which must say the same. */
export const ARCHIVE_FORMAT = 'reqdesk-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
/** Larger archives are refused before parsing (a JSON string cannot pass about 512 MB in Node). */
export const MAX_ARCHIVE_BYTES = 400 * 1024 * 1024;

const cell = z.union([
  z.null(),
  z.number(),
  z.string(),
  z.object({ $blob: z.base64() }).strict(),
  z.object({ $int: z.string().regex(/^-?\d{1,20}$/) }).strict(),
]);

export const archiveTable = z
  .object({
    name: z.string().min(1).max(128),
    columns: z.array(z.string().min(1).max(128)).min(1).max(500),
    rows: z.array(z.array(cell)),
    rowCount: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
  .refine((t) => t.rows.length === t.rowCount, { message: 'rowCount does not match the rows' })
  .refine((t) => t.rows.every((row) => row.length === t.columns.length), {
    message: 'a row has more or fewer cells than there are columns',
  });

export const archiveSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.number().int().min(1),
    exportedAt: z.iso.datetime(),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    schemaVersion: z.number().int().min(1),
    installId: z.string(),
    tables: z.array(archiveTable),
  })
  .strict();

export type Archive = z.infer<typeof archiveSchema>;
export type ArchiveTable = z.infer<typeof archiveTable>;
