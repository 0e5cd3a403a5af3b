import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_LIMITS, type ImportPlan } from '../../../shared/exchange';
import { facetNames, HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/questions';
import { decodeUtf8File } from '../../../shared/utf8';
import { AppError } from '../../core/errors';
import { writeFileAtomic } from '../../core/files/write-atomic';
import { withCore } from '../core-session';
import { type CliCommand, type CliIo, parseCommandArgs, printJson } from '../io';

const usage = `reqdesk bank search "<query>" [--level senior] [--archetype api] [--category technical] [--limit N] [--json]
       reqdesk bank import <file.json|file.csv> [--dry-run] [--take-incoming] [--json]
       reqdesk bank export <file> [--csv] [--json]
(every form takes --db PATH)`;

export const bankCommand: CliCommand = {
  name: 'bank',
  summary: 'Search, import and export the question bank',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'search') return search(rest, io);
    if (sub === 'import') return importFile(rest, io);
    if (sub === 'export') return exportFile(rest, io);
    throw new AppError('bad_input', `Unknown bank command "${sub ?? ''}". Usage:\n${usage}`);
  },
};

async function search(argv: string[], io: CliIo): Promise<number> {
  const facetOptions = Object.fromEntries(
    facetNames.map((f) => [f, { type: 'string' as const, multiple: true }]),
  );
  const { values, positionals } = parseCommandArgs(argv, { limit: { type: 'string' }, ...facetOptions });
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  const filters = Object.fromEntries(
    facetNames.flatMap((f) => {
      const chosen = values[f];
      return Array.isArray(chosen) ? [[f, chosen]] : [];
    }),
  );
  const result = await withCore(values.db, (call) =>
    call('questions.search', { text: positionals.join(' '), filters, limit, offset: 0 }),
  );
  if (values.json) {
    const plain = (s: string | null) =>
      s?.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '') ?? null;
    printJson(io, {
      total: result.total,
      order: result.order,
      hits: result.hits.map((h) => ({
        ...h,
        text: plain(h.textHighlighted),
        snippet: plain(h.snippet),
        textHighlighted: undefined,
      })),
    });
    return 0;
  }
  const mark = (s: string) => s.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_END, ']');
  io.out(
    `${result.total} question${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (first ${result.hits.length})` : ''}${
      result.order === 'text-first'
        ? ', question text matches first: too many to rank, add words to rank them'
        : ''
    }`,
  );
  for (const hit of result.hits) {
    io.out(`\n${hit.id}  ${hit.category} · ${hit.topic} · ${hit.levels.join('/')} · ${hit.minutes} min`);
    io.out(`  ${mark(hit.textHighlighted)}`);
    if (hit.snippet) io.out(`  … ${mark(hit.snippet)}`);
  }
  return 0;
}

function readImportable(file: string): { content: string; format: 'json' | 'csv' } {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.csv')
    throw new AppError('bad_input', `${file}: import reads .json or .csv files.`);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('not_found', `${file}: no such file.`);
  }
  if (size > IMPORT_LIMITS.bytes) {
    throw new AppError(
      'bad_input',
      `${file} is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Nothing was imported.`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new AppError('bad_input', `${file} is not a text file. Nothing was imported.`);
  const decoded = decodeUtf8File(bytes, file);
  if (!decoded.ok) throw new AppError('bad_input', decoded.message);
  return { content: decoded.text, format: ext === '.json' ? 'json' : 'csv' };
}

function printPlan(io: CliIo, plan: ImportPlan): void {
  const c = plan.counts;
  io.out(
    `${plan.total} rows: ${c.new} new, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.conflicting} conflicting, ${c.invalid} invalid`,
  );
  for (const bad of plan.invalid) io.out(`  invalid row ${bad.row}: ${bad.reason}`);
  for (const conflict of plan.conflicts) {
    io.out(
      `  conflict row ${conflict.row} (${conflict.id}): yours is from ${conflict.localUpdatedAt}, the file's from ${conflict.incomingUpdatedAt || 'an unknown time'}`,
    );
  }
}

async function importFile(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    'dry-run': { type: 'boolean' },
    'take-incoming': { type: 'boolean' },
  });
  const [file] = positionals;
  if (!file) throw new AppError('bad_input', 'Name the file to import.');
  const { content, format } = readImportable(file);
  const input = { fileName: path.basename(file), format, content };
  return withCore(values.db, async (call) => {
    const plan = await call('questions.importPlan', input);
    if (values['dry-run']) {
      if (values.json) printJson(io, plan);
      else printPlan(io, plan);
      return 0;
    }
    const resolutions = values['take-incoming']
      ? Object.fromEntries(plan.conflicts.map((c) => [c.id, 'take-incoming' as const]))
      : {};
    const result = await call('questions.importApply', { ...input, resolutions });
    if (values.json) printJson(io, result);
    else {
      printPlan(io, result.plan);
      const a = result.applied;
      io.out(
        `imported: ${a.new} new, ${a.updated} updated, ${a.deleted} deleted, ${a.conflictsTakenIncoming} conflicts settled for the file`,
      );
      if (result.plan.counts.conflicting > a.conflictsTakenIncoming)
        io.out("Conflicts kept your version; --take-incoming takes the file's.");
    }
    return 0;
  });
}

async function exportFile(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { csv: { type: 'boolean' } });
  const [file] = positionals;
  if (!file) throw new AppError('bad_input', 'Name the file to write.');
  const exported = await withCore(values.db, (call) =>
    call('questions.export', { format: values.csv ? 'csv' : 'json' }),
  );
  writeFileAtomic(file, exported.content);
  if (values.json)
    printJson(io, { file: path.resolve(file), count: exported.count, format: values.csv ? 'csv' : 'json' });
  else io.out(`wrote ${exported.count} question${exported.count === 1 ? '' : 's'} to ${file}`);
  return 0;
}
