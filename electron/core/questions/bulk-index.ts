import type { Database } from '../db/open';
import type { QuestionsTable } from '../db/schema';

/**
 * Indexing many new questions at once. The insert trigger indexes one row at a time (its
 * facet rows through a UNION, then one full-text row), which is most of an import's time.
 * For a big batch the trigger is set aside, the rows go in through one prepared statement,
 * and the same facet rows and index entries are written by two set-based statements in seq
 * order. Run inside the caller's transaction, so a failure anywhere leaves the trigger, the
 * rows and the index as they were.
 */
export const BULK_INDEX_FROM = 500;

const INSERT_TRIGGER = 'questions_after_insert';

/**
 * Facet rows for every live question above `after`: the rows the insert trigger makes. A list
 * may name a value twice, and `or ignore` keeps the one row the key allows, as the trigger's
 * UNION does; sorting the rows into key order first measured half again as slow.
 */
const FACETS_SQL = `
  insert or ignore into question_facets (seq, facet, value)
  select seq, facet, value from (
    select seq, 'category' as facet, category as value from questions where seq > @after and deleted_at is null
    union all select seq, 'topic', topic from questions where seq > @after and deleted_at is null
    union all select seq, 'origin', origin from questions where seq > @after and deleted_at is null
    union all select q.seq, 'level', j.value from questions q, json_each(q.levels) j where q.seq > @after and q.deleted_at is null
    union all select q.seq, 'archetype', j.value from questions q, json_each(q.archetypes) j where q.seq > @after and q.deleted_at is null
    union all select q.seq, 'round', j.value from questions q, json_each(q.rounds) j where q.seq > @after and q.deleted_at is null
    union all select q.seq, 'attribute', j.value from questions q, json_each(q.attributes) j where q.seq > @after and q.deleted_at is null
  )`;

/** Index entries for the same questions; the facet tokens as facetToken() writes them. */
const SEARCH_SQL = `
  insert into question_search (rowid, text, topic, strong_answer, tags, facets)
  select q.seq, q.text, q.topic, q.strong_answer,
    (select group_concat(value, ' ') from json_each(q.tags)),
    (select group_concat('f' || lower(hex(facet || char(31) || value)), ' ') from question_facets where seq = q.seq)
  from questions q
  where q.seq > @after and q.deleted_at is null
  order by q.seq`;

/** A new question's columns as the apply writes them: the table's, less what SQLite fills in. */
export type NewQuestionRow = Omit<
  QuestionsTable,
  'seq' | 'starter_revision' | 'edited_by_user' | 'deleted_at'
>;

/**
 * One prepared insert run per row: with the trigger set aside nothing else is written per
 * row, and reusing one statement measured about twice as fast as building 500-row statements.
 */
const INSERT_SQL = `insert into questions
  (id, category, topic, text, strong_answer, anchors, probes, red_flags, levels, archetypes, rounds, attributes, tags, minutes, origin, created_at, updated_at)
  values (@id, @category, @topic, @text, @strong_answer, @anchors, @probes, @red_flags, @levels, @archetypes, @rounds, @attributes, @tags, @minutes, @origin, @created_at, @updated_at)`;

/**
 * Inserts new questions with the insert trigger set aside, then indexes them all at once.
 * Must be called inside a transaction.
 */
export function insertIndexedInBulk(sqlite: Database['sqlite'], rows: NewQuestionRow[]): void {
  if (!sqlite.inTransaction) throw new Error('insertIndexedInBulk needs an open transaction');
  const trigger = sqlite
    .prepare("select sql from sqlite_schema where type = 'trigger' and name = ?")
    .pluck()
    .get(INSERT_TRIGGER) as string | undefined;
  if (!trigger) throw new Error(`trigger ${INSERT_TRIGGER} is missing`);
  const after = sqlite.prepare('select coalesce(max(seq), 0) from questions').pluck().get() as number;
  sqlite.exec(`drop trigger ${INSERT_TRIGGER}`);
  const insert = sqlite.prepare(INSERT_SQL);
  for (const row of rows) insert.run(row);
  sqlite.prepare(FACETS_SQL).run({ after });
  sqlite.prepare(SEARCH_SQL).run({ after });
  // The trigger comes back exactly as the migration wrote it.
  sqlite.exec(trigger);
}
