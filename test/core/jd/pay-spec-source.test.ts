import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { runJdChecks } from '../../../shared/domain/jd';
import { builderToJdText, generateJd } from '../../../shared/domain/jd/generate';
import { jdCheckContextFor } from '../../../shared/domain/jd/role-context';
import { completeSpec } from './specs';

/** The role spec is the one source of the posted range; the JD shows any difference until one side changes. */
const BAND = { min: 175_000, max: 220_000 };

function check(specPay: { min: number; max: number }, jdRange?: string) {
  const spec = completeSpec({ pay: { ...specPay, currency: 'USD' } });
  const sections = generateJd(spec, { band: BAND }).map((s) =>
    s.id === 'compensation' && jdRange ? { ...s, text: s.text.replace(/\$[\d,]+-\$[\d,]+/, jdRange) } : s,
  );
  return runJdChecks(builderToJdText(sections), {
    ...jdCheckContextFor(spec, BAND),
    asOf: '2026-11-23',
    data: jdCheckData(),
  });
}

describe('posted range and the role spec', () => {
  it('says nothing when the JD posts the intake range', () => {
    const report = check({ min: 180_000, max: 210_000 });
    expect(report.findings.map((f) => f.id)).not.toContain('pay-differs-from-spec');
  });

  it('shows a mismatch when the JD range was changed away from the intake, and its fix is the intake range', () => {
    const report = check({ min: 180_000, max: 210_000 }, '$175,000-$220,000');
    const mismatch = report.findings.find((f) => f.id === 'pay-differs-from-spec');
    expect(mismatch?.message).toContain('$175,000-$220,000');
    expect(mismatch?.message).toContain('$180,000-$210,000');
    expect(mismatch?.replacement).toBe('$180,000-$210,000');
  });

  it('never offers a band fix that would move the JD away from the intake', () => {
    const report = check({ min: 120_000, max: 140_000 });
    const band = report.findings.find((f) => f.id === 'pay-out-of-band');
    expect(band).toBeDefined();
    expect(band?.replacement).toBeNull();
    expect(band?.fix).toMatch(/in the intake/);
  });
});
