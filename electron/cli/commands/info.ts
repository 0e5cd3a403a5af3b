import { resolveDatabasePath } from '../../core/app/paths';
import { APP_VERSION } from '../../core/app/version';
import { openDatabase } from '../../core/db/open';
import { dispatch } from '../../core/dispatch';
import { AppError } from '../../core/errors';
import { type CliCommand, parseCommandArgs, printJson } from '../io';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the app version, database file and schema version',
  usage: 'reqdesk info [--db PATH] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv);
    const database = await openDatabase(resolveDatabasePath(values.db));
    try {
      const result = await dispatch(
        { database, clock: () => new Date(), appVersion: APP_VERSION, transport: 'cli' },
        'app.info',
        {},
      );
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      const info = result.value as Record<string, unknown>;
      if (values.json) printJson(io, info);
      else {
        io.out(`Reqdesk ${info.version}`);
        io.out(`database:   ${info.databasePath}`);
        io.out(`schema:     ${info.schemaVersion} (latest ${info.latestSchemaVersion})`);
        io.out(`SQLite:     ${info.sqliteVersion}`);
        io.out(`install id: ${info.installId}`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
