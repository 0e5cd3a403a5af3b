import path from 'node:path';
import { AppError } from '../../core/errors';
import { exportAll, importAll } from '../../core/exchange/archive';
import { withCoreContext } from '../core-session';
import { type CliCommand, noMorePositionals, parseCommandArgs, printJson } from '../io';

const exportUsage = 'reqdesk export-all --out FILE [--db PATH] [--json]';
const importUsage = 'reqdesk import-all FILE --db NEW.sqlite [--json]';

const tablesText = (tables: { name: string; rows: number }[]): string =>
  tables.map((t) => `  ${t.name.padEnd(24)} ${t.rows}`).join('\n');

export const exportAllCommand: CliCommand = {
  name: 'export-all',
  summary: 'Write every table to one JSON archive (docs/export-format.md)',
  usage: exportUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } });
    noMorePositionals(positionals, 0, exportUsage);
    if (!values.out)
      throw new AppError('bad_input', `Say where to write the archive.\nUsage: ${exportUsage}`);
    const out = values.out as string;
    const summary = await withCoreContext(values.db, (ctx) => exportAll(ctx, out), { existing: true });
    if (values.json) printJson(io, summary);
    else
      io.out(
        `Archive written: ${summary.file} (schema ${summary.schemaVersion})\n${tablesText(summary.tables)}`,
      );
    return 0;
  },
};

export const importAllCommand: CliCommand = {
  name: 'import-all',
  summary: 'Build a new database from a JSON archive',
  usage: importUsage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv);
    const [file] = positionals;
    noMorePositionals(positionals, 1, importUsage);
    if (!file || !values.db)
      throw new AppError('bad_input', `Name the archive and the new database file.\nUsage: ${importUsage}`);
    const summary = await importAll(file, path.resolve(values.db));
    if (values.json) printJson(io, summary);
    else io.out(`Database built: ${summary.file}\n${tablesText(summary.tables)}`);
    return 0;
  },
};
