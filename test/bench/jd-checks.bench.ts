import fs from 'node:fs';
import path from 'node:path';
import { checkJd } from '../../electron/core/jd/check';
import { jdCheckData } from '../../electron/core/jd/data';
import { type JdText, runJdChecks, splitJdText } from '../../shared/domain/jd';
import { countWords } from '../../shared/domain/jd/text';
import { corpusTable, realCorpusDir, runRealCorpus } from '../core/jd/real-corpus';
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

/**
 * A 2,000-word posting as an ATS pastes it: the long real-format fixture, then the bodies of
 * other postings from the corpus, then its boilerplate tail (equal opportunity, accommodation,
 * privacy, pay policy, agency notice), so headings, boilerplate and pay reading all do real work.
 */
export function longRealPosting(): string {
  const read = (f: string) => fs.readFileSync(path.join(realCorpusDir, f), 'utf8');
  const base = read('23-long-body-over.md');
  const tailAt = base.indexOf('## Our Commitment');
  let body = base.slice(0, tailAt);
  const tail = base.slice(tailAt);
  const others = fs
    .readdirSync(realCorpusDir)
    .filter((f) => /^\d{2}-.*\.(?:md|txt)$/.test(f) && !f.startsWith('23-'));
  for (let i = 0; countWords(body) < TARGET_WORDS - countWords(tail); i++) {
    const other = read(others[i % others.length] as string);
    body += `\n${other.slice(other.indexOf('\n') + 1)}\n`;
  }
  return `${body}\n${tail}`;
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

    // `jd check FILE` on a real-format posting: split, boilerplate, inference, comp band, checks.
    const posting = longRealPosting();
    const today = new Date('2026-11-23T12:00:00Z');
    const real = checkJd({ text: posting, infer: true }, today);
    console.log(
      `jd check: a real-format posting of ${countWords(posting)} words, ${real.report.boilerplate.length} boilerplate spans, ${real.report.findings.length} findings`,
    );
    // 600 runs after 100 warm-up runs: with 200, the p95 is the 10th slowest run, and whether a
    // young-generation GC (1-3 ms when quiet, about one run in 17) lands in 9 or 11 of them moved
    // it by a millisecond; the warm-up lets V8 finish optimising before the timed runs start. The
    // CPU figures count every thread of the process, so a run with a GC in it shows there too.
    const file = await measure(() => checkJd({ text: posting, infer: true }, today), 600, 100);
    report('jd check, 2,000-word real-format posting median (ms)', file.median, 'ms');
    report('jd check, 2,000-word real-format posting p95 (ms)', file.p95, 'ms');
    report('jd check, 2,000-word real-format posting CPU median (ms)', file.cpuMedian, 'ms');
    report('jd check, 2,000-word real-format posting CPU p95 (ms)', file.cpuP95, 'ms');

    // Pasted junk: one run of 200,000 digits as the pay section. Before the pay reader bounded its
    // digit runs this took about 45 s; it must stay a few milliseconds.
    const junk: JdText = {
      title: 'Backend Engineer (Go)',
      sections: [{ id: 'compensation', heading: 'Compensation', text: `Base: $${'9'.repeat(200_000)}` }],
    };
    const digits = await measure(() => runJdChecks(junk, ctx), 20, 2);
    report('jd checks, 200k-digit pay section median (ms)', digits.median, 'ms');
    report('jd checks, 200k-digit pay section p95 (ms)', digits.p95, 'ms');

    // How the checks do on the real-format corpus, check by check (the main measure of quality).
    console.log(`jd checks on the real-format corpus:\n${corpusTable(await runRealCorpus())}`);
  },
};
