import type { Selectable } from 'kysely';
import { z } from 'zod';
import {
  archetypes,
  levels,
  type Question,
  type QuestionDraft,
  type QuestionHit,
  rounds,
} from '../../../shared/questions';
import { readJsonColumn, readStringList } from '../db/json-column';
import type { QuestionsTable } from '../db/schema';

type Row = Selectable<QuestionsTable>;

// Shapes only: the limits in the draft schema are for what people type, and may change.
export const anchorsShape = z.tuple([z.string(), z.string(), z.string(), z.string()]);
const levelList = z.array(z.enum(levels));
const archetypeList = z.array(z.enum(archetypes));
const roundList = z.array(z.enum(rounds));

/** The facet lists a search hit shows, read back from their JSON columns. */
export function facetListsOf(
  row: Pick<Row, 'levels' | 'archetypes' | 'rounds'>,
): Pick<QuestionHit, 'levels' | 'archetypes' | 'rounds'> {
  return {
    levels: readJsonColumn(levelList, row.levels, 'questions.levels'),
    archetypes: readJsonColumn(archetypeList, row.archetypes, 'questions.archetypes'),
    rounds: readJsonColumn(roundList, row.rounds, 'questions.rounds'),
  };
}

/** The draft part of a stored question, from the columns draftToColumns writes. */
export function columnsToDraft(row: ReturnType<typeof draftToColumns>): QuestionDraft {
  return {
    category: row.category,
    topic: row.topic,
    text: row.text,
    strongAnswer: row.strong_answer,
    anchors: readJsonColumn(anchorsShape, row.anchors, 'questions.anchors'),
    probes: readStringList(row.probes, 'questions.probes'),
    redFlags: readStringList(row.red_flags, 'questions.red_flags'),
    ...facetListsOf(row),
    attributes: readStringList(row.attributes, 'questions.attributes'),
    minutes: row.minutes,
    tags: readStringList(row.tags, 'questions.tags'),
  };
}

export function rowToQuestion(row: Row): Question {
  return {
    id: row.id,
    ...columnsToDraft(row),
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
