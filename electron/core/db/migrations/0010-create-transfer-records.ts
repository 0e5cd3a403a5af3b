import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Every version of every record that left or reached this install in a transfer file
    // (pack, returned scorecard, role bundle): its id, version, the install and counter that
    // made it, and the SHA-256 of its content. The same version with another content is kept
    // too, as a conflict for a person to resolve; nothing here is ever overwritten.
    await sql`
      create table transfer_records (
        seq integer primary key,
        id text not null unique,
        type text not null,
        record_id text not null,
        version integer not null check (version >= 1),
        origin_install text not null,
        origin_counter integer not null,
        origin_at text not null,
        sha256 text not null,
        body text not null check (json_valid(body)),
        state text not null check (state in ('applied', 'conflict', 'dropped', 'taken')),
        file_name text,
        recorded_at text not null,
        unique (type, record_id, version, sha256)
      ) strict
    `.execute(trx);
    await sql`create index transfer_records_by_record on transfer_records (type, record_id, version)`.execute(
      trx,
    );
    await sql`create index transfer_records_conflicts on transfer_records (recorded_at) where state = 'conflict'`.execute(
      trx,
    );
    // The packs this install sent (a scorecard must answer one of them) and the ones it
    // received (a returned scorecard names the pack it answers).
    await sql`
      create table transfer_packs (
        seq integer primary key,
        id text not null unique,
        direction text not null check (direction in ('sent', 'received')),
        role_id text not null,
        candidate_id text not null,
        round_id text not null,
        interviewer text not null,
        interviewer_key text not null,
        created_at text not null
      ) strict
    `.execute(trx);
    await sql`create index transfer_packs_by_round on transfer_packs (candidate_id, round_id, interviewer_key)`.execute(
      trx,
    );
    // Deleting a candidate deletes what travelled about them too: their name, interviews and
    // scorecards as sent or received, conflicts included. A trigger, so a backup purged of
    // the candidate (a plain delete in another process) loses them the same way.
    await sql`
      create trigger transfer_forget_candidate after delete on candidates
      begin
        delete from transfer_packs where candidate_id = old.id;
        delete from transfer_records
          where (type in ('candidate', 'candidate-summary') and record_id = old.id)
             or json_extract(body, '$.candidateId') = old.id;
      end
    `.execute(trx);
  });
}
