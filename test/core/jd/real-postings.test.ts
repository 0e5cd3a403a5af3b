import { describe, expect, it } from 'vitest';
import { jdCheckIds } from '../../../shared/domain/jd';
import { corpusFiles, corpusTable, readCorpus, runRealCorpus } from './real-corpus';

describe('JD checks over real-format postings', () => {
  it('has at least 40 postings, each with its expected check ids, every id a real check', () => {
    const files = corpusFiles();
    const { fixtures } = readCorpus();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(fixtures).sort()).toEqual(files.sort());
    const ids = new Set<string>(jdCheckIds);
    for (const { expected } of Object.values(fixtures)) for (const id of expected) expect(ids).toContain(id);
  });

  it('finds what a reviewer finds: precision and recall of at least 0.9, and no error-level false alarm', async () => {
    const result = await runRealCorpus();
    console.log(`Real-format postings, per check:\n${corpusTable(result)}`);
    if (result.differences.length > 0) console.log(`Differences:\n  ${result.differences.join('\n  ')}`);
    expect(result.errorFalseAlarms).toEqual([]);
    expect(result.truePositives / (result.truePositives + result.falsePositives)).toBeGreaterThanOrEqual(0.9);
    expect(result.truePositives / (result.truePositives + result.falseNegatives)).toBeGreaterThanOrEqual(0.9);
  });
});
