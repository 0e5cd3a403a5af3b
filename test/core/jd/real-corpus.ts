import fs from 'node:fs';
import path from 'node:path';
import { checkJd } from '../../../electron/core/jd/check';
import { readJdFile } from '../../../electron/core/jd/read-file';
import type { JdFinding } from '../../../shared/domain/jd';

export const realCorpusDir = path.join(import.meta.dirname, '../../fixtures/jds-real');

interface Expected {
  asOf: string;
  fixtures: Record<string, { expected: string[] }>;
}

export interface CheckTally {
  id: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface CorpusResult {
  files: number;
  byCheck: CheckTally[];
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** "file: unexpected id" / "file: missed id", for reading what went wrong. */
  differences: string[];
  /** Error-level findings the expected list does not hold: the worst false alarms. */
  errorFalseAlarms: string[];
}

export const corpusFiles = () =>
  fs.readdirSync(realCorpusDir).filter((f) => /^\d{2,3}-.*\.(?:md|txt|docx)$/.test(f));

export function readCorpus(): Expected {
  return JSON.parse(fs.readFileSync(path.join(realCorpusDir, 'expected.json'), 'utf8')) as Expected;
}

/**
 * Checks every posting the way `reqdesk jd check FILE` does (a .docx read as the CLI reads it) and
 * tallies the findings per check id; `only` narrows the run to some files (a newly added batch,
 * scored alone before the checks are tuned on it).
 */
export async function runRealCorpus(only: (file: string) => boolean = () => true): Promise<CorpusResult> {
  const expected = readCorpus();
  const today = new Date(`${expected.asOf}T12:00:00Z`);
  const tallies = new Map<string, CheckTally>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (!t) {
      t = { id, truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      tallies.set(id, t);
    }
    return t;
  };
  const differences: string[] = [];
  const errorFalseAlarms: string[] = [];
  const files = Object.entries(expected.fixtures).filter(([file]) => only(file));
  for (const [file, { expected: want }] of files) {
    const { text } = await readJdFile(file, fs.readFileSync(path.join(realCorpusDir, file)));
    const { report } = checkJd({ text, infer: true }, today);
    const got = new Map<string, JdFinding[]>();
    for (const f of report.findings) got.set(f.id, [...(got.get(f.id) ?? []), f]);
    const wanted = new Set(want);
    for (const [id, findings] of got) {
      if (wanted.has(id)) tally(id).truePositives++;
      else {
        tally(id).falsePositives++;
        differences.push(`${file}: unexpected ${id} ("${findings[0]?.message.slice(0, 90)}")`);
        if (findings.some((f) => f.severity === 'error')) errorFalseAlarms.push(`${file}: ${id}`);
      }
    }
    for (const id of wanted)
      if (!got.has(id)) {
        tally(id).falseNegatives++;
        differences.push(`${file}: missed ${id}`);
      }
  }
  const byCheck = [...tallies.values()].sort((a, b) => a.id.localeCompare(b.id));
  const sum = (k: keyof Omit<CheckTally, 'id'>) => byCheck.reduce((n, t) => n + t[k], 0);
  return {
    files: files.length,
    byCheck,
    truePositives: sum('truePositives'),
    falsePositives: sum('falsePositives'),
    falseNegatives: sum('falseNegatives'),
    differences,
    errorFalseAlarms,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(3));

/** The per-check table: precision and recall of each check id over the corpus. */
export function corpusTable(r: CorpusResult): string {
  const rows = r.byCheck.map(
    (t) =>
      `${t.id.padEnd(24)} P ${ratio(t.truePositives, t.truePositives + t.falsePositives)}  R ${ratio(t.truePositives, t.truePositives + t.falseNegatives)}  (tp ${t.truePositives}, fp ${t.falsePositives}, fn ${t.falseNegatives})`,
  );
  const total = `${'all checks'.padEnd(24)} P ${ratio(r.truePositives, r.truePositives + r.falsePositives)}  R ${ratio(r.truePositives, r.truePositives + r.falseNegatives)}  (tp ${r.truePositives}, fp ${r.falsePositives}, fn ${r.falseNegatives}) over ${r.files} postings`;
  return [...rows, total].join('\n');
}
