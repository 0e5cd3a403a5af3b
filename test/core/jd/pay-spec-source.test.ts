import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { runJdChecks } from '../../../shared/domain/jd';
import { builderToJdText, generateJd } from '../../../shared/domain/jd/generate';
import { jdCheckContextFor } from '../../../shared/domain/jd/role-context';
import type { RoleSpec } from '../../../shared/roles';
import { completeSpec } from './specs';

/** The role spec is the one source of the posted range; the JD shows any difference until one side changes. */
const BAND = { min: 175_000, max: 220_000 };

function check(
  specPay: { min: number | null; max: number | null },
  jdRange?: string,
  overrides: Partial<RoleSpec> = {},
) {
  const spec = completeSpec({ ...overrides, pay: { ...specPay, currency: 'USD' } });
  // The range as the generator wrote it, a placeholder included, is what the recruiter edits.
  const written = /\$[\d,]+-\$[\d,]+|\[base range\]|\$[\d,]+-\[maximum\]/;
  const sections = generateJd(spec, { band: BAND }).map((s) =>
    s.id === 'compensation' && jdRange ? { ...s, text: s.text.replace(written, jdRange) } : s,
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

  it('shows an edited hourly rate too, and says nothing while it matches', () => {
    const contract = { engagement: 'contract' as const };
    expect(check({ min: 85, max: 110 }, undefined, contract).findings.map((f) => f.id)).not.toContain(
      'pay-differs-from-spec',
    );
    const edited = check({ min: 85, max: 110 }, '$95-$120', contract);
    const mismatch = edited.findings.find((f) => f.id === 'pay-differs-from-spec');
    expect(mismatch?.message).toContain('$85-$110 an hour');
  });

  it('shows a range typed into the JD while the intake has none, or only one end', () => {
    for (const specPay of [
      { min: null, max: null },
      { min: 180_000, max: null },
    ]) {
      const report = check(specPay, '$180,000-$210,000');
      const mismatch = report.findings.find((f) => f.id === 'pay-differs-from-spec');
      expect(mismatch?.message, JSON.stringify(specPay)).toMatch(
        /intake (?:has no range|has only the minimum)/,
      );
      // Nothing to paste in: the intake is where the range has to go.
      expect(report.findings.find((f) => f.id === 'pay-out-of-band')?.replacement ?? null).toBeNull();
    }
  });

  it('never offers a band fix that would move the JD away from the intake', () => {
    const report = check({ min: 120_000, max: 140_000 });
    const band = report.findings.find((f) => f.id === 'pay-out-of-band');
    expect(band).toBeDefined();
    expect(band?.replacement).toBeNull();
    expect(band?.fix).toMatch(/in the intake/);
  });
});
