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
  questions: QuestionsTable;
  question_facets: QuestionFacetsTable;
  roles: RolesTable;
}

export type { Generated };

export interface QuestionsTable {
  seq: Generated<number>;
  id: string;
  category: string;
  topic: string;
  text: string;
  strong_answer: string;
  /** JSON arrays of strings. */
  anchors: string;
  probes: string;
  red_flags: string;
  levels: string;
  archetypes: string;
  rounds: string;
  attributes: string;
  tags: string;
  minutes: number;
  origin: string;
  starter_revision: number | null;
  edited_by_user: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface QuestionFacetsTable {
  seq: number;
  facet: string;
  value: string;
}

export interface RolesTable {
  seq: Generated<number>;
  id: string;
  /** JSON text of a RoleSpec. */
  spec: string;
  /** Generated from spec; read-only. */
  title: Generated<string | null>;
  company: Generated<string | null>;
  status: Generated<string | null>;
  revision: Generated<number>;
  last_client_seq: Generated<number>;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
}
