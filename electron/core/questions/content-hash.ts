import { createHash } from 'node:crypto';
import type { CsvField, ImportFormat } from '../../../shared/exchange';
import { type QuestionDraft, questionDraft } from '../../../shared/questions';
import { draftFromCells } from './incoming';
import { draftToColumns } from './row';

/** SHA-256 of a question's content exactly as the database stores it. */
export function draftHash(draft: QuestionDraft): string {
  return createHash('sha256')
    .update(JSON.stringify(draftToColumns(draft)))
    .digest('hex');
}

type RowCells = Record<Exclude<CsvField, 'contentHash'>, string>;

/** One question as the cells of a CSV row, before formula characters are neutralised. */
export function questionCells(id: string, updatedAt: string, q: QuestionDraft): RowCells {
  return {
    id,
    category: q.category,
    topic: q.topic,
    text: q.text,
    strongAnswer: q.strongAnswer,
    anchor1: q.anchors[0],
    anchor2: q.anchors[1],
    anchor3: q.anchors[2],
    anchor4: q.anchors[3],
    probes: q.probes.join(' | '),
    redFlags: q.redFlags.join(' | '),
    levels: q.levels.join(', '),
    archetypes: q.archetypes.join(', '),
    rounds: q.rounds.join(', '),
    attributes: q.attributes.join(', '),
    minutes: String(q.minutes),
    tags: q.tags.join(', '),
    updatedAt,
  };
}

/**
 * The hash an export writes beside each question: of the question as an unedited file reads
 * it back (a CSV row goes through the same cell reading as an import). On import, a row that
 * still reads to this hash was not edited in the file, and a local question that still
 * projects to it was not changed here since the export; only a change on both sides is a
 * conflict, whatever the "updated at" cell says.
 */
export function exportedHash(format: ImportFormat, question: QuestionDraft): string {
  if (format === 'json') {
    const parsed = questionDraft.safeParse(question);
    return draftHash(parsed.success ? parsed.data : question);
  }
  const cells = questionCells('', '', question);
  const read = draftFromCells((field) => (field === 'contentHash' ? '' : cells[field].trim()));
  return draftHash(read.ok ? read.draft : question);
}
