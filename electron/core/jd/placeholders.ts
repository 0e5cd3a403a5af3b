import { placeholderSpans } from '../../../shared/domain/documents/placeholders';
import type { JdPlaceholders } from '../../../shared/jd';
import type { CoreContext } from '../context';
import { getRole } from '../roles/roles';
import { parseSections } from './builder';

/**
 * The placeholders still in the role's stored JD, section by section. Reads only: opening
 * a role's intake must not create its JD as a side effect, so a role without one says so.
 */
export async function jdPlaceholdersForRole(ctx: CoreContext, roleId: string): Promise<JdPlaceholders> {
  await getRole(ctx, roleId); // a deleted role is not_found, as everywhere else
  const row = await ctx.database.db
    .selectFrom('jds')
    .select(['id', 'sections'])
    .where('role_id', '=', roleId)
    .executeTakeFirst();
  if (!row) return { jdId: null, placeholders: [] };
  const placeholders = parseSections(row.sections).flatMap((section) =>
    placeholderSpans(section.text).map((span) => ({ section: section.id, text: span.text })),
  );
  return { jdId: row.id, placeholders };
}
