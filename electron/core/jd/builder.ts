import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/api';
import { compInputOf } from '../../../shared/domain/comp/advice';
import { type JdSectionId, jdSectionIds } from '../../../shared/domain/jd/document';
import { builderToJdText, generateJd, generateSection } from '../../../shared/domain/jd/generate';
import { jdCheckContextFor } from '../../../shared/domain/jd/role-context';
import type { Jd, JdCheckResult, JdSection, JdVersion } from '../../../shared/jd';
import type { Role } from '../../../shared/roles';
import { adviseFor } from '../comp/comp-data';
import type { CoreContext } from '../context';
import { readJsonColumn } from '../db/json-column';
import type { DB, JdsTable, JdVersionsTable } from '../db/schema';
import { AppError } from '../errors';
import { getRole } from '../roles/roles';
import { laterThan } from '../time';
import { checkJd } from './check';

/**
 * The JD builder: one JD per role, generated from its spec the first time, then
 * edited by hand. Each stored section keeps the text the generator last produced
 * (`generated`), so a hand edit is `text !== generated`, and a section is stale when the
 * generator would now write something else from the current spec. Headings and guidance
 * always come from the current spec; only texts are stored.
 */

interface StoredSection {
  id: JdSectionId;
  text: string;
  generated: string;
}

type Band = { min: number; max: number } | null;

interface Fresh {
  role: Role;
  band: Band;
  sections: JdSection[];
}

/** The role's spec, the advisor's band, and what the generator makes of them now. */
async function freshFor(ctx: CoreContext, roleId: string): Promise<Fresh> {
  const role = await getRole(ctx, roleId);
  const band = (await adviseFor(ctx, compInputOf(role.spec))).band;
  return { role, band, sections: generateJd(role.spec, { band }) };
}

// A section missing from the stored list, or missing a field, reads as empty: sections added to
// the generator after a JD was saved start blank.
const storedSectionsShape = z.array(
  z.object({ id: z.string(), text: z.string().optional(), generated: z.string().optional() }),
);
const versionFormatsShape = z.array(z.enum(['docx', 'pdf']));
const versionSectionsShape = z.array(
  z.object({ id: z.enum(jdSectionIds), heading: z.string(), text: z.string() }),
);

export function parseSections(json: string): StoredSection[] {
  const raw = readJsonColumn(storedSectionsShape, json, 'jds.sections');
  return jdSectionIds.map((id) => {
    const s = raw.find((r) => r.id === id);
    return { id, text: s?.text ?? '', generated: s?.generated ?? '' };
  });
}

function toJd(row: Selectable<JdsTable>, fresh: Fresh): Jd {
  const stored = parseSections(row.sections);
  const stale: Jd['stale'] = {};
  const sections = fresh.sections.map((now) => {
    const s = stored.find((x) => x.id === now.id) as StoredSection;
    stale[now.id] = s.generated !== now.generated;
    return { ...now, text: s.text, generated: s.generated };
  });
  return {
    id: row.id,
    roleId: row.role_id,
    sections,
    revision: row.revision,
    finalAt: row.final_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    stale,
  };
}

const storedOf = (sections: { id: JdSectionId; text: string; generated: string }[]) =>
  JSON.stringify(sections.map(({ id, text, generated }) => ({ id, text, generated })));

async function rowById(db: Kysely<DB>, id: string): Promise<Selectable<JdsTable>> {
  const row = await db.selectFrom('jds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That job description no longer exists.');
  return row;
}

/** The stored JD with its role: refused when the role was deleted. */
export async function loadJd(ctx: CoreContext, id: string): Promise<Jd> {
  const row = await rowById(ctx.database.db, id);
  return toJd(row, await freshFor(ctx, row.role_id));
}

/** `jd.forRole`: the role's JD, generated and stored on first use. */
export async function jdForRole(ctx: CoreContext, roleId: string): Promise<Jd> {
  return (await jdWithContext(ctx, roleId)).jd;
}

/** The role's JD as `jd.forRole` gives it, with the role context it was built from. */
export async function jdWithContext(ctx: CoreContext, roleId: string): Promise<{ jd: Jd; fresh: Fresh }> {
  const fresh = await freshFor(ctx, roleId);
  const existing = await ctx.database.db
    .selectFrom('jds')
    .selectAll()
    .where('role_id', '=', roleId)
    .executeTakeFirst();
  if (existing) return { jd: toJd(existing, fresh), fresh };
  const now = ctx.clock().toISOString();
  // Two windows opening the same role at once: the second insert is ignored, both read the first.
  await ctx.database.db
    .insertInto('jds')
    .values({
      id: randomUUID(),
      role_id: roleId,
      sections: storedOf(fresh.sections),
      final_at: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('role_id').doNothing())
    .execute();
  const row = await ctx.database.db
    .selectFrom('jds')
    .selectAll()
    .where('role_id', '=', roleId)
    .executeTakeFirstOrThrow();
  return { jd: toJd(row, fresh), fresh };
}

/** `jd.save`: an autosave of edited texts; a save older than the last stored one is dropped. */
export async function saveJd(
  ctx: CoreContext,
  input: ChannelParsedInput<'jd.save'>,
): Promise<ChannelOutput<'jd.save'>> {
  const first = await rowById(ctx.database.db, input.id);
  const fresh = await freshFor(ctx, first.role_id);
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await rowById(trx, input.id);
    if (input.clientSeq <= row.last_client_seq)
      return { jd: toJd(row, fresh), applied: false, lastClientSeq: row.last_client_seq };
    const edits = new Map(input.sections.map((s) => [s.id, s.text]));
    const before = parseSections(row.sections);
    const sections = before.map((s) => ({ ...s, text: edits.get(s.id) ?? s.text }));
    const changed = sections.some((s, i) => s.text !== before[i]?.text);
    await trx
      .updateTable('jds')
      .set({
        sections: storedOf(sections),
        revision: row.revision + 1,
        last_client_seq: input.clientSeq,
        updated_at: laterThan(ctx, row.updated_at),
        // "Final" is the text that was approved: once that text changes, it is a draft again.
        ...(changed ? { final_at: null } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return { jd: toJd(await rowById(trx, row.id), fresh), applied: true, lastClientSeq: input.clientSeq };
  });
}

/**
 * `jd.regenerate`: the section as the generator writes it from the current spec. A section
 * edited by hand is left alone (`kept: true`) unless `force`; `previousText` is the text
 * before the call, so the UI can undo by saving it back.
 */
export async function regenerateJdSection(
  ctx: CoreContext,
  input: ChannelParsedInput<'jd.regenerate'>,
): Promise<ChannelOutput<'jd.regenerate'>> {
  const first = await rowById(ctx.database.db, input.id);
  const fresh = await freshFor(ctx, first.role_id);
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await rowById(trx, input.id);
    const sections = parseSections(row.sections);
    const target = sections.find((s) => s.id === input.sectionId) as StoredSection;
    const previousText = target.text;
    const edited = target.text !== target.generated;
    if (edited && input.force !== true) return { jd: toJd(row, fresh), previousText, kept: true };
    const now = generateSection(input.sectionId, fresh.role.spec, { band: fresh.band }).text;
    if (target.text === now && target.generated === now)
      return { jd: toJd(row, fresh), previousText, kept: false };
    target.text = now;
    target.generated = now;
    await trx
      .updateTable('jds')
      .set({
        sections: storedOf(sections),
        revision: row.revision + 1,
        updated_at: laterThan(ctx, row.updated_at),
        final_at: null, // the approved text changed
      })
      .where('id', '=', row.id)
      .execute();
    return { jd: toJd(await rowById(trx, row.id), fresh), previousText, kept: false };
  });
}

/** `jd.markFinal`: marks the JD final (or back to draft). */
export async function markJdFinal(ctx: CoreContext, id: string, final: boolean): Promise<Jd> {
  const row = await rowById(ctx.database.db, id);
  if ((row.final_at !== null) !== final) {
    const now = laterThan(ctx, row.updated_at);
    await ctx.database.db
      .updateTable('jds')
      .set({ final_at: final ? now : null, revision: row.revision + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
  }
  return loadJd(ctx, id);
}

/** The checks on a JD's sections with its role's context (location, level, stack, band). */
export function checkJdSections(
  ctx: CoreContext,
  jd: Jd,
  fresh: Pick<Fresh, 'role' | 'band'>,
): JdCheckResult {
  return checkJd(
    { document: builderToJdText(jd.sections), ...jdCheckContextFor(fresh.role.spec, fresh.band) },
    ctx.clock(),
  );
}

/** `jd.checkStored`. */
export async function checkStoredJd(ctx: CoreContext, id: string): Promise<JdCheckResult> {
  const row = await rowById(ctx.database.db, id);
  const fresh = await freshFor(ctx, row.role_id);
  return checkJdSections(ctx, toJd(row, fresh), fresh);
}

function toVersion(row: Selectable<JdVersionsTable>): JdVersion {
  return {
    id: row.id,
    jdId: row.jd_id,
    createdAt: row.created_at,
    formats: readJsonColumn(versionFormatsShape, row.formats, 'jd_versions.formats'),
    final: row.final === 1,
    overrideReason: row.override_reason,
    text: row.text,
    sections: readJsonColumn(versionSectionsShape, row.sections, 'jd_versions.sections'),
  };
}

/** `jd.versions`: the export snapshots, newest first. */
export async function listJdVersions(ctx: CoreContext, id: string): Promise<JdVersion[]> {
  await rowById(ctx.database.db, id);
  const rows = await ctx.database.db
    .selectFrom('jd_versions')
    .selectAll()
    .where('jd_id', '=', id)
    .orderBy('seq', 'desc')
    .execute();
  return rows.map(toVersion);
}

export { jdToRoleSpec } from './to-role-spec';
export { toVersion as jdVersionFromRow };
