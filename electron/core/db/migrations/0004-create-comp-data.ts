import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The user's edits to the shipped comp data (resources/data/comp): one row per edited
    // row of the dataset, keyed by that row's id. `figures` holds only the numbers that were
    // changed, as a JSON object; the core lays them over the shipped row and validates the
    // result. Resetting a row deletes its edit, so the shipped figures show again.
    await sql`
      create table comp_edits (
        row_id text primary key,
        figures text not null check (json_valid(figures) and json_type(figures) = 'object'),
        year integer,
        updated text not null check (updated glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        edited_at text not null
      ) strict
    `.execute(trx);
  });
}
