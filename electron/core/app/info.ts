import type { AppInfo } from '../../../shared/api';
import type { CoreContext } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export async function getAppInfo({ database, appVersion, transport }: CoreContext): Promise<AppInfo> {
  const installId = await database.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'install_id')
    .executeTakeFirstOrThrow();
  return {
    name: 'Reqdesk',
    version: appVersion,
    databasePath: database.path,
    schemaVersion: database.schemaVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    sqliteVersion: database.sqlite.prepare('select sqlite_version()').pluck().get() as string,
    installId: installId.value,
    transport,
  };
}
