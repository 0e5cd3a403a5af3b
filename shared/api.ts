import { z } from 'zod';
import {
  type BackupEntry,
  type BackupStatus,
  type BackupVerification,
  backupByPathInput,
  backupCreateInput,
  backupFolderInput,
  type CandidateInBackups,
  candidateInBackupsInput,
  type PurgeResult,
  type RestoreResult,
  showInFolderInput,
} from './backup';
import {
  type Candidate,
  type CandidateDeleteResult,
  type CandidateListItem,
  candidateByIdInput,
  candidateCreateInput,
  candidateListInput,
  candidateUpdateInput,
} from './candidates';
import {
  type CalibrationReport,
  type CandidateNote,
  type CandidateRecord,
  calibrationReportInput,
  candidateNoteInput,
  type Debrief,
  type Decision,
  debriefInput,
  decisionRecordInput,
  rejectionReasonsInput,
} from './debrief';
import { type DocumentExportResult, type DocumentSaveResult, documentExportInput } from './documents';
import type { CompAdvice } from './domain/comp/advice';
import type { CompData } from './domain/comp/comp-data';
import { compInputSchema, compReset, compRowEdit } from './domain/comp/comp-input';
import { type ExportFile, exportInput, type ImportPlan, type ImportResult, importInput } from './exchange';
import {
  endInterviewInput,
  type Interview,
  type InterviewSummary,
  insertAdHocInput,
  interviewByIdInput,
  interviewListInput,
  interviewStartInput,
  type SaveItemResult,
  saveItemInput,
  setPositionInput,
} from './interviews';
import {
  type Jd,
  type JdCheckResult,
  type JdImportResult,
  type JdPlaceholders,
  type JdRegenerateResult,
  type JdSaveResult,
  type JdToRoleSpecResult,
  type JdVersion,
  jdByIdInput,
  jdCheckInput,
  jdForRoleInput,
  jdImportInput,
  jdMarkFinalInput,
  jdRegenerateInput,
  jdSaveInput,
  jdToRoleSpecInput,
} from './jd';
import {
  addRoundInput,
  calibrationInput,
  type KitSuggestResult,
  kitAddInput,
  kitItemByIdInput,
  kitItemsByIdInput,
  kitMeasuresInput,
  kitMinutesInput,
  kitSuggestInput,
  type Loop,
  loopGetInput,
  moveInput,
  roundByIdInput,
  updateRoundInput,
} from './kits';
import type { OpenedFile } from './opened-file';
import {
  type ExchangeConflict,
  type ExchangeFile,
  type ExchangeReport,
  type ExchangeSaveResult,
  exchangeConflictListInput,
  exchangeExportInput,
  exchangeImportInput,
  exchangeResolveInput,
} from './pack-exchange';
import {
  type FacetCounts,
  type Question,
  type QuestionSearchResult,
  questionDraft,
  questionFilters,
  questionSearchInput,
} from './questions';
import { type Role, type RoleSummary, roleListInput, roleSpec, roleSpecPatch } from './roles';
import {
  type Scorecard,
  type ScorecardVersion,
  scorecardByIdInput,
  scorecardDraftInput,
  scorecardForInterviewInput,
  scorecardReviseInput,
  scorecardSubmitInput,
  scorecardsForCandidateInput,
  type VisibleScorecards,
} from './scorecards';
import { type Settings, settingChange } from './settings';

/**
 * THE contract between the renderer and the core. Every channel names its zod input schema
 * (checked by the handler wrapper before any core code runs) and its output type.
 *
 * To add a channel: add it here, implement it in electron/core/handlers.ts (the compiler
 * insists), and call it from the renderer with `invoke('area.verb', input)`.
 */

export interface AppInfo {
  name: string;
  version: string;
  databasePath: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  sqliteVersion: string;
  installId: string;
  transport: 'electron' | 'preview' | 'cli';
}

/** Declares a channel: `channel<Output>()(inputSchema)`. */
const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

const noInput = z.object({}).strict();
const byId = z.object({ id: z.uuid('That is not a question id.') }).strict();
const roleById = z.object({ id: z.uuid('That is not a role id.') }).strict();

export const channels = {
  'app.info': channel<AppInfo>()(noInput),
  'settings.get': channel<Settings>()(noInput),
  'settings.set': channel<Settings>()(settingChange),

  'questions.search': channel<QuestionSearchResult>()(questionSearchInput),
  'questions.facets': channel<FacetCounts>()(
    z.object({ text: z.string().max(500).default(''), filters: questionFilters.default({}) }).strict(),
  ),
  'questions.get': channel<Question>()(byId),
  'questions.create': channel<Question>()(z.object({ draft: questionDraft }).strict()),
  'questions.update': channel<Question>()(
    z
      .object({ id: z.uuid(), draft: questionDraft, expectedUpdatedAt: z.string().max(40).optional() })
      .strict(),
  ),
  'questions.duplicate': channel<Question>()(byId),
  'questions.delete': channel<{ id: string; deletedAt: string }>()(byId),
  'questions.restore': channel<Question>()(byId),
  /** Dry run: counts of new, updated, unchanged, conflicting and invalid rows; writes nothing. */
  'questions.importPlan': channel<ImportPlan>()(importInput),
  'questions.importApply': channel<ImportResult>()(importInput),
  'questions.export': channel<ExportFile>()(exportInput),

  'roles.list': channel<RoleSummary[]>()(roleListInput),
  'roles.get': channel<Role>()(roleById),
  'roles.create': channel<Role>()(z.object({ spec: roleSpec.optional() }).strict()),
  /** An autosave: `clientSeq` grows with each edit, so a late save never undoes a newer one. */
  'roles.patch': channel<{ role: Role; applied: boolean; lastClientSeq: number }>()(
    z.object({ id: z.uuid(), patch: roleSpecPatch, clientSeq: z.number().int().min(1) }).strict(),
  ),
  'roles.duplicate': channel<Role>()(roleById),
  'roles.archive': channel<Role>()(z.object({ id: z.uuid(), archived: z.boolean() }).strict()),
  'roles.delete': channel<{ id: string; deletedAt: string }>()(roleById),
  'roles.restore': channel<Role>()(roleById),

  /**
   * Loop and kits. `loop.get` creates the default four rounds the first time a role's
   * loop is read. Every mutation returns the whole updated Loop (rounds with their kits,
   * calibration, coverage matrix and its warnings). Positions are 0-based.
   */
  'loop.get': channel<Loop>()(loopGetInput),
  /** `{ roleId, name, kind = 'custom', minutes = 45, position? }` (at the end without a position). */
  'loop.addRound': channel<Loop>()(addRoundInput),
  /** Rename, change length, sessions or focus attributes: `{ id, name?, minutes?, sessions?, focusAttributes? }`. */
  'loop.updateRound': channel<Loop>()(updateRoundInput),
  /** Removes a round and its kit; interviews already held keep their snapshot. */
  'loop.removeRound': channel<Loop>()(roundByIdInput),
  'loop.moveRound': channel<Loop>()(moveInput),
  /** Marks a question core (7-8 per loop) and/or sets the agreed strong answer (null = back to the bank's). */
  'loop.setCalibration': channel<Loop>()(calibrationInput),
  /** `{ roundId, questionId, position? }`: the item's minutes start at the question's suggested minutes. */
  'kit.addQuestion': channel<Loop>()(kitAddInput),
  'kit.removeItem': channel<Loop>()(kitItemByIdInput),
  /** Several items of one kit at once (the undo of a suggestion). */
  'kit.removeItems': channel<Loop>()(kitItemsByIdInput),
  /**
   * Fills the rest of a round's time with bank questions for its kind, the role's archetype and
   * level, picked to measure each focus attribute (see shared/domain/kits/suggest.ts).
   */
  'kit.suggest': channel<KitSuggestResult>()(kitSuggestInput),
  'kit.moveItem': channel<Loop>()(moveInput),
  'kit.setMinutes': channel<Loop>()(kitMinutesInput),
  /** Links a kit question to the focus attributes of its round it measures: `{ id, attributes }` (the whole set). */
  'kit.setMeasures': channel<Loop>()(kitMeasuresInput),

  /** Candidates of one role (or all), newest first, with their interview counts. */
  'candidates.list': channel<CandidateListItem[]>()(candidateListInput),
  'candidates.get': channel<Candidate>()(candidateByIdInput),
  'candidates.create': channel<Candidate>()(candidateCreateInput),
  'candidates.update': channel<Candidate>()(candidateUpdateInput),
  /** Removes the candidate with their interviews, notes and scorecards in one transaction; says how many rows went. */
  'candidates.delete': channel<CandidateDeleteResult>()(candidateByIdInput),

  /** Starts (or, for the same candidate, round and interviewer, resumes) an interview: snapshots the round's kit. */
  'interviews.start': channel<Interview>()(interviewStartInput),
  'interviews.get': channel<Interview>()(interviewByIdInput),
  'interviews.list': channel<InterviewSummary[]>()(interviewListInput),
  /** Interviews left in progress (the app or the machine stopped): offer to resume them on launch. */
  'interviews.inProgress': channel<InterviewSummary[]>()(noInput),
  /** The autosave of one item (rating, evidence, judgement, red flags, elapsed); late saves are dropped. */
  'interviews.saveItem': channel<SaveItemResult>()(saveItemInput),
  /** Where the interviewer is and the round's elapsed time, for resume. */
  'interviews.setPosition': channel<SaveItemResult>()(setPositionInput),
  /** A bank question added during the interview after `afterItemId` (null: first). */
  'interviews.insertAdHoc': channel<Interview>()(insertAdHocInput),
  /** Ends the interview (Ctrl/Cmd+Enter) and creates its scorecard draft. */
  'interviews.end': channel<Interview>()(endInterviewInput),

  /** The interview's scorecard: a draft prefilled with the focus attributes and their evidence, or the submitted one. */
  'scorecards.forInterview': channel<Scorecard>()(scorecardForInterviewInput),
  'scorecards.saveDraft': channel<Scorecard>()(scorecardDraftInput),
  /** Locks the scorecard as version 1 with a timestamp; every attribute rated, a recommendation and a summary. */
  'scorecards.submit': channel<Scorecard>()(scorecardSubmitInput),
  /** A change after submitting: a new version with its reason; earlier versions stay readable. */
  'scorecards.revise': channel<Scorecard>()(scorecardReviseInput),
  /** Submitted versions, oldest first, for `viewer` (refused if they may not see the scorecard). */
  'scorecards.versions': channel<ScorecardVersion[]>()(scorecardByIdInput),
  /** What `interviewer` may see: their own, and others' submitted ones only once they have submitted theirs. */
  'scorecards.listForCandidate': channel<VisibleScorecards>()(scorecardsForCandidateInput),
  'scorecards.get': channel<Scorecard>()(scorecardByIdInput),

  /**
   * The debrief of a candidate for a role: grid, aggregate, disagreements, missing scorecards,
   * the 48-hour clock and the decision. `viewer` with scorecards of their own still open is refused.
   */
  'debrief.get': channel<Debrief>()(debriefInput),
  /** The candidate page: the debrief with the stage timeline and notes. */
  'debrief.candidate': channel<CandidateRecord>()(debriefInput),
  /** Records the decision (version 1), or a new version with its reason; the stage follows. */
  'debrief.decide': channel<Decision>()(decisionRecordInput),
  'debrief.rejectionReasons': channel<string[]>()(noInput),
  'debrief.setRejectionReasons': channel<string[]>()(rejectionReasonsInput),
  /** Per interviewer of a role: leniency against the panel, spread, not asked and evidence figures. */
  'debrief.calibration': channel<CalibrationReport>()(calibrationReportInput),
  /** A dated note on a candidate; returns all their notes, newest first. */
  'candidates.addNote': channel<CandidateNote[]>()(candidateNoteInput),

  /** A document in the formats asked for, as base64 files for the browser preview to download. */
  'documents.export': channel<DocumentExportResult>()(documentExportInput),
  /** The same files, written where the person points Electron's save dialog. */
  'documents.save': channel<DocumentSaveResult>()(documentExportInput),

  /** The comp data: shipped figures with the user's edits laid over them (edited rows marked). */
  'comp.data': channel<CompData>()(noInput),
  /** Changes figures of one row (min <= max, plausible numbers, YYYY-MM-DD date); returns the data. */
  'comp.editRow': channel<CompData>()(compRowEdit),
  /** Back to the shipped figures: `{ scope: 'row', id }` or `{ scope: 'all' }`; returns the data. */
  'comp.reset': channel<CompData>()(compReset),
  /** The comp advisor for an ad-hoc spec (a CompInput; left-out fields are empty). */
  'comp.advise': channel<CompAdvice>()(compInputSchema),
  /** The comp advisor for a stored role. */
  'comp.adviseRole': channel<CompAdvice>()(roleById),

  /** The JD checks on pasted text or a JD in sections: findings, score, and the flat text they point into. */
  'jd.check': channel<JdCheckResult>()(jdCheckInput),
  /** Reads an old JD from a .docx, .txt or .md file (base64, at most 5 MB) and splits it into sections. */
  'jd.importFile': channel<JdImportResult>()(jdImportInput),

  /** The JD builder: the role's JD, generated from its spec the first time; `stale` says which sections the spec has moved past. */
  'jd.forRole': channel<Jd>()(jdForRoleInput),
  /** An autosave of edited sections: a save older than the last stored `clientSeq` is dropped (`applied: false`). */
  'jd.save': channel<JdSaveResult>()(jdSaveInput),
  /** Regenerates one section from the spec; a hand-edited one is kept (`kept: true`) unless `force`. */
  'jd.regenerate': channel<JdRegenerateResult>()(jdRegenerateInput),
  'jd.markFinal': channel<Jd>()(jdMarkFinalInput),
  /** The checks on the stored JD with its role's context (location, level, stack, the advisor's band). */
  'jd.checkStored': channel<JdCheckResult>()(jdByIdInput),
  /** The placeholders left in the role's stored JD, for the intake's progress; reads only, never generates a JD. */
  'jd.placeholders': channel<JdPlaceholders>()(jdForRoleInput),
  /** The snapshots stored by exports, newest first. */
  'jd.versions': channel<JdVersion[]>()(jdByIdInput),
  /** "Convert to role spec": what an old JD tells about the role, and the fields still to fill. */
  'jd.toRoleSpec': channel<JdToRoleSpecResult>()(jdToRoleSpecInput),

  /** Backups (Settings > Data): where the database and backups are, the list, the last result, progress. */
  'backup.status': channel<BackupStatus>()(noInput),
  /** "Back up now": copied online, verified, listed; poll backup.status for its progress. */
  'backup.create': channel<BackupEntry>()(backupCreateInput),
  /** Full check of a listed backup: integrity, schema, size, SHA-256 and counts against its manifest. */
  'backup.verify': channel<BackupVerification>()(backupByPathInput),
  /** Replaces the database with a listed backup, after backing the current one up; then the app reloads. */
  'backup.restore': channel<RestoreResult>()(backupByPathInput),
  /** Chooses the backup folder (checked writable first); null goes back to the default beside the database. */
  'backup.setFolder': channel<BackupStatus>()(backupFolderInput),
  /** Electron only: shows the database, the backup folder or a listed backup in the file manager. */
  'backup.showInFolder': channel<{ shown: true }>()(showInFolderInput),
  /** How many backups still hold a candidate (after deleting them). */
  'backup.candidateInBackups': channel<CandidateInBackups>()(candidateInBackupsInput),
  /** Erases a deleted candidate from every backup: each rewritten and verified again. */
  'backup.purgeCandidate': channel<PurgeResult>()(candidateInBackupsInput),
  /** Everything in one JSON archive (docs/export-format.md); null when the save dialog was cancelled. */
  'data.exportAll': channel<{ file: string; tables: { name: string; rows: number }[] } | null>()(noInput),

  /** Files between installs (shared/pack-exchange.ts): an interview pack, a returned scorecard, a role bundle. */
  'exchange.export': channel<ExchangeFile>()(exchangeExportInput),
  /** The same file, written where Electron's save dialog says (absent in preview: use exchange.export). */
  'exchange.save': channel<ExchangeSaveResult>()(exchangeExportInput),
  /** Dry run of an import: the whole file checked and the report of what would change; writes nothing. */
  'exchange.previewImport': channel<ExchangeReport>()(exchangeImportInput),
  /** Imports by the merge rules (backup first); an invalid or hostile file is refused before any write. */
  'exchange.applyImport': channel<ExchangeReport>()(exchangeImportInput),
  /** Conflicts left to resolve by hand, optionally of one role or candidate. */
  'exchange.conflicts': channel<ExchangeConflict[]>()(exchangeConflictListInput),
  /** Resolves one conflict; returns the conflicts still open. */
  'exchange.resolveConflict': channel<ExchangeConflict[]>()(exchangeResolveInput),
  /** The next Reqdesk file opened from outside the window (double-click, File > Open); null when none waits. */
  'exchange.takeOpenedFile': channel<OpenedFile | null>()(noInput),
};

export type Channel = keyof typeof channels;
/** What a caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives: the input after its schema checked it and filled the defaults. */
export type ChannelParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = (typeof channels)[C]['output'];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name);
