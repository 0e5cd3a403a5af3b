import shippedJson from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompAdvice, type CompInput, compInputOf } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import {
  type CompData,
  type CompRow,
  type CompTableName,
  compData,
  compTables,
  findCompRow,
} from '../../../shared/domain/comp/comp-data';
import type { CompReset, CompRowEdit } from '../../../shared/domain/comp/comp-input';
import type { CoreContext } from '../context';
import type { CompEditsTable } from '../db/schema';
import { AppError } from '../errors';
import { getRole } from '../roles/roles';

/**
 * The comp data: the shipped figures of resources/data/comp, with the user's edits
 * (table comp_edits, migration 0004) laid over them. Shipped rows are never changed in place:
 * an edit keeps only the figures the user changed, and a reset deletes it.
 */

let shippedCache: CompData | undefined;

/** The shipped dataset, validated once (a broken file fails the tests, not a laptop). */
export function shippedCompData(): CompData {
  shippedCache ??= compData.parse(shippedJson);
  return shippedCache;
}

type Figures = Record<string, number | null>;

function shippedSnapshot(table: CompTableName, row: CompRow): Record<string, number | string | null> {
  const record = row as unknown as Record<string, number | null>;
  return {
    ...Object.fromEntries(
      compTables[table].fields.filter((f) => f in record).map((f) => [f, record[f] ?? null]),
    ),
    year: row.year,
    updated: row.updated,
  };
}

/** The shipped row with an edit laid over it, validated by its table's schema. */
function overlay(
  table: CompTableName,
  row: CompRow,
  edit: { figures: Figures; year: number | null; updated: string },
): { ok: true; row: CompRow } | { ok: false; message: string } {
  const merged = {
    ...row,
    ...edit.figures,
    year: edit.year ?? row.year,
    updated: edit.updated,
    edited: true,
    shipped: shippedSnapshot(table, row),
  };
  const parsed = compTables[table].row.safeParse(merged);
  if (parsed.success) return { ok: true, row: parsed.data as CompRow };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'The edited row is not valid.' };
}

function parseFigures(text: string): Figures {
  const value: unknown = JSON.parse(text);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Figures) : {};
}

/** The shipped data with every stored edit applied; an edit that no longer fits its row is skipped. */
export function mergeEdits(shipped: CompData, edits: CompEditsTable[]): CompData {
  const merged = structuredClone(shipped);
  for (const edit of edits) {
    const found = findCompRow(merged, edit.row_id);
    if (!found) continue; // the row was dropped from a newer shipped dataset
    const result = overlay(found.table, found.row, {
      figures: parseFigures(edit.figures),
      year: edit.year,
      updated: edit.updated,
    });
    if (result.ok) (merged[found.table] as CompRow[])[found.index] = result.row;
    else
      console.warn(
        `[comp] the stored edit of ${edit.row_id} no longer fits the shipped row: ${result.message}`,
      );
  }
  return merged;
}

export async function getCompData(ctx: CoreContext): Promise<CompData> {
  const edits = await ctx.database.db.selectFrom('comp_edits').selectAll().execute();
  return mergeEdits(shippedCompData(), edits);
}

const DAY_MS = 86_400_000;
const today = (ctx: CoreContext) => ctx.clock().toISOString().slice(0, 10);
/** The latest date an edit may carry: a day past today in UTC, since the user's own calendar may be ahead. */
const latestDate = (ctx: CoreContext) => new Date(ctx.clock().getTime() + DAY_MS).toISOString().slice(0, 10);

/**
 * Changes figures of one row (only those given; earlier edits of the same row are kept) and
 * its year and date (today when not given). Refuses fields the row does not have, a date in
 * the future and any figure its table's schema refuses (min above max, implausible numbers).
 */
export async function editCompRow(ctx: CoreContext, edit: CompRowEdit): Promise<CompData> {
  const found = findCompRow(shippedCompData(), edit.id);
  if (!found) throw new AppError('not_found', `There is no comp data row "${edit.id}".`);
  const allowed: readonly string[] = compTables[found.table].fields;
  const record = found.row as unknown as Record<string, unknown>;
  const fields = allowed.filter((f) => f in record);
  const unknown = Object.keys(edit.values).filter((f) => !fields.includes(f));
  if (unknown.length > 0)
    throw new AppError(
      'bad_input',
      `This row has no figure named ${unknown.join(', ')}; it has ${fields.join(', ')}.`,
    );
  if (Object.keys(edit.values).length === 0 && edit.year === undefined && edit.updated === undefined)
    throw new AppError('bad_input', 'Nothing to change: give a new figure, year or date.');
  const updated = edit.updated ?? today(ctx);
  if (updated > latestDate(ctx))
    throw new AppError('bad_input', `The updated date ${updated} is in the future.`);

  const { db } = ctx.database;
  return db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('comp_edits')
      .selectAll()
      .where('row_id', '=', edit.id)
      .executeTakeFirst();
    const figures = { ...(previous ? parseFigures(previous.figures) : {}), ...edit.values };
    const year = edit.year ?? previous?.year ?? null;
    const result = overlay(found.table, found.row, { figures, year, updated });
    if (!result.ok) throw new AppError('bad_input', result.message);
    const values = {
      row_id: edit.id,
      figures: JSON.stringify(figures),
      year,
      updated,
      edited_at: ctx.clock().toISOString(),
    };
    await trx
      .insertInto('comp_edits')
      .values(values)
      .onConflict((oc) => oc.column('row_id').doUpdateSet(values))
      .execute();
    const edits = await trx.selectFrom('comp_edits').selectAll().execute();
    return mergeEdits(shippedCompData(), edits);
  });
}

/** Puts one row, or every row, back to the shipped figures. */
export async function resetComp(ctx: CoreContext, reset: CompReset): Promise<CompData> {
  const { db } = ctx.database;
  if (reset.scope === 'row') {
    if (!findCompRow(shippedCompData(), reset.id))
      throw new AppError('not_found', `There is no comp data row "${reset.id}".`);
    await db.deleteFrom('comp_edits').where('row_id', '=', reset.id).execute();
  } else {
    await db.deleteFrom('comp_edits').execute();
  }
  return getCompData(ctx);
}

/** Advice for an ad-hoc spec, with the user's figures. */
export async function adviseFor(ctx: CoreContext, input: CompInput): Promise<CompAdvice> {
  return adviseComp(input, await getCompData(ctx));
}

/** Advice for a stored role spec. */
export async function adviseForRole(ctx: CoreContext, id: string): Promise<CompAdvice> {
  const { spec } = await getRole(ctx, id);
  return adviseFor(ctx, compInputOf(spec));
}
