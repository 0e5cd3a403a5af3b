import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // One JD per role. The sections are one JSON array of { id, heading, text,
    // generated }: `generated` is what the generator last wrote, so a hand edit is text !== generated.
    await sql`
      create table jds (
        seq integer primary key,
        id text not null unique,
        role_id text not null unique references roles (id),
        sections text not null check (json_valid(sections) and json_type(sections) = 'array'),
        revision integer not null default 1,
        last_client_seq integer not null default 0,
        final_at text,
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    // A snapshot per export: the JD text as it was written to the files.
    await sql`
      create table jd_versions (
        seq integer primary key,
        id text not null unique,
        jd_id text not null references jds (id),
        created_at text not null,
        formats text not null check (json_valid(formats)),
        final integer not null check (final in (0, 1)),
        override_reason text,
        text text not null,
        sections text not null check (json_valid(sections))
      ) strict
    `.execute(trx);
    await sql`create index jd_versions_by_jd on jd_versions (jd_id, seq desc)`.execute(trx);
  });
}
