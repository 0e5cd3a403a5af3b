import {
  type SettingChange,
  type Settings,
  settingDefaults,
  settingKeys,
  settingSchemas,
} from '../../../shared/settings';
import type { CoreContext } from '../context';

/** All settings, each stored value re-checked; one that no longer fits its schema reads as the default. */
export async function getSettings({ database }: CoreContext): Promise<Settings> {
  const rows = await database.db.selectFrom('settings').select(['key', 'value']).execute();
  const settings: Record<string, unknown> = { ...settingDefaults };
  for (const row of rows) {
    if (!(settingKeys as string[]).includes(row.key)) continue;
    const key = row.key as keyof Settings;
    const parsed = settingSchemas[key].safeParse(safeJson(row.value));
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}

export async function setSetting(ctx: CoreContext, change: SettingChange): Promise<Settings> {
  const value = JSON.stringify(change.value);
  const now = ctx.clock().toISOString();
  await ctx.database.db
    .insertInto('settings')
    .values({ key: change.key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return getSettings(ctx);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
