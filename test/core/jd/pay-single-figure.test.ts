import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './helpers';
import { realCorpusDir } from './real-corpus';

const posting = (file: string) => fs.readFileSync(path.join(realCorpusDir, file), 'utf8');

/** A short Lever-style posting whose pay section is the given line. */
const withPay = (payLine: string) =>
  [
    'Backend Engineer (Go)',
    'NEW YORK, NY / ENGINEERING / FULL-TIME',
    '',
    'About the role',
    'You will own the Orders API that 30 stores call.',
    '',
    'Compensation',
    payLine,
  ].join('\n');

describe('a single posted pay figure', () => {
  it('is a warning that names the figure and the fixed-pay condition, never an error, where a law wants a range', () => {
    const { of, spanText } = check(posting('80-lever-colorado-salary-per-year.txt'));
    const [f, ...rest] = of('missing-pay-range');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f && spanText(f)).toBe('$140,000');
    expect(f?.message).toMatch(/^The JD gives one figure \(\$140,000\) rather than a range\./);
    expect(f?.message).toContain("Colorado's");
    expect(f?.message).toContain('only when the pay for the role is truly fixed');
    expect(f?.fix).toContain('a fixed base salary of $140,000');
  });

  it.each([
    ['Base: $165,000'],
    ['Salary: $140,000 per year'],
    ['$165,000/yr base salary'],
    ['Pay: $72/hour'],
  ])('reads "%s" in New York City as one figure, a warning', (line) => {
    const { of } = check(withPay(line));
    const found = of('missing-pay-range');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message).toMatch(/one figure .* rather than a range/);
  });

  it('raises nothing when the posting says the figure is a fixed salary', () => {
    expect(check(posting('79-greenhouse-nyc-single-base.txt')).of('missing-pay-range')).toEqual([]);
    expect(check(withPay('Base: $165,000, a fixed salary for this level.')).of('missing-pay-range')).toEqual(
      [],
    );
  });

  it.each([
    ['Starting at $150,000 base, plus an annual bonus.'],
    ['Base salary up to $200,000.'],
    ['$150,000+ base salary.'],
  ])('keeps "%s" an error: an open-ended figure is no range', (line) => {
    const [f] = check(withPay(line)).of('missing-pay-range');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^The JD gives only an open-ended figure \(\$[\d,]+\), which is not a range/);
  });

  it('keeps the error for a posting with no figure at all', () => {
    const [f] = check(withPay('Competitive salary and equity.')).of('missing-pay-range');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^The JD has no pay range/);
  });
});
