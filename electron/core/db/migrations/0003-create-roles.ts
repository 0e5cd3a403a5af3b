import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The spec is one JSON document (validated by shared/roles.ts before it is written); the
    // columns the list sorts and filters on are generated from it, so they never disagree.
    await sql`
      create table roles (
        seq integer primary key,
        id text not null unique,
        spec text not null check (json_valid(spec)),
        title text generated always as (json_extract(spec, '$.title')) virtual,
        company text generated always as (json_extract(spec, '$.company')) virtual,
        status text generated always as (json_extract(spec, '$.status')) virtual,
        revision integer not null default 1,
        last_client_seq integer not null default 0,
        created_at text not null,
        updated_at text not null,
        archived_at text,
        deleted_at text
      ) strict
    `.execute(trx);
    await sql`create index roles_live_by_update on roles (updated_at desc) where deleted_at is null`.execute(
      trx,
    );
  });
}
