import { type Kysely, sql } from 'kysely';

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Candidates, their interviews and scorecards. Everything about a candidate
    // hangs off the candidate row with ON DELETE CASCADE: deleting it removes them all.
    await sql`
      create table candidates (
        seq integer primary key,
        id text not null unique,
        role_id text not null references roles (id) on delete cascade,
        name text not null check (length(name) between 1 and 120),
        email text,
        phone text,
        source text not null default '',
        stage text not null
          check (stage in ('new', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')),
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`create index candidates_by_role on candidates (role_id, created_at desc)`.execute(trx);
    // An interview copies its round (name, length, focus) and kit when it starts; round_id
    // is only a link back, cleared when the round leaves the loop.
    await sql`
      create table interviews (
        seq integer primary key,
        id text not null unique,
        candidate_id text not null references candidates (id) on delete cascade,
        role_id text not null,
        round_id text references loop_rounds (id) on delete set null,
        round_name text not null,
        round_kind text not null,
        round_minutes integer not null,
        focus_attributes text not null check (json_valid(focus_attributes)),
        interviewer text not null,
        interviewer_key text not null,
        status text not null check (status in ('in-progress', 'ended')),
        current_item_id text,
        round_elapsed_ms integer not null default 0 check (round_elapsed_ms >= 0),
        position_seq integer not null default 0,
        started_at text not null,
        ended_at text,
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`create index interviews_by_candidate on interviews (candidate_id, started_at)`.execute(trx);
    await sql`create index interviews_by_role on interviews (role_id, started_at desc)`.execute(trx);
    await sql`create index interviews_by_round on interviews (round_id)`.execute(trx);
    await sql`create index interviews_in_progress on interviews (updated_at desc) where status = 'in-progress'`.execute(
      trx,
    );
    // One row per question of the interview: the question as it was, and the interviewer's
    // notes on it. client_seq orders autosaves so a late one is dropped.
    await sql`
      create table interview_items (
        seq integer primary key,
        id text not null unique,
        interview_id text not null references interviews (id) on delete cascade,
        question_id text not null,
        position integer not null check (position >= 0),
        ad_hoc integer not null default 0 check (ad_hoc in (0, 1)),
        minutes integer not null,
        question text not null check (json_valid(question)),
        rating text check (rating in ('1', '2', '3', '4', 'not-asked', 'insufficient')),
        evidence text not null default '',
        judgement text not null default '',
        red_flags text not null default '[]' check (json_valid(red_flags)),
        elapsed_ms integer not null default 0 check (elapsed_ms >= 0),
        client_seq integer not null default 0,
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`create index interview_items_by_interview on interview_items (interview_id, position)`.execute(
      trx,
    );
    // A scorecard per interview. The row holds the draft, or the current submitted version;
    // every submitted version is also kept in scorecard_versions, which never changes.
    await sql`
      create table scorecards (
        seq integer primary key,
        id text not null unique,
        interview_id text not null unique references interviews (id) on delete cascade,
        candidate_id text not null references candidates (id) on delete cascade,
        interviewer text not null,
        interviewer_key text not null,
        status text not null check (status in ('draft', 'submitted')),
        version integer not null default 0,
        ratings text not null default '[]' check (json_valid(ratings)),
        recommendation text check (recommendation in ('strong-no', 'no', 'yes', 'strong-yes')),
        summary text not null default '',
        reason text,
        submitted_at text,
        created_at text not null,
        updated_at text not null
      ) strict
    `.execute(trx);
    await sql`create index scorecards_by_candidate on scorecards (candidate_id, interviewer_key)`.execute(
      trx,
    );
    await sql`
      create table scorecard_versions (
        seq integer primary key,
        id text not null unique,
        scorecard_id text not null references scorecards (id) on delete cascade,
        version integer not null check (version >= 1),
        ratings text not null check (json_valid(ratings)),
        recommendation text not null check (recommendation in ('strong-no', 'no', 'yes', 'strong-yes')),
        summary text not null check (length(trim(summary)) > 0),
        reason text,
        submitted_at text not null,
        created_at text not null,
        updated_at text not null,
        unique (scorecard_id, version)
      ) strict
    `.execute(trx);
    await sql`
      create trigger scorecard_versions_read_only before update on scorecard_versions
      begin
        select raise(abort, 'a submitted scorecard version cannot change');
      end
    `.execute(trx);
  });
}
