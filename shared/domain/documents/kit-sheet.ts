import type { CalibrationItem, Round } from '../../kits';
import { labelOf } from '../kits/coverage';
import { measuredAttributes } from '../kits/measures';
import {
  bold,
  bullets,
  documentOf,
  heading,
  italic,
  keyValues,
  paragraph,
  table,
  writingSpace,
} from './build';
import type { Block, DocumentModel } from './model';
import { answerGuideBlocks } from './question-sheet';
import { ATTRIBUTE_SCALE } from './scales';

export interface KitSheetInput {
  roleTitle: string;
  round: Round;
  /** The loop's calibration: which questions are core, and the strong answer the panel agreed. */
  calibration: CalibrationItem[];
}

const minutes = (n: number) => `${n} min`;

function questionBlocks(input: KitSheetInput, index: number): Block[] {
  const { round } = input;
  const item = round.items[index];
  if (!item) return [];
  const q = item.question;
  const labels = new Map(Object.entries(round.focusLabels));
  const calibrated = input.calibration.find((c) => c.questionId === item.questionId);
  const measures = measuredAttributes(q, item.measures).map((a) => labelOf(a, labels));
  const facts = [minutes(item.minutes), `measures ${measures.join(', ')}`];
  if (calibrated?.core) facts.push('core question');
  const blocks: Block[] = [
    heading(2, `${index + 1}. ${q.topic}`),
    paragraph([bold(q.text)]),
    paragraph([italic(facts.join(' · '))]),
  ];
  if (calibrated?.core && calibrated.edited) {
    blocks.push(heading(3, 'Calibration note: what the panel agreed'), paragraph(calibrated.agreedAnswer));
  }
  blocks.push(...answerGuideBlocks(q));
  if (q.probes.length > 0) blocks.push(heading(3, 'Probes'), bullets(q.probes));
  if (q.redFlags.length > 0) blocks.push(heading(3, 'Listen out for'), bullets(q.redFlags));
  blocks.push(heading(3, 'Notes'), writingSpace(5));
  return blocks;
}

/**
 * A round's kit for the interviewer: the round's facts and focus attributes, the scale the
 * attributes are scored on, then each question in the order asked with its calibration note,
 * strong-answer guide, anchors, probes, red flags and room for notes. No interviewer is named:
 * whoever runs the round writes their name on it.
 */
export function buildKitSheet(input: KitSheetInput): DocumentModel {
  const { round } = input;
  const title = `${round.name} kit: ${input.roleTitle}`;
  const focus = round.focusAttributes.map((a) => round.focusLabels[a] ?? a);
  const blocks: Block[] = [
    heading(1, title),
    keyValues([
      ['Round', `${round.name} (${minutes(round.minutes)})`],
      ['Questions', `${round.items.length}, ${minutes(round.plannedMinutes)} planned`],
      ['Focus attributes', focus.length > 0 ? focus.join(', ') : 'none set'],
      ['Interviewer', '______________________'],
      ['Candidate', '______________________'],
    ]),
  ];
  if (round.sessions.length > 0) {
    blocks.push(
      heading(2, 'Sessions'),
      bullets(round.sessions.map((s) => `${s.name} (${minutes(s.minutes)})`)),
    );
  }
  blocks.push(
    heading(2, 'How to score'),
    paragraph(
      'Rate each question on its own anchors while the answer is fresh, writing down what the candidate said. Afterwards, rate every focus attribute on the scale below from that evidence alone, before reading anyone else’s scorecard.',
    ),
    table(
      [
        { header: 'Attribute rating', weight: 1 },
        { header: 'When to give it', weight: 3 },
      ],
      ATTRIBUTE_SCALE.map(({ name, anchor }) => [name, anchor]),
    ),
  );
  if (round.items.length === 0) {
    blocks.push(paragraph('This kit has no questions yet.'));
  }
  round.items.forEach((_, index) => {
    blocks.push(...questionBlocks(input, index));
  });
  return documentOf({ title, subject: 'Interview kit', keywords: ['interview', 'kit'] }, blocks);
}
