import { z } from 'zod';
import type { KitQuestion } from '../../../shared/kits';
import { readJsonColumn, readStringList } from '../db/json-column';
import { anchorsShape } from '../questions/row';

/** A kit question as an interview stores its snapshot (shape only: limits are for what people type). */
const kitQuestionShape = z.object({
  topic: z.string(),
  text: z.string(),
  strongAnswer: z.string(),
  anchors: anchorsShape,
  probes: z.array(z.string()),
  redFlags: z.array(z.string()),
  attributes: z.array(z.string()),
  minutes: z.number(),
});

/** An interview item's snapshot of its question, read back from its JSON column. */
export const readKitQuestion = (text: string): KitQuestion =>
  readJsonColumn(kitQuestionShape, text, 'interview_items.question');

/**
 * The question columns kitQuestionOf reads, but minutes: a kit item has its own, so each
 * query names the question's.
 */
export const kitQuestionColumns = [
  'questions.topic',
  'questions.text',
  'questions.strong_answer',
  'questions.anchors',
  'questions.probes',
  'questions.red_flags',
  'questions.attributes',
] as const;

/** The parts of a bank question a kit or an interview shows. */
export function kitQuestionOf(row: {
  topic: string;
  text: string;
  strong_answer: string;
  anchors: string;
  probes: string;
  red_flags: string;
  attributes: string;
  minutes: number;
}): KitQuestion {
  return {
    topic: row.topic,
    text: row.text,
    strongAnswer: row.strong_answer,
    anchors: readJsonColumn(anchorsShape, row.anchors, 'questions.anchors'),
    probes: readStringList(row.probes, 'questions.probes'),
    redFlags: readStringList(row.red_flags, 'questions.red_flags'),
    attributes: readStringList(row.attributes, 'questions.attributes'),
    minutes: row.minutes,
  };
}
