import type { Selectable } from 'kysely';
import type { Question, QuestionDraft } from '../../../shared/questions';
import type { QuestionsTable } from '../db/schema';

type Row = Selectable<QuestionsTable>;

const list = (json: string): string[] => JSON.parse(json) as string[];

export function rowToQuestion(row: Row): Question {
  return {
    id: row.id,
    category: row.category,
    topic: row.topic,
    text: row.text,
    strongAnswer: row.strong_answer,
    anchors: list(row.anchors) as Question['anchors'],
    probes: list(row.probes),
    redFlags: list(row.red_flags),
    levels: list(row.levels) as Question['levels'],
    archetypes: list(row.archetypes) as Question['archetypes'],
    rounds: list(row.rounds) as Question['rounds'],
    attributes: list(row.attributes),
    minutes: row.minutes,
    tags: list(row.tags),
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    starterRevision: row.starter_revision,
    editedByUser: row.edited_by_user === 1,
  };
}

/** The columns a draft fills, ready for insert or update. */
export function draftToColumns(draft: QuestionDraft) {
  return {
    category: draft.category,
    topic: draft.topic,
    text: draft.text,
    strong_answer: draft.strongAnswer,
    anchors: JSON.stringify(draft.anchors),
    probes: JSON.stringify(draft.probes),
    red_flags: JSON.stringify(draft.redFlags),
    levels: JSON.stringify(draft.levels),
    archetypes: JSON.stringify(draft.archetypes),
    rounds: JSON.stringify(draft.rounds),
    attributes: JSON.stringify(draft.attributes),
    tags: JSON.stringify(draft.tags),
    minutes: draft.minutes,
  };
}

/** The draft part of a stored question (what an edit or an import compares). */
export function questionToDraft(q: Question): QuestionDraft {
  return {
    category: q.category,
    topic: q.topic,
    text: q.text,
    strongAnswer: q.strongAnswer,
    anchors: q.anchors,
    probes: q.probes,
    redFlags: q.redFlags,
    levels: q.levels,
    archetypes: q.archetypes,
    rounds: q.rounds,
    attributes: q.attributes,
    minutes: q.minutes,
    tags: q.tags,
  };
}
