import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { type JdCheckContext, runJdChecks, splitJdText } from '../../../shared/domain/jd';

const dir = path.join(import.meta.dirname, '../../fixtures/jds');

interface Expected {
  asOf: string;
  fixtures: Record<string, { expected: string[]; context: Partial<Omit<JdCheckContext, 'data'>> }>;
}
const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));

describe('JD checks over the fixture set', () => {
  it('has at least 25 fixtures, every file listed and every listed file present', () => {
    const files = fs.readdirSync(dir).filter((f) => /^\d{2}-.*\.(?:md|txt)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected.fixtures).sort()).toEqual(files.sort());
    const clean = Object.values(expected.fixtures).filter((f) => f.expected.length === 0).length;
    expect(clean).toBeGreaterThanOrEqual(5);
  });

  it('finds the expected check ids with precision and recall of at least 0.9', () => {
    const data = jdCheckData();
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    const scoreMisses: string[] = [];
    for (const [file, { expected: want, context }] of Object.entries(expected.fixtures)) {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');
      const report = runJdChecks(splitJdText(raw), { ...context, asOf: expected.asOf, data });
      const got = new Set<string>(report.findings.map((f) => f.id));
      const wanted = new Set(want);
      for (const id of got) {
        if (wanted.has(id)) truePositives++;
        else {
          falsePositives++;
          misses.push(`${file}: unexpected ${id}`);
        }
      }
      for (const id of wanted)
        if (!got.has(id)) {
          falseNegatives++;
          misses.push(`${file}: missed ${id}`);
        }
      if ((want.length === 0) !== (report.score === 100)) scoreMisses.push(`${file}: score ${report.score}`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `JD checks precision: ${precision.toFixed(3)} (${truePositives} true, ${falsePositives} false positives)`,
    );
    console.log(`JD checks recall: ${recall.toFixed(3)} (${truePositives} found, ${falseNegatives} missed)`);
    if (misses.length > 0) console.log(`JD check differences:\n  ${misses.join('\n  ')}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    // A clean JD scores 100 and any finding costs points.
    expect(scoreMisses).toEqual([]);
  });
});
