import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import { AppError } from '../errors';
import { BUSY_MESSAGE, isBusy } from './storage-errors';

/**
 * SQLite's own busy handler sleeps on the thread, which is the event loop here: it may block
 * only briefly. Longer waits for another process's write happen below, between attempts,
 * with the event loop free.
 */
export const BUSY_TIMEOUT_MS = 25;
/** How long a write waits in all for another Reqdesk window or command before saying "busy". */
export const MAX_BUSY_WAIT_MS = 10_000;

const FIRST_RETRY_MS = 10;
const LONGEST_RETRY_MS = 250;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` again while SQLite answers "busy", backing off, until it succeeds or
 * `maxWaitMs` has passed; then the caller gets the `db_busy` error the person can act on.
 */
export async function retryWhileBusy<T>(
  attempt: () => T | Promise<T>,
  maxWaitMs = MAX_BUSY_WAIT_MS,
): Promise<T> {
  const started = Date.now();
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() - started + delay > maxWaitMs) throw new AppError('db_busy', BUSY_MESSAGE);
      await sleep(delay);
    }
  }
}

/**
 * Kysely's SQLite driver with three changes:
 * - a transaction starts with BEGIN IMMEDIATE, so it takes the write lock at once (and waits
 *   for it here). A deferred transaction that reads first and writes later cannot wait for
 *   the lock: SQLite fails it at once with "database is locked".
 * - a statement outside a transaction, and BEGIN itself, are retried while the file is busy.
 * - a transaction opened inside another (a migration wraps itself in one, and the migration
 *   runner wraps it with its record) becomes a savepoint of the outer one.
 */
class ReqdeskSqliteDriver extends SqliteDriver {
  /** Per open transaction, innermost last: whether it is a savepoint. */
  readonly #nested: boolean[] = [];

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly maxWaitMs: number,
  ) {
    super({ database: sqlite });
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    return {
      executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> =>
        this.sqlite.inTransaction
          ? connection.executeQuery<R>(query)
          : retryWhileBusy(() => connection.executeQuery<R>(query), this.maxWaitMs),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const nested = this.sqlite.inTransaction;
    await connection.executeQuery(CompiledQuery.raw(nested ? 'savepoint reqdesk_nested' : 'begin immediate'));
    this.#nested.push(nested);
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const nested = this.#nested.at(-1);
    await connection.executeQuery(CompiledQuery.raw(nested ? 'release reqdesk_nested' : 'commit'));
    this.#nested.pop();
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const nested = this.#nested.pop();
    // SQLite may already have rolled back (a full disk does): a second rollback would fail
    // and hide the error that caused it.
    if (!this.sqlite.inTransaction) return;
    if (nested) {
      await connection.executeQuery(CompiledQuery.raw('rollback to reqdesk_nested'));
      await connection.executeQuery(CompiledQuery.raw('release reqdesk_nested'));
    } else {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    }
  }
}

/** The SQLite dialect every Reqdesk connection uses: see ReqdeskSqliteDriver. */
export class ReqdeskSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly maxWaitMs = MAX_BUSY_WAIT_MS,
  ) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new ReqdeskSqliteDriver(this.sqlite, this.maxWaitMs);
  }
}
