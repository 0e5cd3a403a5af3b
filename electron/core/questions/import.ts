import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import {
  IMPORT_LIMITS,
  type ImportConflict,
  type ImportFormat,
  type ImportPlan,
  type ImportResult,
  type importInput,
} from '../../../shared/exchange';
import type { QuestionDraft } from '../../../shared/questions';
import type { CoreContext } from '../context';
import type { DB } from '../db/schema';
import { BULK_INDEX_FROM, insertIndexedInBulk } from './bulk-index';
import { draftHash, exportedHash } from './content-hash';
import { type Incoming, readImportFile } from './incoming';
import { columnsToDraft, draftToColumns } from './row';

type Input = z.output<typeof importInput>;

interface LocalRow {
  id: string;
  text: string;
  updated_at: string;
  deleted_at: string | null;
  content: string;
  /** The stored question, for comparing with a hash a file recorded at export. */
  draft: QuestionDraft;
}

/** What to do with one incoming item once it is compared with the database. */
type Action =
  | { do: 'insert'; item: Extract<Incoming, { kind: 'question' }>; id: string }
  | {
      do: 'update';
      item: Extract<Incoming, { kind: 'question' }>;
      id: string;
      /** The file's stamp when it is newer than ours; otherwise the time of the import. */
      stamp: string | null;
    }
  | { do: 'delete'; item: Extract<Incoming, { kind: 'tombstone' }> }
  | { do: 'conflict'; item: Exclude<Incoming, { kind: 'invalid' }>; conflict: ImportConflict }
  | { do: 'nothing' };

const normaliseText = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const contentKey = (columns: ReturnType<typeof draftToColumns>) => JSON.stringify(columns);

async function loadLocal(db: Transaction<DB> | CoreContext['database']['db']) {
  const rows = await db
    .selectFrom('questions')
    .select([
      'id',
      'text',
      'updated_at',
      'deleted_at',
      'category',
      'topic',
      'strong_answer',
      'anchors',
      'probes',
      'red_flags',
      'levels',
      'archetypes',
      'rounds',
      'attributes',
      'tags',
      'minutes',
    ])
    .execute();
  const byId = new Map<string, LocalRow>();
  const byText = new Map<string, LocalRow>();
  for (const r of rows) {
    const draft = columnsToDraft(r);
    const content = contentKey(draftToColumns(draft));
    const local = {
      id: r.id,
      text: r.text,
      updated_at: r.updated_at,
      deleted_at: r.deleted_at,
      content,
      draft,
    };
    byId.set(r.id, local);
    if (r.deleted_at === null) byText.set(normaliseText(r.text), local);
  }
  return { byId, byText };
}

function decide(item: Incoming, local: Awaited<ReturnType<typeof loadLocal>>, format: ImportFormat): Action {
  if (item.kind === 'invalid') return { do: 'nothing' };
  if (item.kind === 'tombstone') {
    const mine = local.byId.get(item.id);
    if (!mine || mine.deleted_at !== null) return { do: 'nothing' };
    if (item.updatedAt > mine.updated_at) return { do: 'delete', item };
    return {
      do: 'conflict',
      item,
      conflict: {
        id: item.id,
        row: item.row,
        text: mine.text,
        localUpdatedAt: mine.updated_at,
        incomingUpdatedAt: item.updatedAt,
        kind: 'delete',
      },
    };
  }
  const mine = item.id ? local.byId.get(item.id) : local.byText.get(normaliseText(item.draft.text));
  if (!mine) return { do: 'insert', item, id: item.id ?? randomUUID() };
  const same = contentKey(draftToColumns(item.draft)) === mine.content && mine.deleted_at === null;
  if (same) return { do: 'nothing' };
  const newer = item.updatedAt !== null && item.updatedAt > mine.updated_at;
  if (item.baseHash !== null && draftHash(item.draft) !== item.baseHash) {
    // Edited in the file after the export, so its "updated at" is older than the edit. The
    // hash says what the exporting install held: if this question still holds that, only
    // the file changed and it is an update; a change on both sides is a conflict.
    const localChanged = mine.deleted_at !== null || exportedHash(format, mine.draft) !== item.baseHash;
    if (!localChanged) return { do: 'update', item, id: mine.id, stamp: newer ? item.updatedAt : null };
  } else if (newer) return { do: 'update', item, id: mine.id, stamp: item.updatedAt };
  return {
    do: 'conflict',
    item,
    conflict: {
      id: mine.id,
      row: item.row,
      text: mine.text,
      localUpdatedAt: mine.updated_at,
      incomingUpdatedAt: item.updatedAt ?? '',
      kind: 'edit',
    },
  };
}

function summarise(input: Input, items: Incoming[], actions: Action[], csv: ImportPlan['csv']): ImportPlan {
  const count = (what: Action['do']) => actions.filter((a) => a.do === what).length;
  const invalid = items.filter((i): i is Extract<Incoming, { kind: 'invalid' }> => i.kind === 'invalid');
  return {
    format: input.format,
    total: items.length,
    counts: {
      new: count('insert'),
      updated: count('update'),
      deleted: count('delete'),
      unchanged: count('nothing') - invalid.length,
      conflicting: count('conflict'),
      invalid: invalid.length,
    },
    invalid: invalid.slice(0, IMPORT_LIMITS.listedProblems).map(({ row, reason }) => ({ row, reason })),
    conflicts: actions
      .flatMap((a) => (a.do === 'conflict' ? [a.conflict] : []))
      .slice(0, IMPORT_LIMITS.listedProblems),
    ...(csv ? { csv } : {}),
  };
}

function readFresh(input: Input) {
  const file = readImportFile(input.format, input.content, input.fileName, input.mapping);
  const csv =
    'headers' in file ? { headers: file.headers, mapping: file.mapping, preview: file.preview } : undefined;
  return { items: file.items, csv };
}

/**
 * The file the dry run last read, with the input it was read from. Parsing and validating is
 * most of an import's time (about 40 ms per thousand questions), and the apply that follows a
 * dry run reads the same file: it reuses that reading and still plans again against the
 * database inside its transaction. The inputs are compared as they are (the same string is
 * one pointer check, an equal copy one memory compare), which costs far less than hashing
 * megabytes of content twice. One file is kept, and the apply lets it go.
 */
let lastRead: { input: Input; read: ReturnType<typeof readFresh> } | null = null;

function sameFile(a: Input, b: Input): boolean {
  return (
    a.content === b.content &&
    a.format === b.format &&
    a.fileName === b.fileName &&
    JSON.stringify(a.mapping ?? null) === JSON.stringify(b.mapping ?? null)
  );
}

function read(input: Input, keep: boolean) {
  const found = lastRead && sameFile(lastRead.input, input) ? lastRead.read : readFresh(input);
  lastRead = keep ? { input, read: found } : null;
  return found;
}

/** The dry run: what importing would do. Reads only; the database is not touched. */
export async function planImport(ctx: CoreContext, input: Input): Promise<ImportPlan> {
  const { items, csv } = read(input, true);
  const local = await loadLocal(ctx.database.db);
  return summarise(
    input,
    items,
    items.map((i) => decide(i, local, input.format)),
    csv,
  );
}

/** Rows per insert statement (18 columns each, well under SQLite's 32,766 parameters). */
const INSERT_BATCH = 500;

/**
 * Applies an import in one transaction: all of it or none of it. The plan is made again
 * inside the transaction, so what is applied matches the database as it is now. A file that
 * changes nothing writes nothing.
 */

export async function applyImport(ctx: CoreContext, input: Input): Promise<ImportResult> {
  const { items, csv } = read(input, false);
  const now = ctx.clock().toISOString();
  return ctx.database.db.transaction().execute(async (trx) => {
    const local = await loadLocal(trx);
    const actions = items.map((i) => decide(i, local, input.format));
    const plan = summarise(input, items, actions, csv);
    const applied = { new: 0, updated: 0, deleted: 0, conflictsTakenIncoming: 0 };
    const inserts = actions.filter((a) => a.do === 'insert');
    const rows = inserts.map((action) => {
      const stamp = action.item.updatedAt ?? now;
      return {
        id: action.id,
        ...draftToColumns(action.item.draft),
        origin: 'imported' as const,
        created_at: stamp,
        updated_at: stamp,
      };
    });
    if (rows.length >= BULK_INDEX_FROM) insertIndexedInBulk(ctx.database.sqlite, rows);
    // Many rows per statement, each indexed by the trigger: FTS5 writes its pending entries
    // once per statement, not once per row.
    else
      for (let start = 0; start < rows.length; start += INSERT_BATCH)
        await trx
          .insertInto('questions')
          .values(rows.slice(start, start + INSERT_BATCH))
          .execute();
    applied.new = inserts.length;
    for (const action of actions) {
      if (action.do === 'insert') {
      } else if (action.do === 'update') {
        await trx
          .updateTable('questions')
          .set({
            ...draftToColumns(action.item.draft),
            updated_at: action.stamp ?? now,
            deleted_at: null,
            edited_by_user: 1,
          })
          .where('id', '=', action.id)
          .execute();
        applied.updated++;
      } else if (action.do === 'delete') {
        await trx
          .updateTable('questions')
          .set({ deleted_at: action.item.deletedAt, updated_at: action.item.updatedAt })
          .where('id', '=', action.item.id)
          .execute();
        applied.deleted++;
      } else if (action.do === 'conflict' && input.resolutions[action.conflict.id] === 'take-incoming') {
        const set =
          action.item.kind === 'tombstone'
            ? { deleted_at: now, updated_at: now }
            : { ...draftToColumns(action.item.draft), updated_at: now, deleted_at: null, edited_by_user: 1 };
        await trx.updateTable('questions').set(set).where('id', '=', action.conflict.id).execute();
        applied.conflictsTakenIncoming++;
      }
    }
    return { applied, plan };
  });
}
