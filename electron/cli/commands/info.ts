import { withCore } from '../core-session';
import { type CliCommand, parseCommandArgs, printJson } from '../io';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the app version, database file and schema version',
  usage: 'reqdesk info [--db PATH] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv);
    const info = await withCore(values.db, (call) => call('app.info', {}));
    if (values.json) printJson(io, info);
    else {
      io.out(`Reqdesk ${info.version}`);
      io.out(`database:   ${info.databasePath}`);
      io.out(`schema:     ${info.schemaVersion} (latest ${info.latestSchemaVersion})`);
      io.out(`SQLite:     ${info.sqliteVersion}`);
      io.out(`install id: ${info.installId}`);
    }
    return 0;
  },
};
