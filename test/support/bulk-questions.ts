import type { Database } from '../../electron/core/db/open';
import { draftToColumns } from '../../electron/core/questions/row';
import type { QuestionDraft } from '../../shared/questions';

/** Many questions in one transaction, through the real table and its triggers (index and facets kept in step). */
export function insertQuestions(database: Database, drafts: QuestionDraft[]): void {
  const insert = database.sqlite.prepare(`insert into questions
    (id, category, topic, text, strong_answer, anchors, probes, red_flags, levels, archetypes, rounds, attributes, tags, minutes, origin, created_at, updated_at)
    values (@id, @category, @topic, @text, @strong_answer, @anchors, @probes, @red_flags, @levels, @archetypes, @rounds, @attributes, @tags, @minutes, 'custom', @now, @now)`);
  const now = new Date().toISOString();
  database.sqlite.transaction(() => {
    for (const draft of drafts) insert.run({ id: crypto.randomUUID(), now, ...draftToColumns(draft) });
  })();
}
