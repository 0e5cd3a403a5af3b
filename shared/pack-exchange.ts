import { z } from 'zod';
import { INTERVIEW_LIMITS } from './interviews';
import { cappedText } from './questions';
import type { AttributeScore, Recommendation } from './scorecards';

/**
 * Files that travel between Reqdesk installs: an interview pack (recruiter -> interviewer),
 * a returned scorecard (interviewer -> recruiter) and a role bundle (recruiter -> recruiter).
 * Not the question-bank archive of ./exchange.ts, which is a different file.
 *
 * On disk every file is one JSON object, the envelope: its format name and version, its kind,
 * who made it, and the content as a JSON text (`payload`) with the SHA-256 of that text's
 * UTF-8 bytes. The hash is over the exact text, so no canonical form is needed: any edit or
 * cut in the payload changes it. A file is checked whole (size, magic bytes, nesting, keys,
 * control characters, hash, version, schema) before anything is written.
 */

export const PACK_EXCHANGE_FORMAT = 'reqdesk-transfer';
/** The newest format this build reads and the one it writes; a higher one is refused. */
export const PACK_EXCHANGE_VERSION = 1;

export const exchangeKinds = ['pack', 'scorecard', 'role-bundle'] as const;
export type ExchangeKind = (typeof exchangeKinds)[number];

/** File name endings, also registered as file types for double-click (electron-builder.yml). */
export const exchangeExtensions: Record<ExchangeKind, string> = {
  pack: '.reqdesk-pack',
  scorecard: '.reqdesk-scorecard',
  'role-bundle': '.reqdesk-role',
};
export const EXCHANGE_MIME = 'application/json';

export const EXCHANGE_LIMITS = {
  /** Whole file (a role bundle with 1,000 scorecards is about 10 MB); larger is refused unread. */
  bytes: 32 * 1024 * 1024,
  /** Nesting of the envelope and of its payload; a Reqdesk file never goes past 12. */
  depth: 24,
  /** Records of one file (scorecards, versions, candidates, questions...). */
  records: 50_000,
} as const;

/** Who made a version: the install (meta.install_id) and that install's own counter. */
export const versionOrigin = z
  .object({
    installId: z.string().min(1).max(80),
    counter: z.number().int().min(0),
    at: z.string().max(40),
  })
  .strict();
export type VersionOrigin = z.infer<typeof versionOrigin>;

/** The envelope as it is on disk. `payload` is the JSON text of the kind's content. */
export const exchangeEnvelope = z
  .object({
    format: z.literal(PACK_EXCHANGE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.enum(exchangeKinds),
    exportedAt: z.string().max(40),
    app: z.object({ name: z.string().max(40), version: z.string().max(40) }).strict(),
    installId: z.string().min(1).max(80),
    /** Lower-case hex SHA-256 of the UTF-8 bytes of `payload`. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'The file has no valid SHA-256.'),
    payload: z.string(),
  })
  .strict();
export type ExchangeEnvelope = z.infer<typeof exchangeEnvelope>;

// ------------------------------------------------------------------ channel inputs

const uuid = (what: string) => z.uuid(`That is not ${what} id.`);

/** What to export; `exchange.export` returns the file, `exchange.save` writes it where Electron's save dialog says. */
export const exchangeExportInput = z.discriminatedUnion('kind', [
  /** One candidate, one round of their role's loop, one interviewer: what that interviewer needs and nothing else. */
  z
    .object({
      kind: z.literal('pack'),
      candidateId: uuid('a candidate'),
      roundId: uuid('a round'),
      interviewer: cappedText(INTERVIEW_LIMITS.interviewer, "The interviewer's name").pipe(
        z.string().trim().min(1, "The interviewer's name is empty."),
      ),
    })
    .strict(),
  /** A submitted scorecard with every version, for the recruiter who sent the pack. */
  z.object({ kind: z.literal('scorecard'), scorecardId: uuid('a scorecard') }).strict(),
  /** The whole role: spec, JD, loop, kits, calibration, the questions they use, candidates and their submitted scorecards. */
  z.object({ kind: z.literal('role-bundle'), roleId: uuid('a role') }).strict(),
]);
export type ExchangeExportInput = z.input<typeof exchangeExportInput>;

export interface ExchangeFile {
  kind: ExchangeKind;
  /** Suggested name, ending in the kind's extension. */
  fileName: string;
  mimeType: string;
  /** The file's text (UTF-8 JSON): what to download or write as is. */
  content: string;
  sha256: string;
}

export interface ExchangeSaveResult {
  /** Full path written; null when the person closed the save dialog. */
  saved: string | null;
  canceled: boolean;
  fileName: string;
}

/** A file picked, dropped or opened: its name and its text, read by the window. Checked whole before use. */
export const exchangeImportInput = z
  .object({
    fileName: z.string().max(260).default('file'),
    content: z
      .string()
      .max(
        EXCHANGE_LIMITS.bytes,
        `The file is larger than ${EXCHANGE_LIMITS.bytes / 1024 / 1024} MB, more than any Reqdesk file; nothing was imported.`,
      ),
    /**
     * A scorecard answering a pack this database never sent is refused unless this is set: then
     * it comes in under a new candidate (the recruiter lost the pack, or the database was replaced).
     */
    allowUnknownPack: z.boolean().default(false),
  })
  .strict();
export type ExchangeImportInput = z.input<typeof exchangeImportInput>;

// ------------------------------------------------------------------ import report

/** Kinds of record a file carries; each has a stable id and versions. */
export const exchangeRecordTypes = [
  'role',
  /** What an interviewer gets of the role in a pack: title, level, archetype, what the hire owns, must-haves. */
  'role-summary',
  'jd',
  'round',
  'question',
  'candidate',
  /** What an interviewer gets of the candidate in a pack: the name. */
  'candidate-summary',
  'pack',
  'interview',
  'scorecard',
] as const;
export type ExchangeRecordType = (typeof exchangeRecordTypes)[number];

/**
 * What importing did (or, in a dry run, would do) to one record:
 * - added: not here before;
 * - new-version: known here, and the file has a newer version, added beside the old ones;
 * - unchanged: this very version (same content hash) is here already;
 * - conflict: a different content claims a version this database has: both kept, resolve by hand;
 * - refused: not taken, with the reason.
 */
export type ExchangeOutcome = 'added' | 'new-version' | 'unchanged' | 'conflict' | 'refused';

export interface ExchangeRecordResult {
  type: ExchangeRecordType;
  id: string;
  /** What a person recognises: "Scorecard of Dana Kim, System design". */
  label: string;
  version: number;
  outcome: ExchangeOutcome;
  /** Why, for refused and conflict. */
  reason?: string;
}

export interface ExchangeReport {
  dryRun: boolean;
  kind: ExchangeKind;
  fileName: string;
  sha256: string;
  formatVersion: number;
  /** The install that wrote the file and when. */
  from: { installId: string; appVersion: string; exportedAt: string };
  counts: Record<ExchangeOutcome, number>;
  records: ExchangeRecordResult[];
  /**
   * Set when the file is a scorecard answering a pack this database never sent: nothing is
   * imported; importing again with `allowUnknownPack` brings it in under a new candidate.
   */
  unknownPack: { packId: string; candidateName: string; interviewer: string; message: string } | null;
  /** Where to go after: for a pack, the interview ready to start; for a scorecard, its candidate's debrief. */
  target: {
    roleId: string;
    candidateId: string | null;
    roundId: string | null;
    interviewer: string | null;
    scorecardId: string | null;
  } | null;
  /** One sentence for the person ("2 added, 1 new version, 0 conflicts."). */
  summary: string;
}

// ------------------------------------------------------------------ conflicts

/** One side of a scorecard conflict, as the scorecard reads: what a person weighs before keeping it. */
export interface ConflictScorecard {
  interviewer: string;
  recommendation: Recommendation;
  summary: string;
  /** Why that version was made (a revision's reason), if it says. */
  reason: string | null;
  submittedAt: string;
  ratings: { attribute: string; label: string; rating: AttributeScore; note: string }[];
}

export interface ExchangeConflictSide {
  origin: VersionOrigin;
  sha256: string;
  /** A few lines a person can compare (recommendation, summary, ratings...). */
  preview: string[];
  /** For a scorecard, the side in full; null for other records, or when the content is gone. */
  scorecard: ConflictScorecard | null;
}

/** Two contents claiming one version of one record: both kept until a person picks. */
export interface ExchangeConflict {
  id: string;
  type: ExchangeRecordType;
  recordId: string;
  label: string;
  version: number;
  local: ExchangeConflictSide;
  incoming: ExchangeConflictSide & { fileName: string; importedAt: string };
  /** The candidate and role it concerns, to link to the debrief; null for role-level records. */
  candidateId: string | null;
  roleId: string | null;
}

export const exchangeConflictListInput = z
  .object({ roleId: uuid('a role').optional(), candidateId: uuid('a candidate').optional() })
  .strict();

/**
 * Resolving never rewrites history: 'local' drops the incoming content; 'incoming' adds it
 * as the next version (for a scorecard, a revision with the reason saying where it came from).
 */
export const exchangeResolveInput = z
  .object({ id: uuid('a conflict'), keep: z.enum(['local', 'incoming']) })
  .strict();
export type ExchangeResolveInput = z.input<typeof exchangeResolveInput>;
