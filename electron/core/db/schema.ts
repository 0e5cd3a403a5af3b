import type { Generated } from 'kysely';

/** Row types of every table, as Kysely sees them. Each migration that adds a table adds it here. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON text of the value. */
  value: string;
  updated_at: string;
}

export interface DB {
  meta: MetaTable;
  settings: SettingsTable;
}

export type { Generated };
