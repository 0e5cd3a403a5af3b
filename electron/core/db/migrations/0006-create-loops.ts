import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // One row per role whose loop was set up: the default rounds are written once,
    // so a loop whose rounds were all removed stays empty instead of coming back.
    await sql`
      create table loops (
        role_id text primary key references roles (id) on delete cascade,
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`
      create table loop_rounds (
        seq integer primary key,
        id text not null unique,
        role_id text not null references loops (role_id) on delete cascade,
        position integer not null check (position >= 0),
        kind text not null check (kind in ('screen', 'technical-screen', 'exercise', 'onsite', 'custom')),
        name text not null,
        minutes integer not null check (minutes > 0),
        sessions text not null default '[]' check (json_valid(sessions) and json_type(sessions) = 'array'),
        focus_attributes text not null default '[]'
          check (json_valid(focus_attributes) and json_type(focus_attributes) = 'array'),
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`create index loop_rounds_by_role on loop_rounds (role_id, position)`.execute(trx);
    // A kit item points at a bank question without a foreign key: bank questions are
    // tombstoned, and a kit keeps showing one that was deleted.
    await sql`
      create table kit_items (
        seq integer primary key,
        id text not null unique,
        round_id text not null references loop_rounds (id) on delete cascade,
        question_id text not null,
        position integer not null check (position >= 0),
        minutes integer not null check (minutes > 0),
        created_at text not null,
        updated_at text not null,
        unique (round_id, question_id)
      ) strict
    `.execute(trx);
    await sql`create index kit_items_by_round on kit_items (round_id, position)`.execute(trx);
    // Calibration of a role's loop: core questions and the strong answer the panel agreed
    // (null: the bank's own guidance).
    await sql`
      create table loop_calibration (
        role_id text not null references loops (role_id) on delete cascade,
        question_id text not null,
        core integer not null default 0 check (core in (0, 1)),
        agreed_answer text,
        created_at text not null,
        updated_at text not null,
        primary key (role_id, question_id)
      ) strict
    `.execute(trx);
  });
}
