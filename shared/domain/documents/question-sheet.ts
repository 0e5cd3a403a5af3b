import { labels, type Question } from '../../questions';
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
import { ANCHOR_LABELS } from './scales';

export interface QuestionSheetOptions {
  /** Defaults to "Interview questions". */
  title?: string;
  /** The interviewer this sheet is for; a blank line to write on when left out. */
  interviewer?: string;
  /** The day the sheet is printed for, YYYY-MM-DD. */
  date?: string;
  /** Ruled lines under each question for notes. */
  noteLines?: number;
}

/** What a strong answer shows and the rating anchors: the part of a question every sheet prints. */
export function answerGuideBlocks(q: Pick<Question, 'strongAnswer' | 'anchors'>): Block[] {
  return [
    heading(3, 'What a strong answer shows'),
    paragraph(q.strongAnswer),
    heading(3, 'Rating anchors'),
    table(
      [
        { header: 'Rating', weight: 1 },
        { header: 'What you hear', weight: 4 },
      ],
      q.anchors.map((anchor, i) => [ANCHOR_LABELS[i] ?? String(i + 1), anchor]),
    ),
  ];
}

function questionBlocks(q: Question, n: number, noteLines: number): Block[] {
  const facts = [
    labels.category[q.category],
    q.levels.map((l) => labels.level[l]).join(', '),
    `${q.minutes} min`,
  ].join(' · ');
  const blocks: Block[] = [
    heading(2, `${n}. ${q.topic}`),
    paragraph([bold(q.text)]),
    paragraph([italic(facts)]),
    ...answerGuideBlocks(q),
  ];
  if (q.probes.length > 0) blocks.push(heading(3, 'Probes'), bullets(q.probes));
  if (q.redFlags.length > 0) blocks.push(heading(3, 'Red flags'), bullets(q.redFlags));
  blocks.push(heading(3, 'Notes'), writingSpace(noteLines));
  return blocks;
}

/**
 * A printable sheet for an interview: the chosen questions in the order given, each with what
 * a strong answer shows, the four rating anchors, probes, red flags and ruled space for notes.
 */
export function buildQuestionSheet(questions: Question[], options: QuestionSheetOptions = {}): DocumentModel {
  const title = options.title?.trim() || 'Interview questions';
  const minutes = questions.reduce((sum, q) => sum + q.minutes, 0);
  const facts: [string, string][] = [
    ['Questions', String(questions.length)],
    ['Planned time', `${minutes} min`],
  ];
  // Left blank to be written in by hand unless a name is given for this very sheet.
  facts.push(['Interviewer', options.interviewer?.trim() || '______________________']);
  if (options.date) facts.push(['Date', options.date]);
  const blocks: Block[] = [heading(1, title), keyValues(facts)];
  questions.forEach((q, i) => {
    blocks.push(...questionBlocks(q, i + 1, options.noteLines ?? 5));
  });
  const metadata: DocumentModel['metadata'] = {
    title,
    subject: 'Interview question sheet',
    keywords: ['interview'],
  };
  if (options.interviewer?.trim()) metadata.author = options.interviewer.trim();
  return documentOf(metadata, blocks);
}
