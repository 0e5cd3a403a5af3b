import readline from 'node:readline/promises';
import type { BackupCounts, BackupEntry } from '../../../shared/backup';
import { createBackup } from '../../core/backup/create';
import { backupFolder } from '../../core/backup/folder';
import { refusal, restoreBackup } from '../../core/backup/restore';
import { backupsOf } from '../../core/backup/rotate';
import { verifyBackupFile } from '../../core/backup/verify';
import { AppError } from '../../core/errors';
import { databaseFile, withCoreContext } from '../core-session';
import { type CliIo, noMorePositionals, parseCommandArgs, printJson } from '../io';

const usage = `reqdesk backup create [--to DIR] [--db PATH] [--json]
       reqdesk backup list [--db PATH] [--json]
       reqdesk backup verify FILE [--json]
       reqdesk backup restore FILE [--yes] [--db PATH] [--json]`;

const count = (n: number | null, one: string): string =>
  n === null ? `no ${one}s` : `${n} ${one}${n === 1 ? '' : 's'}`;
const countsText = (c: BackupCounts): string =>
  `${count(c.roles, 'role')}, ${count(c.candidates, 'candidate')}, ${count(c.interviews, 'interview')}, ${count(c.scorecards, 'scorecard')}`;

const entryLine = (b: BackupEntry): string =>
  `${b.createdAt}  ${b.reason.padEnd(14)}  ${(b.sizeBytes / 1024 / 1024).toFixed(1).padStart(7)} MB  ${countsText(b.counts)}${b.tooNew ? '  (newer Reqdesk)' : ''}\n  ${b.path}`;

/** Asks on a terminal; anywhere else (a script, a pipe) there is nobody to ask, so the answer is no. */
async function confirmed(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

async function restore(
  file: string,
  values: { db?: string; yes?: boolean; json?: boolean },
  io: CliIo,
): Promise<number> {
  const check = await verifyBackupFile(file);
  if (!check.ok) throw refusal(check);
  const target = databaseFile(values.db, { existing: true });
  io.out(`Backup:   ${check.path}`);
  io.out(`Taken:    ${check.manifest?.createdAt ?? 'unknown (no manifest beside it)'}`);
  io.out(`Holds:    ${countsText(check.counts)} (schema ${check.schemaVersion})`);
  io.out(`Replaces: ${target} (a backup of it is taken first)`);
  if (!values.yes && !(await confirmed('Restore this backup?'))) {
    io.err('Not restored. Run again with --yes to restore without being asked.');
    return 1;
  }
  const result = await withCoreContext(values.db, (ctx) => restoreBackup(ctx, file), { existing: true });
  if (values.json) printJson(io, result);
  else io.out(`Restored. The database as it was before is kept at ${result.safetyBackup.path}`);
  return 0;
}

export const backupCommand = {
  name: 'backup',
  summary: 'Take, list, check and restore verified backups of the database',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      to: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
    });
    const [verb, file] = positionals;
    if (verb === 'create') {
      noMorePositionals(positionals, 1, usage);
      const entry = await withCoreContext(
        values.db,
        (ctx) => createBackup(ctx, { reason: 'manual', folder: values.to as string | undefined }),
        { existing: true },
      );
      if (values.json) printJson(io, entry);
      else io.out(`Backup written and verified: ${entry.path}\n${countsText(entry.counts)}`);
      return 0;
    }
    if (verb === 'list') {
      noMorePositionals(positionals, 1, usage);
      const dbPath = databaseFile(values.db, { existing: true });
      const { folder } = backupFolder(dbPath);
      const backups = backupsOf(folder, dbPath);
      if (values.json) printJson(io, { folder, backups });
      else if (backups.length === 0) io.out(`No backups yet in ${folder}.`);
      else {
        io.out(`Backups in ${folder}, newest first:`);
        for (const b of backups) io.out(entryLine(b));
      }
      return 0;
    }
    if (verb === 'verify' && file) {
      noMorePositionals(positionals, 2, usage);
      const check = await verifyBackupFile(file);
      if (values.json) printJson(io, check);
      else {
        io.out(`${check.path}: ${check.ok ? 'verified' : 'FAILED'}`);
        io.out(`schema ${check.schemaVersion}; ${countsText(check.counts)}`);
        if (!check.manifest) io.out('(no manifest beside it: size and SHA-256 not compared)');
        for (const problem of check.problems) io.out(`problem: ${problem}`);
      }
      return check.ok ? 0 : 1;
    }
    if (verb === 'restore' && file) {
      noMorePositionals(positionals, 2, usage);
      return restore(file, values as { db?: string; yes?: boolean; json?: boolean }, io);
    }
    throw new AppError('bad_input', `Usage: ${usage}`);
  },
};
