import { type Kysely, sql } from 'kysely';
import { defaultRejectionReasons } from '../../../../shared/debrief';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The hiring decision of a debrief. A recorded decision never changes: a later change is
    // the next version with its reason, like a submitted scorecard.
    await sql`
      create table decisions (
        seq integer primary key,
        id text not null unique,
        candidate_id text not null references candidates (id) on delete cascade,
        role_id text not null,
        version integer not null check (version >= 1),
        outcome text not null check (outcome in ('hire', 'no-hire', 'hold', 'another-round')),
        rationale text not null check (length(trim(rationale)) > 0),
        rejection_reason text,
        decided_by text not null check (length(trim(decided_by)) > 0),
        decided_at text not null,
        change_reason text,
        created_at text not null,
        check (outcome <> 'no-hire' or rejection_reason is not null),
        check (version = 1 or change_reason is not null),
        unique (candidate_id, role_id, version)
      ) strict
    `.execute(trx);
    await sql`
      create trigger decisions_read_only before update on decisions
      begin
        select raise(abort, 'a recorded decision cannot change');
      end
    `.execute(trx);
    // The short list a rejection picks its reason from; the recruiter edits it. A decision
    // keeps the reason's text, so editing the list never rewrites a past decision.
    await sql`
      create table rejection_reasons (
        position integer primary key,
        label text not null unique check (length(trim(label)) > 0)
      ) strict
    `.execute(trx);
    for (const [position, label] of defaultRejectionReasons.entries()) {
      await sql`insert into rejection_reasons (position, label) values (${position}, ${label})`.execute(trx);
    }
    // The stage timeline of each candidate, written by triggers so every path that changes a
    // stage (the form, a decision, the CLI) leaves its mark; existing candidates start with
    // their current stage.
    await sql`
      create table candidate_stage_events (
        seq integer primary key,
        candidate_id text not null references candidates (id) on delete cascade,
        stage text not null,
        at text not null
      ) strict
    `.execute(trx);
    await sql`create index candidate_stage_events_by_candidate on candidate_stage_events (candidate_id, seq)`.execute(
      trx,
    );
    await sql`
      insert into candidate_stage_events (candidate_id, stage, at)
      select id, stage, created_at from candidates order by seq
    `.execute(trx);
    await sql`
      create trigger candidate_stage_first after insert on candidates
      begin
        insert into candidate_stage_events (candidate_id, stage, at) values (new.id, new.stage, new.created_at);
      end
    `.execute(trx);
    await sql`
      create trigger candidate_stage_change after update of stage on candidates
      when old.stage <> new.stage
      begin
        insert into candidate_stage_events (candidate_id, stage, at) values (new.id, new.stage, new.updated_at);
      end
    `.execute(trx);
    // Dated notes on a candidate, for what does not belong on a scorecard.
    await sql`
      create table candidate_notes (
        seq integer primary key,
        id text not null unique,
        candidate_id text not null references candidates (id) on delete cascade,
        text text not null check (length(trim(text)) > 0),
        created_at text not null
      ) strict
    `.execute(trx);
    await sql`create index candidate_notes_by_candidate on candidate_notes (candidate_id, seq)`.execute(trx);
    // The candidate list reads the newest first across roles, a page at a time.
    await sql`create index candidates_by_created on candidates (created_at desc, seq desc)`.execute(trx);
    await sql`create index decisions_by_candidate on decisions (candidate_id, role_id, version)`.execute(trx);
  });
}
