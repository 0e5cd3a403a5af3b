import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import {
  emptyRoleSpec,
  ROLE_LIMITS,
  type Role,
  type RoleSpec,
  type RoleSpecPatch,
  type RoleSummary,
  type roleListInput,
  roleSpec,
} from '../../../shared/roles';
import type { CoreContext } from '../context';
import { readJsonColumn } from '../db/json-column';
import type { DB, RolesTable } from '../db/schema';
import { AppError } from '../errors';
import { laterThan } from '../time';

function toRole(row: Selectable<RolesTable>): Role {
  return {
    id: row.id,
    // Parsed, not cast: fields added since the row was written get their defaults.
    spec: readJsonColumn(roleSpec, row.spec, 'roles.spec'),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/**
 * A role's spec, parsed as `getRole` parses it, read through `db` so it works inside a
 * transaction. Null when there is no such role; a deleted role counts only with `deleted`.
 */
export async function readRoleSpec(
  db: Kysely<DB>,
  id: string,
  { deleted = false }: { deleted?: boolean } = {},
): Promise<RoleSpec | null> {
  let query = db.selectFrom('roles').select('spec').where('id', '=', id);
  if (!deleted) query = query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  return row ? readJsonColumn(roleSpec, row.spec, 'roles.spec') : null;
}

/** The spec of a live role, read through `db`; refused when the role is gone. */
export async function liveRoleSpec(db: Kysely<DB>, id: string): Promise<RoleSpec> {
  const spec = await readRoleSpec(db, id);
  if (!spec) throw new AppError('not_found', 'That role no longer exists.');
  return spec;
}

async function liveRow(ctx: CoreContext, id: string): Promise<Selectable<RolesTable>> {
  const row = await ctx.database.db
    .selectFrom('roles')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That role no longer exists.');
  return row;
}

export async function getRole(ctx: CoreContext, id: string): Promise<Role> {
  return toRole(await liveRow(ctx, id));
}

export async function createRole(ctx: CoreContext, spec: RoleSpec = emptyRoleSpec()): Promise<Role> {
  const now = ctx.clock().toISOString();
  const id = randomUUID();
  await ctx.database.db
    .insertInto('roles')
    .values({
      id,
      spec: JSON.stringify(roleSpec.parse(spec)),
      created_at: now,
      updated_at: now,
      archived_at: null,
      deleted_at: null,
    })
    .execute();
  return getRole(ctx, id);
}

export interface PatchResult {
  role: Role;
  /** False when a later autosave had already been stored: this one arrived late and was dropped. */
  applied: boolean;
  /** When not applied: the sequence number the core holds, so the window can number above it. */
  lastClientSeq: number;
}

/**
 * An autosave: replaces the given fields. `clientSeq` grows with every edit a window makes,
 * so a save that arrives after a newer one (a slow round trip) never undoes it.
 */
export async function patchRole(
  ctx: CoreContext,
  id: string,
  patch: RoleSpecPatch,
  clientSeq: number,
): Promise<PatchResult> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('roles')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'That role no longer exists.');
    if (clientSeq <= row.last_client_seq)
      return { role: toRole(row), applied: false, lastClientSeq: row.last_client_seq };
    const merged = roleSpec.safeParse({ ...readJsonColumn(roleSpec, row.spec, 'roles.spec'), ...patch });
    if (!merged.success) {
      throw new AppError('bad_input', merged.error.issues[0]?.message ?? 'The role is not valid.');
    }
    await trx
      .updateTable('roles')
      .set({
        spec: JSON.stringify(merged.data),
        revision: row.revision + 1,
        last_client_seq: clientSeq,
        updated_at: laterThan(ctx, row.updated_at),
      })
      .where('id', '=', id)
      .execute();
    const updated = await trx.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { role: toRole(updated), applied: true, lastClientSeq: clientSeq };
  });
}

const COPY_SUFFIX = ' (copy)';

/**
 * The title of a copy: the old title plus " (copy)", within the title's cap. The cap counts
 * code points (as the schema does), so the title is shortened by whole characters, never by
 * UTF-16 units, which could leave half of an emoji; and by whole graphemes, so a flag or a
 * family emoji is dropped rather than cut into other symbols.
 */
export function copyTitle(title: string): string {
  if (!title) return '';
  const room = ROLE_LIMITS.short - Array.from(COPY_SUFFIX).length;
  if (Array.from(title).length <= room) return `${title}${COPY_SUFFIX}`;
  let kept = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title)) {
    const size = Array.from(segment).length;
    if (used + size > room) break;
    kept += segment;
    used += size;
  }
  return `${kept.trimEnd()}${COPY_SUFFIX}`;
}

/** A new draft from an old req: same spec, marked as a copy, back to draft. */
export async function duplicateRole(ctx: CoreContext, id: string): Promise<Role> {
  const { spec } = await getRole(ctx, id);
  return createRole(ctx, { ...spec, title: copyTitle(spec.title), status: 'draft' });
}

export async function archiveRole(ctx: CoreContext, id: string, archived: boolean): Promise<Role> {
  const row = await liveRow(ctx, id);
  const now = laterThan(ctx, row.updated_at);
  await ctx.database.db
    .updateTable('roles')
    .set({ archived_at: archived ? now : null, updated_at: now })
    .where('id', '=', id)
    .execute();
  return getRole(ctx, id);
}

/** Deleting leaves a tombstone, so it can be undone. */
export async function deleteRole(ctx: CoreContext, id: string): Promise<{ id: string; deletedAt: string }> {
  const row = await liveRow(ctx, id);
  const now = laterThan(ctx, row.updated_at);
  await ctx.database.db
    .updateTable('roles')
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .execute();
  return { id, deletedAt: now };
}

export async function restoreRole(ctx: CoreContext, id: string): Promise<Role> {
  const row = await ctx.database.db
    .selectFrom('roles')
    .select(['updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That role no longer exists.');
  await ctx.database.db
    .updateTable('roles')
    .set({ deleted_at: null, updated_at: laterThan(ctx, row.updated_at) })
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .execute();
  return getRole(ctx, id);
}

export async function listRoles(
  ctx: CoreContext,
  input: z.output<typeof roleListInput>,
): Promise<RoleSummary[]> {
  let query = ctx.database.db
    .selectFrom('roles')
    .select(['id', 'spec', 'updated_at', 'archived_at'])
    .where('deleted_at', 'is', null)
    .orderBy('updated_at', 'desc');
  if (!input.includeArchived) query = query.where('archived_at', 'is', null);
  if (input.status.length > 0) query = query.where('status', 'in', input.status);
  const words = input.text.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = await query.execute();
  return rows
    .map((row) => ({ row, spec: readJsonColumn(roleSpec, row.spec, 'roles.spec') }))
    .filter(({ spec }) => {
      const haystack = `${spec.title} ${spec.qualifier} ${spec.company} ${spec.service}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .map(({ row, spec }) => ({
      id: row.id,
      title: spec.title,
      company: spec.company,
      archetype: spec.archetype,
      level: spec.level,
      status: spec.status,
      updatedAt: row.updated_at,
      archivedAt: row.archived_at,
    }));
}
