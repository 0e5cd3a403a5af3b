import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { ReqdeskSqliteDialect } from './dialect';
import { runMigrations } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

/**
 * One table, index, trigger or view; for a table, its columns. The SQL text is left out on
 * purpose: its wording may differ between builds of the same schema, and refusing a file
 * over a comma would be worse than the half-applied upgrade this looks for, which always
 * leaves an object or a column too many or too few.
 */
export interface SchemaObject {
  type: string;
  name: string;
  columns: string;
}

/**
 * The schema objects the migrations made (the migration records and SQLite's own tables,
 * which come and go with ANALYZE, are left out), sorted so two shapes compare as strings.
 */
export function readSchemaShape(sqlite: BetterSqlite3.Database): SchemaObject[] {
  return sqlite
    .prepare(
      `select s.type, s.name,
         case when s.type = 'table'
           then (select group_concat(c.name, ',') from pragma_table_info(s.name) c) else '' end as columns
       from sqlite_schema s
       where s.name not like 'sqlite\\_%' escape '\\' and s.name not like 'kysely\\_migration%' escape '\\'
       order by s.type, s.name`,
    )
    .all() as SchemaObject[];
}

const key = (shape: SchemaObject[]) => JSON.stringify(shape);
const label = (o: SchemaObject) => `${o.type} ${o.name}`;

interface Expected {
  /** The shape after each number of migrations (index 0: an empty file). */
  shapes: SchemaObject[][];
  /** Every object any migration makes: others (a table someone added by hand) are not judged. */
  known: Set<string>;
}

let expected: Promise<Expected> | undefined;

/** Made by running the migrations on an in-memory database, once per process. */
function expectedShapes(nativeBinding?: string): Promise<Expected> {
  expected ??= (async () => {
    const sqlite = new BetterSqlite3(':memory:', { nativeBinding });
    const db = new Kysely<unknown>({ dialect: new ReqdeskSqliteDialect(sqlite) });
    const shapes = [readSchemaShape(sqlite)];
    try {
      await runMigrations(
        sqlite,
        db,
        LATEST_SCHEMA_VERSION,
        () => new Date(0),
        () => {
          shapes.push(readSchemaShape(sqlite));
        },
      );
    } finally {
      await db.destroy();
    }
    return { shapes, known: new Set(shapes.flat().map(label)) };
  })();
  return expected;
}

/** The file's shape, without objects no migration makes. */
function knownShape(sqlite: BetterSqlite3.Database, known: Set<string>): SchemaObject[] {
  return readSchemaShape(sqlite).filter((o) => known.has(label(o)));
}

/**
 * Which migrations the file's schema shows, from `recorded` on: the smallest version whose
 * shape it has (equal to `recorded` in a healthy file; above it when an earlier Reqdesk was
 * stopped between a migration and its record), or null when it matches none (a half-applied
 * migration, or a schema changed by hand).
 */
export async function versionOfShape(
  sqlite: BetterSqlite3.Database,
  recorded: number,
  nativeBinding?: string,
): Promise<number | null> {
  const { shapes, known } = await expectedShapes(nativeBinding);
  const actual = key(knownShape(sqlite, known));
  for (let version = recorded; version < shapes.length; version++) {
    if (key(shapes[version] ?? []) === actual) return version;
  }
  return null;
}

/** What the file has that the given version lacks, and the reverse, for a report. */
export async function shapeDifferences(
  sqlite: BetterSqlite3.Database,
  version: number,
  nativeBinding?: string,
): Promise<string[]> {
  const { shapes, known } = await expectedShapes(nativeBinding);
  const wanted = new Map((shapes[version] ?? []).map((o) => [label(o), o.columns]));
  const had = new Map(knownShape(sqlite, known).map((o) => [label(o), o.columns]));
  const problems: string[] = [];
  for (const [name, columns] of had) {
    if (!wanted.has(name)) problems.push(`${name} exists, but schema ${version} does not have it`);
    else if (wanted.get(name) !== columns)
      problems.push(`${name} has other columns than in schema ${version}`);
  }
  for (const name of wanted.keys()) {
    if (!had.has(name)) problems.push(`${name} is missing (schema ${version} has it)`);
  }
  return problems;
}
