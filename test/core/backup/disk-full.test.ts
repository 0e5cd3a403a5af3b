import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create';
import { backupStatus } from '../../../electron/core/backup/service';
import { verifyBackupFile } from '../../../electron/core/backup/verify';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { seedRecruiterData } from './seed';

const run = promisify(execFile);
let core: TempCore;
beforeAll(async () => {
  core = await openTempCore({ starterBank: true });
  await seedRecruiterData(core.ctx);
  core.database.sqlite.exec(
    "insert into settings (key, value, updated_at) with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000) select 'pad-' || i, json_quote(hex(randomblob(1500))), 'x' from n",
  );
});
afterAll(async () => core?.close());

/** `reqdesk backup create` in a process whose files may not grow past `limitKb` (a full disk, as the process sees it). */
async function backupWithFileLimit(limitKb: number): Promise<{ code: number; stderr: string }> {
  const cli = `exec "${process.execPath}" --import tsx electron/cli/main.ts backup create --db "${core.dbPath}"`;
  try {
    await run('bash', ['-c', `ulimit -f ${limitKb}; ${cli}`]);
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('a full disk while backing up', () => {
  it('is reported plainly, leaves no partial file, and earlier backups stay listed', async () => {
    const earlier = await createBackup(core.ctx, { reason: 'manual' });
    await core.database.close();
    const size = fs.statSync(earlier.path).size;
    const folder = path.dirname(earlier.path);

    const result = await backupWithFileLimit(Math.floor(size / 1024 / 2));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/disk holding .* is full/);
    expect(result.stderr).toMatch(/partial file was removed/);
    // Nothing but the earlier backup and its manifest: no temporary or half-written file.
    expect(fs.readdirSync(folder).sort()).toEqual([
      path.basename(earlier.path),
      `${path.basename(earlier.path)}.manifest.json`,
    ]);
    const listed = backupStatus({ ...core.ctx }).backups;
    expect(listed.map((b) => b.path)).toEqual([earlier.path]);
    expect((await verifyBackupFile(earlier.path)).ok).toBe(true);
  });
});
