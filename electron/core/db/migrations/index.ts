import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-create-settings';
import * as m0002 from './0002-create-questions';
import * as m0003 from './0003-create-roles';
import * as m0004 from './0004-create-comp-data';
import * as m0005 from './0005-create-jds';
import * as m0006 from './0006-create-loops';
import * as m0007 from './0007-create-interviews';
import * as m0008 from './0008-add-measures-and-focus-labels';
import * as m0009 from './0009-create-decisions';
import * as m0010 from './0010-create-transfer-records';

/**
 * Every migration, in order, imported explicitly (no file globbing at run time, so the
 * bundled app and plain Node see the same list). Forward-only: append, never edit.
 */
export const migrations: Record<string, Migration> = {
  '0001-create-settings': m0001,
  '0002-create-questions': m0002,
  '0003-create-roles': m0003,
  '0004-create-comp-data': m0004,
  '0005-create-jds': m0005,
  '0006-create-loops': m0006,
  '0007-create-interviews': m0007,
  '0008-add-measures-and-focus-labels': m0008,
  '0009-create-decisions': m0009,
  '0010-create-transfer-records': m0010,
};

export const LATEST_SCHEMA_VERSION = Object.keys(migrations).length;

export const migrationProvider = (upTo = LATEST_SCHEMA_VERSION): MigrationProvider => ({
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).slice(0, upTo)),
});
