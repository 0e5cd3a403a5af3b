import fs from 'node:fs';
import path from 'node:path';
import type { JdDeduction, JdFinding } from '../../../shared/domain/jd';
import type { JdInferredContext } from '../../../shared/jd';
import { JD_FILE_MAX_BYTES } from '../../../shared/jd';
import { AppError } from '../../core/errors';
import { checkJd } from '../../core/jd/check';
import { readJdFile } from '../../core/jd/read-file';
import { type CliCommand, parseCommandArgs, printJson } from '../io';
import { exportJd, scoreSummary, showJd } from './jd-builder';

const usage = `reqdesk jd check <file.txt|.md|.docx> [--location "City, ST"] [--json]
       reqdesk jd show <role-id> [--db PATH] [--json]
       reqdesk jd export <role-id> [--docx out.docx] [--pdf out.pdf] [--override "reason"] [--remove-placeholders] [--db PATH] [--json]`;

const excerpt = (text: string, f: JdFinding) => {
  const span = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return span.length > 70 ? `${span.slice(0, 69)}…` : span;
};

/** What `jd check` read from the file itself, one line each, so a user can see why a check fired. */
function inferredLines(i: JdInferredContext): string[] {
  const lines = [
    `Inferred level: ${i.level ?? 'unknown'} (${i.levelWhy})`,
    `Inferred archetype: ${i.archetype ?? 'unknown'} (${i.archetypeWhy})`,
    `Inferred location: ${i.location ?? 'none named'}${i.workMode ? `, ${i.workMode}` : ''}`,
  ];
  if (i.band)
    lines.push(
      `Band: $${i.band.min.toLocaleString('en-US')}-$${i.band.max.toLocaleString('en-US')} (${i.bandBasis})`,
    );
  return lines;
}

/**
 * How the score in the report's first line was counted: the points each check took off 100. The
 * score itself is printed once, there; these lines only explain it.
 */
function deductionLines(deductions: readonly JdDeduction[]): string[] {
  if (deductions.length === 0) return [];
  const lines = [
    '',
    'Points off 100:',
    ...deductions.map((d) => `  -${String(d.points).padStart(2)}  ${d.reason}`),
  ];
  const off = deductions.reduce((n, d) => n + d.points, 0);
  if (off > 100) lines.push(`  ${off} points in all; the score stops at 0.`);
  return lines;
}

/**
 * `reqdesk jd check`: runs the JD checks on a file. It needs no database, so unlike other
 * commands it calls the core's JD functions directly instead of opening one.
 */
export const jdCommand: CliCommand = {
  name: 'jd',
  summary: "Check a job description file, or show and export a role's JD",
  usage,
  async run(argv, io) {
    const [first] = argv;
    if (first === 'show') return showJd(argv.slice(1), io, usage);
    if (first === 'export') return exportJd(argv.slice(1), io, usage);
    const { values, positionals } = parseCommandArgs(argv, { location: { type: 'string' } });
    const [verb, file, ...extra] = positionals;
    if (verb !== 'check' || !file || extra.length > 0) throw new AppError('bad_input', `Usage: ${usage}`);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new AppError('not_found', `There is no file at ${file}.`);
    }
    if (size > JD_FILE_MAX_BYTES)
      throw new AppError(
        'bad_input',
        `${path.basename(file)} is ${(size / 1024 / 1024).toFixed(1)} MB; a job description file can be at most 5.0 MB.`,
      );
    const read = await readJdFile(path.basename(file), fs.readFileSync(file));
    const location = typeof values.location === 'string' ? values.location : undefined;
    const { report, text, inferred } = checkJd({ text: read.text, location, infer: true }, new Date());
    const hasError = report.findings.some((f) => f.severity === 'error');

    if (values.json) {
      printJson(io, {
        score: report.score,
        words: report.words,
        inferred,
        boilerplate: report.boilerplate,
        findings: report.findings.map(({ id, severity, start, end, message, fix }) => ({
          id,
          severity,
          start,
          end,
          message,
          fix,
        })),
      });
      return hasError ? 1 : 0;
    }

    io.out(`${read.name}: ${scoreSummary(report)}`);
    if (inferred) for (const line of inferredLines(inferred)) io.out(line);
    const legal = report.boilerplate.filter((b) => b.kind !== 'metadata');
    if (legal.length > 0)
      io.out(
        `Boilerplate: ${legal.length} paragraph${legal.length === 1 ? '' : 's'} (${[...new Set(legal.map((b) => b.kind))].join(', ')}) left out of the length, "the candidate" and gender checks; ${report.words} words counted.`,
      );
    if (report.findings.length === 0) io.out('No findings: this JD passes every check.');
    for (const f of report.findings) {
      io.out('');
      const where = f.end > f.start ? `  "${excerpt(text, f)}"` : '';
      io.out(`${f.severity.padEnd(7)} ${f.id}${f.section ? ` (${f.section})` : ''}${where}`);
      io.out(`        ${f.message}`);
      if (f.fix) io.out(`        Fix: ${f.fix}`);
    }
    for (const line of deductionLines(report.deductions)) io.out(line);
    return hasError ? 1 : 0;
  },
};
