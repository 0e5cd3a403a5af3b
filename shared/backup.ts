import { z } from 'zod';

/** Why a backup was taken: shown in the list, and kept in the file name. */
export const backupReasons = [
  'scheduled',
  'manual',
  'before-restore',
  'before-import',
  'before-upgrade',
] as const;
export type BackupReason = (typeof backupReasons)[number];

export interface BackupCounts {
  roles: number | null;
  candidates: number | null;
  interviews: number | null;
  scorecards: number | null;
}

/** The manifest beside every backup file: written only after the file passed its checks. */
export interface BackupManifest {
  format: 'reqdesk-backup';
  formatVersion: 1;
  /** The backup's file name, in the same folder as the manifest. */
  file: string;
  createdAt: string;
  reason: BackupReason;
  appVersion: string;
  schemaVersion: number;
  sizeBytes: number;
  sha256: string;
  counts: BackupCounts;
  /** When integrity_check last passed on the file (taken, or rewritten by a purge). */
  verifiedAt: string;
  /** Candidates erased from this backup after it was taken. */
  purgedCandidates: number;
}

export interface BackupEntry extends BackupManifest {
  /** Full path of the backup file. */
  path: string;
  /** Written by a newer Reqdesk: listed, but it cannot be restored by this version. */
  tooNew: boolean;
}

export interface BackupFailure {
  at: string;
  reason: BackupReason;
  message: string;
}

export interface BackupProgress {
  reason: BackupReason;
  phase: 'copying' | 'verifying';
  /** 0..1 of the pages copied. */
  fraction: number;
}

export interface BackupStatus {
  databasePath: string;
  folder: string;
  /** The folder is the default one beside the database. */
  folderIsDefault: boolean;
  /** Why the folder cannot take backups now (missing, read-only), or null. */
  folderProblem: string | null;
  backups: BackupEntry[];
  /** The newest verified backup, or null. */
  last: BackupEntry | null;
  /** The latest attempt that failed, if it came after the last good backup. */
  lastFailure: BackupFailure | null;
  running: BackupProgress | null;
  /** "Show in folder" is available (Electron). */
  canShowInFolder: boolean;
  rotationRule: string;
}

export interface BackupVerification {
  path: string;
  ok: boolean;
  problems: string[];
  schemaVersion: number;
  counts: BackupCounts;
  /** The manifest beside it, if there is one. */
  manifest: BackupManifest | null;
}

export interface RestoreResult {
  restored: BackupEntry | { path: string };
  /** The backup of the database as it was just before, to undo the restore. */
  safetyBackup: BackupEntry;
}

export interface CandidateInBackups {
  /** Backups that still hold the candidate. */
  holding: number;
  total: number;
}

export interface PurgeResult {
  purged: number;
  /** Backups that could not be rewritten (their message), which still hold the candidate. */
  failed: { path: string; message: string }[];
}

const backupPath = z.string().trim().min(1, 'Choose a backup.').max(4096);

export const backupCreateInput = z.object({}).strict();
export const backupByPathInput = z.object({ path: backupPath }).strict();
export const backupFolderInput = z
  .object({
    /** An absolute folder path; null goes back to the default beside the database. */
    folder: z.string().trim().min(1).max(4096).nullable(),
  })
  .strict();
export const candidateInBackupsInput = z
  .object({ candidateId: z.uuid('That is not a candidate id.') })
  .strict();
export const showInFolderInput = z
  .object({ target: z.enum(['database', 'backups']), path: backupPath.optional() })
  .strict();
