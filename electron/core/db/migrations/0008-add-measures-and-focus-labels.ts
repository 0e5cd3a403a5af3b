import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The focus attributes a kit question is linked to by the recruiter (JSON array of ids),
    // on top of the attributes the bank gives it; an interview copies them to its items.
    await sql`alter table kit_items add column measures text not null default '[]' check (json_valid(measures))`.execute(
      trx,
    );
    await sql`alter table interview_items add column measures text not null default '[]' check (json_valid(measures))`.execute(
      trx,
    );
    // The label of each focus attribute made from a must-have, as it read when it was picked
    // (JSON object id -> label): the must-have line may be edited or removed later.
    await sql`alter table loop_rounds add column focus_labels text not null default '{}' check (json_valid(focus_labels))`.execute(
      trx,
    );
    await sql`alter table interviews add column focus_labels text not null default '{}' check (json_valid(focus_labels))`.execute(
      trx,
    );
  });
}
