import type { JdFinding } from '../../../shared/domain/jd';
import { writeDocumentFile } from '../../core/documents/export';
import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliIo, parseCommandArgs, printJson } from '../io';

/** `reqdesk jd show` and `reqdesk jd export`: the JD builder from the command line. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "score 72/100 (1 error, 3 warnings, 0 notes)": a check report in one line. */
export function scoreSummary(report: { score: number; findings: Pick<JdFinding, 'severity'>[] }): string {
  const count = (sev: JdFinding['severity'], word: string) =>
    plural(report.findings.filter((f) => f.severity === sev).length, word);
  return `score ${report.score}/100 (${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'note')})`;
}

/** The role's JD (generated and stored on first use, as the app does) and its check summary. */
export async function showJd(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv);
  const [roleId, ...extra] = positionals;
  if (!roleId || extra.length > 0) throw new AppError('bad_input', `Usage: ${usage}`);
  const { jd, check } = await withCore(
    values.db,
    async (call) => {
      const jd = await call('jd.forRole', { roleId });
      return { jd, check: await call('jd.checkStored', { id: jd.id }) };
    },
    { existing: true },
  );
  const { report } = check;
  if (values.json) {
    printJson(io, {
      jd: {
        ...jd,
        sections: jd.sections.map(({ id, heading, text, generated }) => ({
          id,
          heading,
          text,
          edited: text !== generated,
          stale: jd.stale[id] === true,
        })),
      },
      check: {
        score: report.score,
        findings: report.findings.map(({ id, severity, section, message, fix }) => ({
          id,
          severity,
          section,
          message,
          fix,
        })),
      },
    });
    return 0;
  }
  const [title, ...body] = jd.sections;
  io.out(title?.text ?? '');
  io.out(
    `${jd.finalAt ? `final since ${jd.finalAt}` : 'draft'}; revision ${jd.revision}; updated ${jd.updatedAt}`,
  );
  for (const s of body) {
    const marks = [
      s.text !== s.generated ? 'edited' : '',
      jd.stale[s.id] ? 'spec changed since generated' : '',
    ]
      .filter(Boolean)
      .join(', ');
    io.out('');
    io.out(`${s.heading}${marks ? `  (${marks})` : ''}`);
    io.out(s.text.trim() || '(empty)');
  }
  io.out('');
  io.out(`Checks: ${scoreSummary(report)}`);
  for (const f of report.findings) io.out(`  ${f.severity.padEnd(7)} ${f.id}: ${f.message}`);
  return 0;
}

/**
 * Writes the role's JD as DOCX and/or PDF (each atomically) and stores a snapshot, as the
 * app's export does. A final JD lacking a legally required range exits 1 with the refusal,
 * unless --override gives the reason to record.
 */
export async function exportJd(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    docx: { type: 'string' },
    pdf: { type: 'string' },
    override: { type: 'string' },
    'remove-placeholders': { type: 'boolean' },
  });
  const [roleId, ...extra] = positionals;
  const docx = typeof values.docx === 'string' ? values.docx : undefined;
  const pdf = typeof values.pdf === 'string' ? values.pdf : undefined;
  if (!roleId || extra.length > 0 || (!docx && !pdf))
    throw new AppError('bad_input', `Give --docx, --pdf or both.\nUsage: ${usage}`);
  const override = typeof values.override === 'string' ? values.override : undefined;
  const result = await withCore(
    values.db,
    (call) =>
      call('documents.export', {
        kind: 'jd',
        roleId,
        format: docx && pdf ? 'both' : docx ? 'docx' : 'pdf',
        placeholders: values['remove-placeholders'] ? 'remove' : 'ask',
        ...(override !== undefined ? { overrideReason: override } : {}),
      }),
    { existing: true },
  );
  if (result.files.length === 0) {
    io.err(
      `reqdesk jd: the JD still has ${plural(result.placeholders.length, 'placeholder')}: ${result.placeholders.join(', ')}. Fill them in, or export with --remove-placeholders to cut them out.`,
    );
    return 1;
  }
  const written = result.files.map((f) => {
    const kind = f.name.endsWith('.pdf') ? 'pdf' : 'docx';
    return writeDocumentFile((kind === 'pdf' ? pdf : docx) as string, kind, Buffer.from(f.base64, 'base64'));
  });
  if (values.json) printJson(io, { files: written, placeholdersRemoved: result.placeholders });
  else {
    for (const file of written) io.out(`wrote ${file}`);
    if (result.placeholders.length > 0) io.out(`cut out: ${result.placeholders.join(', ')}`);
  }
  return 0;
}
