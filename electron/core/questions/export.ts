import { sql } from 'kysely';
import type { z } from 'zod';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExportFile,
  type exportInput,
} from '../../../shared/exchange';
import type { CoreContext } from '../context';
import { toCsv } from '../exchange/csv-format';
import { exportedHash, questionCells } from './content-hash';
import { questionToDraft, rowToQuestion } from './row';
import { matchingSeqs } from './search';

type Input = z.output<typeof exportInput>;

/**
 * The bank (or a selection) as a file. JSON carries tombstones so another install learns of
 * deletions; CSV is for spreadsheets and carries live questions only.
 */
export async function exportQuestions(ctx: CoreContext, input: Input): Promise<ExportFile> {
  let query = ctx.database.db.selectFrom('questions').selectAll().orderBy('seq');
  if (input.ids) query = query.where('id', 'in', input.ids.length > 0 ? input.ids : ['']);
  if (input.search) {
    const found = matchingSeqs(input.search.text, input.search.filters);
    query = query.where(sql<boolean>`seq in (${found})`);
  }
  const rows = await query.execute();
  const day = ctx.clock().toISOString().slice(0, 10);

  if (input.format === 'csv') {
    const live = rows.filter((r) => r.deleted_at === null).map(rowToQuestion);
    const content = toCsv(
      live.map((q) => {
        const draft = questionToDraft(q);
        return { ...questionCells(q.id, q.updatedAt, draft), contentHash: exportedHash('csv', draft) };
      }),
    );
    return {
      fileName: `reqdesk-questions-${day}.csv`,
      mimeType: 'text/csv',
      content,
      count: live.length,
      deleted: 0,
    };
  }

  const installId = await ctx.database.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'install_id')
    .executeTakeFirstOrThrow();
  const questions = rows.map((row) => {
    if (row.deleted_at !== null) return { id: row.id, updatedAt: row.updated_at, deletedAt: row.deleted_at };
    const question = rowToQuestion(row);
    const { starterRevision: _s, editedByUser: _e, ...q } = question;
    return { ...q, contentHash: exportedHash('json', questionToDraft(question)) };
  });
  const file = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: ctx.clock().toISOString(),
    installId: installId.value,
    questions,
  };
  return {
    fileName: `reqdesk-questions-${day}.json`,
    mimeType: 'application/json',
    content: `${JSON.stringify(file, null, 2)}\n`,
    count: rows.filter((r) => r.deleted_at === null).length,
    deleted: rows.filter((r) => r.deleted_at !== null).length,
  };
}
