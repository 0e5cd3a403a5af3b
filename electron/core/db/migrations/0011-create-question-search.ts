import { type Kysely, sql } from 'kysely';

/** Must equal facetToken() in core/questions/fts-query.ts (tested), as in 0002. */
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
  insert into question_search (rowid, text, topic, strong_answer, tags, facets)
    select new.seq, new.text, new.topic, new.strong_answer,
      (select group_concat(value, ' ') from json_each(new.tags)),
      (select group_concat(${FACET_TOKEN_SQL}, ' ') from question_facets where seq = new.seq)
    where new.deleted_at is null;
`);

// Frozen once released: later changes go in a new numbered migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // The search index again, now with prefixes of 4 to 6 letters indexed too (2 and 3 already
    // were): typing "migr" into 100,000 questions then reads one list instead of merging the
    // lists of every word that starts with it, for the count, the page and the highlights.
    // FTS5 cannot add a prefix index to a table, so a new one replaces questions_fts, filled
    // from the questions and their facet rows as the triggers fill it row by row.
    for (const trigger of ['questions_after_insert', 'questions_after_update', 'questions_after_delete'])
      await sql`drop trigger ${sql.id(trigger)}`.execute(trx);
    await sql`drop table questions_fts`.execute(trx);
    await sql`
      create virtual table question_search using fts5(
        text, topic, strong_answer, tags, facets,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4 5 6'
      )
    `.execute(trx);
    // Ranking weights per column, as before: text, topic, strong answer, tags; facets never count.
    await sql`insert into question_search (question_search, rank) values ('rank', 'bm25(10.0, 5.0, 2.0, 1.0, 0.0)')`.execute(
      trx,
    );
    await sql`
      insert into question_search (rowid, text, topic, strong_answer, tags, facets)
      select q.seq, q.text, q.topic, q.strong_answer,
        (select group_concat(value, ' ') from json_each(q.tags)),
        (select group_concat(${sql.raw(FACET_TOKEN_SQL)}, ' ') from question_facets where seq = q.seq)
      from questions q
      where q.deleted_at is null
      order by q.seq
    `.execute(trx);

    await sql`create trigger questions_after_insert after insert on questions begin ${INDEX_NEW_ROW} end`.execute(
      trx,
    );
    await sql`
      create trigger questions_after_update after update on questions begin
        delete from question_search where rowid = old.seq;
        delete from question_facets where seq = old.seq;
        ${INDEX_NEW_ROW}
      end
    `.execute(trx);
    await sql`
      create trigger questions_after_delete after delete on questions begin
        delete from question_search where rowid = old.seq;
      end
    `.execute(trx);
  });
}
