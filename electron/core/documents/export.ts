import fs from 'node:fs';
import path from 'node:path';
import sanitize from 'sanitize-filename';
import {
  DOCUMENT_MIME,
  type DocumentExportResult,
  type DocumentSaveResult,
  type DocumentSource,
} from '../../../shared/documents';
import type { DocumentModel, PageSize } from '../../../shared/domain/documents/model';
import {
  findPlaceholders,
  removePlaceholders,
  stripPlaceholders,
} from '../../../shared/domain/documents/placeholders';
import { buildQuestionSheet } from '../../../shared/domain/documents/question-sheet';
import type { Jd } from '../../../shared/jd';
import type { Question } from '../../../shared/questions';
import type { CoreContext } from '../context';
import { debriefPacketModel } from '../debrief/packet';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files/write-atomic';
import { jdExportModel, recordJdVersion } from '../jd/export';
import { rowToQuestion } from '../questions/row';
import { getSettings } from '../settings/settings';
import { writeDocx } from './docx-writer';
import { kitModel, scorecardModel } from './interview-docs';
import { writePdf } from './pdf/pdf-writer';

export type FileKind = 'docx' | 'pdf';

export interface BuiltDocument {
  name: string;
  kind: FileKind;
  mime: string;
  data: Buffer;
}

/**
 * A file name any OS accepts, from a title: characters Windows, macOS or Linux refuse are
 * dropped, reserved names (CON, NUL...) avoided, length capped; never empty.
 */
export function documentFileName(title: string, kind: FileKind): string {
  const cleaned = sanitize(title.replace(/\s+/g, ' ').trim(), { replacement: '' }).replace(
    /^[.\s]+|[.\s]+$/g,
    '',
  );
  // File systems count bytes (255 at most): 120 CJK characters are 360. Cut by whole
  // characters, leaving room for the extension, a " (2)" and the temporary name of the write.
  const base = withinBytes(cleaned, NAME_BYTES).replace(/[.\s]+$/, '');
  return `${base || 'Reqdesk document'}.${kind}`;
}

const NAME_BYTES = 120;

function withinBytes(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > max) break;
    out += char;
  }
  return out;
}

/**
 * The path to write a file a person did not confirm in the dialog (the PDF saved beside the
 * chosen DOCX, or a name the dialog saw without its extension): never over an existing file;
 * "name (2).pdf" and so on instead.
 */
export function freePathBeside(file: string): string {
  if (!fs.existsSync(file)) return file;
  const ext = path.extname(file);
  const stem = file.slice(0, -ext.length);
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The chosen questions, live ones only, in the order asked for. */
async function questionsById(ctx: CoreContext, ids: string[]): Promise<Question[]> {
  const rows = await ctx.database.db
    .selectFrom('questions')
    .selectAll()
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, rowToQuestion(r)]));
  const missing = ids.filter((id) => !byId.has(id)).length;
  if (missing > 0) {
    throw new AppError(
      'not_found',
      missing === 1
        ? 'One of the chosen questions no longer exists.'
        : `${missing} of the chosen questions no longer exist.`,
    );
  }
  return ids.map((id) => byId.get(id) as Question);
}

/** The model a source stands for, with the name its files get; for a JD, the JD it was made from. */
export async function modelFor(
  ctx: CoreContext,
  source: DocumentSource,
): Promise<{ model: DocumentModel; jd: Jd | null }> {
  switch (source.kind) {
    case 'question-sheet': {
      // No interviewer named: the sheet is printed for whoever runs the interview, who may
      // not be the last person who started one on this machine.
      const model = buildQuestionSheet(await questionsById(ctx, source.questionIds), {
        date: ctx.clock().toISOString().slice(0, 10),
      });
      return { model, jd: null };
    }
    case 'kit':
      return { model: await kitModel(ctx, source.roundId), jd: null };
    case 'scorecard':
      return { model: await scorecardModel(ctx, source.id, source.viewer), jd: null };
    case 'jd':
      return jdExportModel(ctx, source);
    case 'debrief':
      return { model: await debriefPacketModel(ctx, source), jd: null };
  }
}

const kindsOf = (format: DocumentSource['format']): FileKind[] =>
  format === 'both' ? ['docx', 'pdf'] : [format];

/** Writes a model in the formats asked for. Both files come from the same model, so their text matches. */
export async function renderDocuments(
  model: DocumentModel,
  kinds: FileKind[],
  pageSize: PageSize,
  fileTitle = model.metadata.title,
): Promise<BuiltDocument[]> {
  // A file is never named after a placeholder: "Engineer ([qualifier])" is saved as "Engineer".
  const name = removePlaceholders(fileTitle);
  return Promise.all(
    kinds.map(async (kind) => ({
      kind,
      name: documentFileName(name, kind),
      mime: DOCUMENT_MIME[kind],
      data: kind === 'docx' ? await writeDocx(model, { pageSize }) : await writePdf(model, { pageSize }),
    })),
  );
}

/**
 * Builds the files for a source. With placeholders left and `placeholders: 'ask'`, no file is
 * made: the caller gets the list back and asks the person first.
 */
export async function buildDocuments(
  ctx: CoreContext,
  source: DocumentSource,
): Promise<{ files: BuiltDocument[]; placeholders: string[]; jd: Jd | null }> {
  // Placeholders are listed from the text as it stands, before a 'remove' export drops the
  // sentences that hold them, so the person is told what was cut.
  const asWritten = await modelFor(ctx, { ...source, placeholders: 'ask' });
  // The same placeholder rule as the JD check and the editor, over the body, the title and the subject.
  // A debrief holds what people wrote, not a template: brackets in a summary are theirs.
  const placeholders =
    source.kind === 'debrief' ? [] : [...new Set(findPlaceholders(asWritten.model).map((p) => p.text))];
  if (placeholders.length > 0 && source.placeholders === 'ask')
    return { files: [], placeholders, jd: asWritten.jd };
  const { model, jd } = source.placeholders === 'remove' ? await modelFor(ctx, source) : asWritten;
  const { pageSize } = await getSettings(ctx);
  // Cut from the title and subject too: they name the files and fill every page header.
  const files = await renderDocuments(
    source.kind === 'debrief' ? model : stripPlaceholders(model),
    kindsOf(source.format),
    pageSize,
  );
  return { files, placeholders, jd };
}

/** `documents.export`: the files as base64, for the browser preview to download. */
export async function exportDocuments(
  ctx: CoreContext,
  source: DocumentSource,
): Promise<DocumentExportResult> {
  const { files, placeholders, jd } = await buildDocuments(ctx, source);
  if (source.kind === 'jd' && jd && files.length > 0)
    await recordJdVersion(ctx, jd, { ...source, formats: files.map((f) => f.kind) });
  return {
    files: files.map((f) => ({ name: f.name, mime: f.mime, base64: f.data.toString('base64') })),
    placeholders,
  };
}

/**
 * Writes a document file to a path chosen by a person (save dialog) or given on a command
 * line: the name part is sanitised, the extension made right, and the write is atomic.
 * Returns the path written.
 */
export function writeDocumentFile(
  target: string,
  kind: FileKind,
  data: Uint8Array,
  { confirmed }: { confirmed?: string } = {},
): string {
  const dir = path.dirname(path.resolve(target));
  const stem = path.basename(target).replace(/\.(docx|pdf)$/i, '');
  const named = path.join(dir, documentFileName(stem, kind));
  // With a dialog, only the path it confirmed may replace a file; a command line names its own.
  const file = confirmed !== undefined && named !== path.resolve(confirmed) ? freePathBeside(named) : named;
  writeFileAtomic(file, data);
  return file;
}

/**
 * `documents.save` (Electron): one save dialog, for the first file; with 'both' the PDF goes
 * beside the DOCX under the same name. Preview and CLI have no dialog and are refused.
 */
export async function saveDocuments(ctx: CoreContext, source: DocumentSource): Promise<DocumentSaveResult> {
  const choose = ctx.chooseSavePath;
  if (!choose) throw new AppError('bad_input', 'Saving through a dialog only works in the desktop app.');
  const { files, placeholders, jd } = await buildDocuments(ctx, source);
  const first = files[0];
  if (!first) return { saved: [], canceled: false, placeholders };
  const target = await choose({
    suggestedName: first.name,
    filters: [
      first.kind === 'docx'
        ? { name: 'Word document', extensions: ['docx'] }
        : { name: 'PDF document', extensions: ['pdf'] },
    ],
  });
  if (target === null) return { saved: [], canceled: true, placeholders };
  const saved = files.map((f) => writeDocumentFile(target, f.kind, f.data, { confirmed: target }));
  if (source.kind === 'jd' && jd)
    await recordJdVersion(ctx, jd, { ...source, formats: files.map((f) => f.kind) });
  return { saved, canceled: false, placeholders };
}
