import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackupFolder } from '../../../electron/core/backup/folder';
import { restoreBackup } from '../../../electron/core/backup/restore';
import { backupStatus } from '../../../electron/core/backup/service';
import { verifyBackupFile } from '../../../electron/core/backup/verify';
import type { CoreContext } from '../../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { listBackups, openDatabase } from '../../../electron/core/db/open';
import { openCore } from '../../../electron/core/open-core';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OLD = LATEST_SCHEMA_VERSION - 1;
const readTheme = (ctx: CoreContext) =>
  ctx.database.sqlite.prepare("select value from settings where key = 'theme'").pluck().get();

/** A database file as the previous Reqdesk left it, holding one setting to recognise it by. */
async function previousVersionFile(theme: string): Promise<{ dir: string; file: string }> {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const file = path.join(dir, 'reqdesk.sqlite');
  const old = await openDatabase(file, { migrateTo: OLD });
  old.sqlite
    .prepare("insert into settings (key, value, updated_at) values ('theme', ?, '2026-11-01T00:00:00Z')")
    .run(JSON.stringify(theme));
  await old.close();
  return { dir, file };
}

async function open(file: string, now = new Date('2026-12-01T09:30:00Z')): Promise<CoreContext> {
  const ctx = await openCore(file, { transport: 'cli', clock: () => now });
  cleanups.push(() => ctx.database.close());
  return ctx;
}

describe('the copy taken before a schema upgrade', () => {
  it('is listed in Settings > Data as a verified backup of the old version', async () => {
    const { file } = await previousVersionFile('light');
    const ctx = await open(file);

    const listed = backupStatus(ctx).backups.filter((b) => b.reason === 'before-upgrade');
    expect(listed).toHaveLength(1);
    const [backup] = listed;
    expect(backup?.schemaVersion).toBe(OLD);
    expect(backup?.createdAt).toBe('2026-12-01T09:30:00.000Z');
    expect(listBackups(file)).toEqual([]); // moved, not copied: one file per backup
    const verification = await verifyBackupFile(backup?.path ?? '');
    expect(verification.problems).toEqual([]);
  });

  it('restores the data as it was before the upgrade, upgraded again on the way in', async () => {
    const { file } = await previousVersionFile('light');
    const ctx = await open(file);
    ctx.database.sqlite.prepare("update settings set value = '\"dark\"' where key = 'theme'").run();
    const [backup] = backupStatus(ctx).backups.filter((b) => b.reason === 'before-upgrade');

    await restoreBackup(ctx, backup?.path ?? '');

    expect(readTheme(ctx)).toBe('"light"');
    expect(ctx.database.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const reasons = backupStatus(ctx)
      .backups.map((b) => b.reason)
      .sort();
    // The original, the restored file's own pre-upgrade copy, and the safety copy of "dark".
    expect(reasons).toEqual(['before-restore', 'before-upgrade', 'before-upgrade']);
  });

  it('stays where it is, unlisted, when it fails its check; the app still opens', async () => {
    const { file } = await previousVersionFile('light');
    const first = await openDatabase(file, { migrateTo: OLD });
    await first.close();
    const backupsDir = path.join(path.dirname(file), 'backups');
    fs.mkdirSync(backupsDir, { recursive: true });
    const damaged = path.join(backupsDir, 'reqdesk-schema-v3-2026-10-01T08-00-00-000Z.sqlite');
    fs.writeFileSync(damaged, Buffer.alloc(4096, 7));

    const ctx = await open(file);

    expect(fs.existsSync(damaged)).toBe(true);
    expect(backupStatus(ctx).backups.map((b) => b.reason)).toEqual(['before-upgrade']);
  });

  it('waits beside the database while the chosen backup folder is missing', async () => {
    const { dir, file } = await previousVersionFile('light');
    const chosen = path.join(dir, 'usb-stick');
    fs.mkdirSync(chosen);
    chooseBackupFolder(file, chosen);
    fs.rmdirSync(chosen); // the drive is not connected today

    const ctx = await open(file);
    expect(readTheme(ctx)).toBe('"light"');
    expect(listBackups(file)).toHaveLength(1);
    expect(fs.existsSync(chosen)).toBe(false);

    fs.mkdirSync(chosen); // connected again: the next start lists it there
    await ctx.database.close();
    const again = await open(file);
    expect(listBackups(file)).toEqual([]);
    expect(backupStatus(again).backups.map((b) => path.dirname(b.path))).toEqual([chosen]);
  });

  it('is the backup a damaged database points the recruiter to', async () => {
    const { file } = await previousVersionFile('light');
    const ctx = await open(file);
    const [backup] = backupStatus(ctx).backups;
    await ctx.database.close();
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a)); // the disk returned garbage

    await expect(openCore(file, { transport: 'cli' })).rejects.toThrow(
      `copy the newest backup, ${backup?.path}, over it`,
    );
  });
});
