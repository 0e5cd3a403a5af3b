import { type Kysely, sql } from 'kysely';

/**
 * A facet value as one full-text token ("f" + hex of `facet<US>value`), so filters join the
 * MATCH and FTS5 intersects them with the text terms. Must equal facetToken() in
 * core/questions/fts-query.ts (tested).
 */
const FACET_TOKEN_SQL = `'f' || lower(hex(facet || char(31) || value))`;

/** Trigger body: a live row's facet rows, then its index entry (tombstones get neither). */
const INDEX_NEW_ROW = sql.raw(`
  insert into question_facets (seq, facet, value)
    select * from (
      select new.seq, 'category', new.category
      union select new.seq, 'topic', new.topic
      union select new.seq, 'origin', new.origin
      union select new.seq, 'level', value from json_each(new.levels)
      union select new.seq, 'archetype', value from json_each(new.archetypes)
      union select new.seq, 'round', value from json_each(new.rounds)
      union select new.seq, 'attribute', value from json_each(new.attributes)
    ) where new.deleted_at is null;
  insert into questions_fts (rowid, text, topic, strong_answer, tags, facets)
    select new.seq, new.text, new.topic, new.strong_answer,
      (select group_concat(value, ' ') from json_each(new.tags)),
      (select group_concat(${FACET_TOKEN_SQL}, ' ') from question_facets where seq = new.seq)
    where new.deleted_at is null;
`);

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // seq is the stable integer rowid the full-text index points at (VACUUM may renumber an
    // implicit rowid); id is the UUID that travels in exchange files.
    await sql`
      create table questions (
        seq integer primary key,
        id text not null unique,
        category text not null check (category in ('technical', 'systems', 'behavioural', 'culture')),
        topic text not null,
        text text not null,
        strong_answer text not null,
        anchors text not null check (json_valid(anchors) and json_array_length(anchors) = 4),
        probes text not null check (json_valid(probes)),
        red_flags text not null check (json_valid(red_flags)),
        levels text not null check (json_valid(levels)),
        archetypes text not null check (json_valid(archetypes)),
        rounds text not null check (json_valid(rounds)),
        attributes text not null check (json_valid(attributes)),
        tags text not null check (json_valid(tags)),
        minutes integer not null check (minutes between 1 and 240),
        origin text not null check (origin in ('starter', 'custom', 'imported')),
        starter_revision integer,
        edited_by_user integer not null default 0,
        created_at text not null,
        updated_at text not null,
        deleted_at text
      ) strict
    `.execute(trx);
    await sql`create index questions_live_topic on questions (topic) where deleted_at is null`.execute(trx);

    // One row per (question, facet, value): filters and facet counts use this index instead
    // of parsing JSON arrays row by row.
    await sql`
      create table question_facets (
        seq integer not null references questions (seq) on delete cascade,
        facet text not null,
        value text not null,
        primary key (facet, value, seq)
      ) strict, without rowid
    `.execute(trx);
    await sql`create index question_facets_by_seq on question_facets (seq)`.execute(trx);

    await sql`
      create virtual table questions_fts using fts5(
        text, topic, strong_answer, tags, facets,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      )
    `.execute(trx);
    // Ranking weights per column: a hit in the question's text counts most, then its topic,
    // then the strong-answer guide, then tags; the facet tokens never count.
    await sql`insert into questions_fts (questions_fts, rank) values ('rank', 'bm25(10.0, 5.0, 2.0, 1.0, 0.0)')`.execute(
      trx,
    );

    // The index and the facet rows follow every insert, edit, delete and tombstone.
    await sql`create trigger questions_after_insert after insert on questions begin ${INDEX_NEW_ROW} end`.execute(
      trx,
    );
    await sql`
      create trigger questions_after_update after update on questions begin
        delete from questions_fts where rowid = old.seq;
        delete from question_facets where seq = old.seq;
        ${INDEX_NEW_ROW}
      end
    `.execute(trx);
    await sql`
      create trigger questions_after_delete after delete on questions begin
        delete from questions_fts where rowid = old.seq;
      end
    `.execute(trx);
  });
}
