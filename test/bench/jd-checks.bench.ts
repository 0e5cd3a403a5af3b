import fs from 'node:fs';
import path from 'node:path';
import { jdCheckData } from '../../electron/core/jd/data';
import { type JdText, runJdChecks, splitJdText } from '../../shared/domain/jd';
import { countWords } from '../../shared/domain/jd/text';
import { type Bench, measure, report } from './harness';

const TARGET_WORDS = 2_000;

/**
 * A 2,000-word JD made of the fixture set's sections (clean and faulty alike), so every check
 * has real work: long lists, pay ranges, placeholders, coded words.
 */
export function longJd(): JdText {
  const dir = path.join(import.meta.dirname, '../fixtures/jds');
  const docs = fs
    .readdirSync(dir)
    .filter((f) => /^\d{2}-.*\.(?:md|txt)$/.test(f))
    .sort()
    .map((f) => splitJdText(fs.readFileSync(path.join(dir, f), 'utf8')));
  const doc: JdText = { title: 'Senior Backend Engineer', sections: [] };
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const source = docs[i % docs.length] as JdText;
    const section = source.sections[Math.floor(i / docs.length) % source.sections.length];
    if (!section) continue;
    doc.sections.push({ ...section });
    words += countWords(section.text);
  }
  return doc;
}

export const jdChecksBench: Bench = {
  name: 'jd',
  async run() {
    const data = jdCheckData();
    const doc = longJd();
    const words = doc.sections.reduce((n, s) => n + countWords(s.text), 0);
    const raw = [doc.title, ...doc.sections.flatMap((s) => [s.heading, s.text])].join('\n');
    const ctx = {
      data,
      location: 'Denver, CO',
      level: 'senior' as const,
      payBand: { min: 165_000, max: 210_000 },
      asOf: '2026-11-23',
    };
    const findings = runJdChecks(doc, ctx).findings.length;
    console.log(`jd checks: a JD of ${words} words in ${doc.sections.length} sections, ${findings} findings`);

    const cold = await measure(() => runJdChecks(doc, ctx), 1, 0);
    report('jd checks first run (ms)', cold.median, 'ms');
    const checks = await measure(() => runJdChecks(doc, ctx), 200, 20);
    report('jd checks median (ms)', checks.median, 'ms');
    report('jd checks p95 (ms)', checks.p95, 'ms');
    // What a keystroke costs in the UI with pasted text: split into sections, then check.
    const typed = await measure(() => runJdChecks(splitJdText(raw), ctx), 200, 20);
    report('jd split + checks median (ms)', typed.median, 'ms');
    report('jd split + checks p95 (ms)', typed.p95, 'ms');

    // Pasted junk: one run of 200,000 digits as the pay section. Before the pay reader bounded its
    // digit runs this took about 45 s; it must stay a few milliseconds.
    const junk: JdText = {
      title: 'Backend Engineer (Go)',
      sections: [{ id: 'compensation', heading: 'Compensation', text: `Base: $${'9'.repeat(200_000)}` }],
    };
    const digits = await measure(() => runJdChecks(junk, ctx), 20, 2);
    report('jd checks, 200k-digit pay section median (ms)', digits.median, 'ms');
    report('jd checks, 200k-digit pay section p95 (ms)', digits.p95, 'ms');
  },
};
