import { resolveDatabasePath } from '../../core/app/paths';
import { type InspectionStatus, inspectDatabase } from '../../core/db/inspect';
import { type CliCommand, parseCommandArgs, printJson } from '../io';

const verdicts: Record<InspectionStatus, { healthy: boolean; text: string }> = {
  ok: { healthy: true, text: 'healthy, schema up to date' },
  needs_upgrade: {
    healthy: true,
    text: 'healthy; the app will upgrade its schema (after a backup) on next open',
  },
  empty: { healthy: true, text: 'empty; the app will set it up on first open' },
  missing: { healthy: false, text: 'no file at this path' },
  too_new: { healthy: false, text: 'written by a newer Reqdesk; update Reqdesk to open it' },
  corrupt: {
    healthy: false,
    text: 'damaged or not a database; restore a backup (see the backups folder beside it)',
  },
  foreign: { healthy: false, text: 'an SQLite file, but not a Reqdesk database' },
  interrupted_upgrade: {
    healthy: false,
    text: 'a schema upgrade was stopped before it was recorded; the app records it and finishes the upgrade (after a backup) on next open',
  },
  half_applied: {
    healthy: false,
    text: 'its schema matches no version of Reqdesk (an upgrade stopped halfway, or a change by hand); restore a backup (see the backups folder beside it)',
  },
};

export const dbCheckCommand: CliCommand = {
  name: 'db-check',
  summary: 'Check a database file without changing it (exit 1 on problems)',
  usage: 'reqdesk db-check [--db PATH] [--json]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv);
    const report = await inspectDatabase(resolveDatabasePath(values.db));
    const verdict = verdicts[report.status];
    if (values.json) printJson(io, { ...report, healthy: verdict.healthy });
    else {
      io.out(`${report.file}: ${verdict.text}`);
      io.out(`schema: ${report.schemaVersion} (this Reqdesk knows up to ${report.latestSchemaVersion})`);
      for (const problem of report.problems) io.out(`problem: ${problem}`);
    }
    return verdict.healthy ? 0 : 1;
  },
};
