import type BetterSqlite3 from 'better-sqlite3';

/** A table that holds data of its own (not a view, an FTS index or SQLite's bookkeeping). */
export interface DataTable {
  name: string;
  columns: string[];
  /** Tables this one's foreign keys point at. */
  references: string[];
}

/** A cell as it crosses JSON: blobs as base64 and integers past 2^53 as decimal text. */
export type CellJson = null | number | string | { $blob: string } | { $int: string };

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Every data table of the file, read from SQLite's own catalogue so a table added by a later
 * migration is included without code changes; parents come before the tables that reference
 * them (ties by name), so rows can be inserted in this order.
 */
export function dataTables(sqlite: BetterSqlite3.Database): DataTable[] {
  const listed = sqlite.pragma('table_list') as { schema: string; name: string; type: string }[];
  const names = listed
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
  const tables = names.map((name): DataTable => {
    const columns = (sqlite.pragma(`table_xinfo(${quote(name)})`) as { name: string; hidden: number }[])
      // Generated columns (hidden 2 or 3) are computed by SQLite and cannot be inserted.
      .filter((c) => c.hidden === 0)
      .map((c) => c.name);
    const references = (sqlite.pragma(`foreign_key_list(${quote(name)})`) as { table: string }[])
      .map((fk) => fk.table)
      .filter((table) => table !== name && names.includes(table));
    return { name, columns, references: [...new Set(references)] };
  });
  return parentsFirst(tables);
}

function parentsFirst(tables: DataTable[]): DataTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: DataTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: DataTable): void => {
    if (state.get(table.name)) return; // done, or a cycle (foreign keys are checked at commit)
    state.set(table.name, 'visiting');
    for (const parent of table.references) {
      const found = byName.get(parent);
      if (found) visit(found);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** The table's rows, in rowid (or primary key) order, cells ready for JSON. */
export function* readRows(sqlite: BetterSqlite3.Database, table: DataTable): Generator<CellJson[]> {
  const columns = table.columns.map(quote).join(', ');
  const statement = sqlite.prepare(
    `select ${columns} from ${quote(table.name)} order by ${orderOf(sqlite, table)}`,
  );
  for (const row of statement.raw(true).safeIntegers(true).iterate() as Iterable<unknown[]>) {
    yield row.map(toJson);
  }
}

/** Rowid order where the table has one, else its primary key (WITHOUT ROWID tables). */
function orderOf(sqlite: BetterSqlite3.Database, table: DataTable): string {
  const withoutRowid = /without\s+rowid/i.test(
    (sqlite.prepare('select sql from sqlite_schema where name = ?').pluck().get(table.name) as string) ?? '',
  );
  if (!withoutRowid) return 'rowid';
  const key = (sqlite.pragma(`table_info(${quote(table.name)})`) as { name: string; pk: number }[])
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => quote(c.name));
  return key.join(', ');
}

function toJson(value: unknown): CellJson {
  if (value === null || typeof value === 'string') return value as CellJson;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : { $int: value.toString() };
  }
  if (typeof value === 'number') return value;
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') };
  throw new Error(`A cell of an unexpected kind (${typeof value}).`);
}

function fromJson(cell: CellJson): unknown {
  if (cell === null || typeof cell !== 'object') return cell;
  if ('$blob' in cell) return Buffer.from(cell.$blob, 'base64');
  return BigInt(cell.$int);
}

/** How many rows the table holds now. */
export function countRows(sqlite: BetterSqlite3.Database, table: string): number {
  return Number(
    sqlite
      .prepare(`select count(*) from ${quote(table)}`)
      .pluck()
      .get(),
  );
}

/** Empties every data table (children first); used on a brand-new file before loading an archive. */
export function clearTables(sqlite: BetterSqlite3.Database, tables: DataTable[]): void {
  for (const table of [...tables].reverse()) sqlite.prepare(`delete from ${quote(table.name)}`).run();
}

/**
 * Inserts rows into a table. Rows a trigger already made while loading an earlier table
 * (the question facets follow each question) are the same rows, so they are skipped
 * rather than refused; the caller compares counts at the end.
 */
export function insertRows(
  sqlite: BetterSqlite3.Database,
  table: string,
  columns: string[],
  rows: Iterable<CellJson[]>,
): void {
  const alreadyFilled = countRows(sqlite, table) > 0;
  const statement = sqlite.prepare(
    `insert ${alreadyFilled ? 'or ignore ' : ''}into ${quote(table)} (${columns.map(quote).join(', ')}) ` +
      `values (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) statement.run(row.map(fromJson));
}
