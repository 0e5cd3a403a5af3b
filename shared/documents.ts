import { z } from 'zod';
import { overrideReasonSchema } from './jd';

/**
 * What the renderer (and the CLI) can ask to export as a document. The input is a
 * union on `kind`: the JD export joins it as `{ kind: 'jd', roleId, ... }` when its builder lands.
 */

export const documentFormats = ['docx', 'pdf', 'both'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Most questions one printed sheet takes; a longer list is better narrowed first. */
export const QUESTION_SHEET_MAX = 60;

const common = {
  format: z.enum(documentFormats),
  /**
   * Unfilled "[placeholders]": 'ask' returns them without writing any file, so the person can
   * fill them or agree; 'remove' writes the files with the placeholders cut out.
   */
  placeholders: z.enum(['ask', 'remove']).default('ask'),
};

export const documentExportInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('question-sheet'),
      questionIds: z
        .array(z.uuid('That is not a question id.'))
        .min(1, 'Pick at least one question for the sheet.')
        .max(
          QUESTION_SHEET_MAX,
          `A sheet takes at most ${QUESTION_SHEET_MAX} questions: narrow the search first.`,
        ),
      ...common,
    })
    .strict(),
  /**
   * The JD of a role, from the stored JD; each export stores a snapshot (jd.versions).
   * A final JD without a range where a pay-transparency law requires one is refused
   * ('pay_transparency') unless `overrideReason` is given; the reason is kept on the snapshot.
   */
  z
    .object({
      kind: z.literal('jd'),
      roleId: z.uuid('That is not a role id.'),
      overrideReason: overrideReasonSchema.optional(),
      ...common,
    })
    .strict(),
  /** A round's kit, printed for the interviewer: questions, guide, anchors, probes, calibration notes. */
  z.object({ kind: z.literal('kit'), roundId: z.uuid('That is not a round id.'), ...common }).strict(),
  /**
   * A scorecard (by its id or its interview's). `viewer`: who is at the keyboard; another
   * interviewer's scorecard is refused to them as on screen. Left out (the command line), no check.
   */
  z
    .object({
      kind: z.literal('scorecard'),
      id: z.uuid('That is not a scorecard id.'),
      viewer: z.string().trim().min(1).max(80).optional(),
      ...common,
    })
    .strict(),
  /** The debrief packet of a candidate for a role (their current role when left out). */
  z
    .object({
      kind: z.literal('debrief'),
      candidateId: z.uuid('That is not a candidate id.'),
      roleId: z.uuid('That is not a role id.').optional(),
      ...common,
    })
    .strict(),
]);

export type DocumentExportInput = z.input<typeof documentExportInput>;
export type DocumentSource = z.output<typeof documentExportInput>;

export const DOCUMENT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** One exported file, carried as base64 so it survives IPC and HTTP alike. */
export interface ExportedDocument {
  name: string;
  mime: string;
  base64: string;
}

export interface DocumentExportResult {
  /** Empty when placeholders were found and the input said 'ask'. */
  files: ExportedDocument[];
  /** The unfilled placeholders found, each once, in order ("[team size]"). */
  placeholders: string[];
}

export interface DocumentSaveResult {
  /** Full paths written; empty when the person closed the save dialog or placeholders were found. */
  saved: string[];
  canceled: boolean;
  placeholders: string[];
}
