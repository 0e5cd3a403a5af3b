import { describe, expect, it } from 'vitest';
import { checkJd } from '../../../electron/core/jd/check';

const posting = (company: string, where: string) =>
  `Senior Backend Engineer (Go)\n\nAbout us\n${company}\n\nAbout the role\nYou will own the shift-swap service. ${where}\n\nWhat you'll do\n- Build the approval flow of the shift-swap service\n\nCompensation\nWe offer a competitive salary and equity.\n`;

const missingPay = (text: string) =>
  checkJd({ text, infer: true }, new Date('2026-11-23T12:00:00Z')).report.findings.find(
    (f) => f.id === 'missing-pay-range',
  );

describe('pay-transparency laws for remote roles of an employer based in a covered place', () => {
  it("applies New York's law to a remote role, limited to Texas, of an employer headquartered in New York", () => {
    const f = missingPay(
      posting(
        'Tessaline is headquartered in New York, NY.',
        'The role is remote within Texas, for example Austin, TX.',
      ),
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('194-b');
    expect(f?.message).toContain('a remote role of an employer based there');
  });

  it("does not apply Colorado's law, which reaches only work done in Colorado, to a remote role limited to Texas", () => {
    const f = missingPay(
      posting(
        'Alpenrow is headquartered in Denver, CO.',
        'The role is remote within Texas, for example Austin, TX.',
      ),
    );
    expect(f?.severity).toBe('warning');
    expect(f?.message).not.toContain('Colorado');
  });

  it("counts Delaware's coming law, which reaches U.S. remote roles of Delaware-based employers, for a remote role limited to Texas", () => {
    const f = missingPay(
      posting(
        'Brandywell is headquartered in Wilmington, DE.',
        'The role is remote within Texas, for example Austin, TX.',
      ),
    );
    // In force from 2027-09-26, so on 2026-11-23 it is a warning that names it.
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('Delaware');
    expect(f?.message).toContain('2027-09-26');
  });

  it("applies the base's law to a remote role open anywhere in the US, since it can be done from there", () => {
    const f = missingPay(
      posting('Alpenrow is headquartered in Denver, CO.', 'The role is fully remote anywhere in the US.'),
    );
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('Colorado');
  });
});
