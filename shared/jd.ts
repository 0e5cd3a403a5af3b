import { z } from 'zod';
import type { JdCheckReport, JdFlatSection, JdText } from './domain/jd';
import { jdSectionIds } from './domain/jd/document';
import type { JdInference } from './domain/jd/infer';
import { JD_MAX_SECTIONS } from './domain/jd/split';
import { levels } from './questions';
import { roleArchetypes, workModes } from './roles';

/** Most bytes an old JD file may have: the picker, the CLI and the core refuse more before reading it. */
export const JD_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** Caps for the JD channels. */
export const JD_LIMITS = {
  /** Characters of JD text a check takes; a long JD is about 5,000. */
  text: 200_000,
  /** A 5 MB file as base64 is about 7 million characters. */
  base64: 7_000_000,
  fileName: 255,
} as const;

const bodyIds = jdSectionIds.filter((id) => id !== 'title') as [
  Exclude<(typeof jdSectionIds)[number], 'title'>,
  ...Exclude<(typeof jdSectionIds)[number], 'title'>[],
];

export const jdTextSchema = z
  .object({
    title: z.string().max(500, 'The title is longer than 500 characters.'),
    sections: z
      .array(
        z
          .object({
            id: z.enum(bodyIds),
            heading: z.string().max(200, 'A heading is longer than 200 characters.'),
            text: z.string().max(JD_LIMITS.text, `A section is longer than ${JD_LIMITS.text} characters.`),
          })
          .strict(),
      )
      .max(JD_MAX_SECTIONS, `A JD has at most ${JD_MAX_SECTIONS} sections.`),
  })
  .strict();

/** The JD an input carries: pasted text, or a JD already in sections; each input asks for exactly one. */
export const jdSourceFields = {
  text: z
    .string()
    .max(JD_LIMITS.text, `The JD is longer than ${JD_LIMITS.text.toLocaleString('en-US')} characters.`)
    .optional(),
  document: jdTextSchema.optional(),
};

/** Check a JD: pasted text (split into sections here) or a JD already in sections (the builder). */
export const jdCheckInput = z
  .object({
    ...jdSourceFields,
    location: z.string().max(120, 'The location is longer than 120 characters.').optional(),
    workMode: z.enum(workModes).nullable().optional(),
    /** Null: the role spec has no archetype picked (a finding); left out: not known. */
    archetype: z.enum(roleArchetypes).nullable().optional(),
    level: z.enum(levels).nullable().optional(),
    stack: z.array(z.string().max(80)).max(20).optional(),
    rolePay: z
      .object({
        min: z.number().int().min(0).max(2_000_000).nullable(),
        max: z.number().int().min(0).max(2_000_000).nullable(),
        currency: z.enum(['USD', 'CAD', 'EUR', 'GBP']),
      })
      .strict()
      .nullable()
      .optional(),
    payBand: z
      .object({ min: z.number().int().min(0).max(2_000_000), max: z.number().int().min(0).max(2_000_000) })
      .strict()
      .refine((b) => b.min <= b.max, 'The band minimum is above its maximum.')
      .nullable()
      .optional(),
    /** Read the level, archetype and place a file leaves unsaid from its own words, and band it. */
    infer: z.boolean().optional(),
  })
  .strict()
  .refine(
    (i) => (i.text === undefined) !== (i.document === undefined),
    'Send either text or document, not both.',
  );

export const jdImportInput = z
  .object({
    name: z.string().min(1, 'The file needs a name.').max(JD_LIMITS.fileName, 'The file name is too long.'),
    base64: z
      .string()
      .max(JD_LIMITS.base64, 'The file is larger than 5 MB; a job description file can be at most 5 MB.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file contents are not valid base64.'),
  })
  .strict();

export interface JdCheckResult {
  report: JdCheckReport;
  /** The JD in sections (as sent, or as split from the text). */
  document: JdText;
  /** The flat text that findings' start/end point into. */
  text: string;
  sections: JdFlatSection[];
  /** What was read from the JD's own words when asked to infer (see shared/domain/jd/infer.ts). */
  inferred?: JdInferredContext;
}

export interface JdInferredContext extends JdInference {
  /** The comp advisor's band for what was inferred, or null when the level is unknown. */
  band: { min: number; max: number } | null;
  /** The band in words ("senior API role in Denver, CO"). */
  bandBasis: string | null;
}

export interface JdImportResult {
  name: string;
  format: 'txt' | 'md' | 'docx';
  /** The text as read from the file. */
  text: string;
  document: JdText;
}
