import type { KitQuestion } from '../../../shared/kits';

const json = <T>(text: string): T => JSON.parse(text) as T;

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
    anchors: json(row.anchors),
    probes: json(row.probes),
    redFlags: json(row.red_flags),
    attributes: json(row.attributes),
    minutes: row.minutes,
  };
}
