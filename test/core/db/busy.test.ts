import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/settings';
import { caller } from '../../support/core-caller';
import { holdWriteLock, type LockHolder } from '../../support/lock-holder';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { makeRole } from '../interviews/fixtures';

let core: TempCore | undefined;
let holder: LockHolder | undefined;
afterEach(async () => {
  await holder?.release();
  holder = undefined;
  await core?.close();
  core = undefined;
});

/** Resolves on the next turn of the event loop: it only gets there if nothing blocks the thread. */
const nextTurn = () => new Promise<'turn'>((resolve) => setImmediate(() => resolve('turn')));

describe('a write while another process holds the lock', () => {
  it('waits without blocking the event loop, and lands once the other process commits', async () => {
    core = await openTempCore({ maxBusyWaitMs: 120_000 });
    const { call } = caller(core.ctx);
    holder = await holdWriteLock(core.dbPath);

    const save = call<Settings>('settings.set', { key: 'interviewerName', value: 'Ngozi Adeyemi' });
    let settled = false;
    void save.finally(() => {
      settled = true;
    });
    // The event loop keeps turning while the save waits for the lock...
    for (let turn = 0; turn < 20; turn++) expect(await nextTurn()).toBe('turn');
    expect(settled).toBe(false);

    // ...and the save goes through when the other process lets go.
    await holder.release();
    holder = undefined;
    expect((await save).interviewerName).toBe('Ngozi Adeyemi');
    const stored = core.database.sqlite
      .prepare("select value from settings where key = 'interviewerName'")
      .pluck()
      .get();
    expect(JSON.parse(stored as string)).toBe('Ngozi Adeyemi');
  });

  it('reports "busy" as its own retryable error once the wait is over, and writes nothing', async () => {
    core = await openTempCore({ maxBusyWaitMs: 300 });
    const { refusal } = caller(core.ctx);
    const role = await makeRole(core.ctx);
    holder = await holdWriteLock(core.dbPath);
    const error = await refusal('candidates.create', { name: 'Kofi Boateng', roleId: role.id });
    expect(error.code).toBe('db_busy');
    expect(error.message).toMatch(/busy in another Reqdesk window or command/);
    await holder.release();
    holder = undefined;
    expect(core.database.sqlite.prepare('select count(*) from candidates').pluck().get()).toBe(0);
  });

  it('takes the write lock when a transaction starts, so one that reads first cannot fail when it writes', async () => {
    core = await openTempCore();
    const other = new BetterSqlite3(core.dbPath, { timeout: 0 });
    try {
      await core.database.db.transaction().execute(async (trx) => {
        await trx.selectFrom('settings').selectAll().execute();
        // A deferred transaction would hold only a read here, and another writer could go
        // first; then this one's write would fail at once with "database is locked".
        expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
      });
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
    }
  });
});
