import fs from 'node:fs';
import path from 'node:path';
import { EXCHANGE_LIMITS, type ExchangeKind, type ExchangeReport } from '../../../shared/pack-exchange';
import { AppError } from '../../core/errors';
import { openTransferFile, refuseCompressed } from '../../core/exchange/transfer-file';
import { writeFileAtomic } from '../../core/files/write-atomic';
import { withCore } from '../core-session';
import { type CliIo, printJson } from '../io';

/**
 * The `export` and `import` verbs shared by `pack`, `scorecard` and `role`: a transfer file
 * written or read through the same channels the app uses.
 */

/** The file's text, refused before reading it whole when it is too big, compressed or not UTF-8. */
export function readTransferText(file: string): { fileName: string; content: string } {
  const fileName = path.basename(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('not_found', `There is no file at ${file}.`);
  }
  if (size > EXCHANGE_LIMITS.bytes) {
    throw new AppError(
      'bad_input',
      `${fileName} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${EXCHANGE_LIMITS.bytes / 1024 / 1024} MB of any Reqdesk file. Nothing was imported.`,
    );
  }
  const bytes = fs.readFileSync(file);
  refuseCompressed(bytes.subarray(0, 8), fileName);
  try {
    return { fileName, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new AppError('bad_input', `${fileName} is not text (not UTF-8). Nothing was imported.`);
  }
}

export async function exportTo(
  io: CliIo,
  db: string | undefined,
  json: boolean | undefined,
  out: string | undefined,
  what:
    | { kind: 'pack'; candidateId: string; roundId: string; interviewer: string }
    | { kind: 'scorecard'; scorecardId: string }
    | { kind: 'role-bundle'; roleId: string },
): Promise<number> {
  if (!out) throw new AppError('bad_input', 'Say where to write the file: --out FILE.');
  const file = await withCore(db, (call) => call('exchange.export', what), { existing: true });
  const target = path.resolve(out);
  writeFileAtomic(target, file.content);
  if (json) printJson(io, { file: target, kind: file.kind, sha256: file.sha256 });
  else io.out(`Wrote ${target} (${file.kind}, SHA-256 ${file.sha256.slice(0, 16)}…)`);
  return 0;
}

function printReport(io: CliIo, report: ExchangeReport): void {
  io.out(
    `${report.fileName}: ${report.kind} from install ${report.from.installId}, written ${report.from.exportedAt}`,
  );
  for (const r of report.records) {
    io.out(
      `  ${r.outcome.padEnd(11)} ${r.type} v${r.version}  ${r.label}${r.reason ? `  (${r.reason})` : ''}`,
    );
  }
  io.out(report.summary);
}

/** Imports (or with dryRun, reports on) a file; a refused file or unknown pack exits 1 with the reason. */
export async function importFrom(
  io: CliIo,
  options: { db?: string; json?: boolean; dryRun?: boolean; asNewCandidate?: boolean },
  file: string,
  expected: ExchangeKind,
): Promise<number> {
  const { fileName, content } = readTransferText(file);
  const { kind } = openTransferFile(content, fileName).envelope;
  if (kind !== expected) {
    throw new AppError(
      'bad_input',
      `${fileName} is a ${kind} file; import it with \`reqdesk ${kind === 'role-bundle' ? 'role' : kind} import\`. Nothing was imported.`,
    );
  }
  const input = { fileName, content, allowUnknownPack: options.asNewCandidate === true };
  const report = await withCore(options.db, (call) =>
    call(options.dryRun ? 'exchange.previewImport' : 'exchange.applyImport', input),
  );
  if (options.json) printJson(io, report);
  else printReport(io, report);
  if (report.unknownPack) {
    if (!options.json) io.err('Use --as-new-candidate to import it anyway under a new candidate.');
    return 1;
  }
  return 0;
}
