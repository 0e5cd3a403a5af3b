import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { describeStartupFailure } from '../../electron/main/startup-failure';
import { makeTempDir } from '../support/temp-db';

let cleanup = () => {};
afterEach(() => cleanup());

async function failureFor(file: string): Promise<unknown> {
  try {
    const database = await openDatabase(file);
    await database.close();
  } catch (error) {
    return error;
  }
  throw new Error('expected the open to fail');
}

describe('the startup failure dialog', () => {
  it('names a corrupt database, says how to recover and where the file is', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'reqdesk.sqlite');
    fs.writeFileSync(file, 'this is not a database, just some text '.repeat(200));
    const failure = describeStartupFailure(await failureFor(file), file);
    expect(failure.title).toBe('The Reqdesk database cannot be read');
    expect(failure.message).toContain(file);
    expect(failure.message).toMatch(/did not change it.*recover/s);
  });

  it('says when a newer Reqdesk wrote the file', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'reqdesk.sqlite');
    const database = await openDatabase(file);
    database.sqlite.pragma('user_version = 999');
    await database.close();
    expect(describeStartupFailure(await failureFor(file), file).title).toBe(
      'This database was written by a newer Reqdesk',
    );
  });

  it('never shows a raw stack for an unexpected error', () => {
    const failure = describeStartupFailure(new Error('EACCES: permission denied'), '/x/reqdesk.sqlite');
    expect(failure.message).toContain('EACCES: permission denied');
    expect(failure.message).not.toContain('    at ');
  });

  it('names a busy, read-only or full database, whether the core named it or SQLite did', () => {
    const file = '/home/rec/.config/Reqdesk/reqdesk.sqlite';
    const sqliteSays = (code: string) => Object.assign(new Error('database is locked'), { code });
    expect(describeStartupFailure(sqliteSays('SQLITE_BUSY'), file).title).toBe(
      'The Reqdesk database is busy',
    );
    expect(describeStartupFailure(sqliteSays('SQLITE_READONLY'), file).title).toBe(
      'The Reqdesk database is read-only',
    );
    const full = describeStartupFailure(sqliteSays('SQLITE_FULL'), file);
    expect(full.title).toBe('The disk is full');
    expect(full.message).not.toContain('database is locked');
  });
});
