import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { findPayRange, payTransparencyLawsFor, runJdChecks, splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check, edited, fixture } from './helpers';

const NO_PAY: [string, string] = [
  'The base range is $165,000-$200,000, plus a 10% target bonus',
  'We pay well, plus a 10% target bonus',
];

describe('JD shape checks', () => {
  it('counts responsibilities and flags generic lines on the line itself', () => {
    const { of, spanText } = check(
      edited('01', [
        '- Write the runbook for the month-end close',
        '- Ensure system reliability.\n- Write the runbook for the month-end close',
      ]),
    );
    const found = of('responsibilities-count');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(spanText(found[0] as (typeof found)[number])).toBe('Ensure system reliability');
    expect(found[1]?.message).toContain('There are 7 responsibilities');
  });

  it('flags more than six must-haves and keeps preferred items out of the count', () => {
    const extra = '- Linux.\n- Redis.\n- A degree.\n- Experience with one event-driven system';
    const { of, spanText } = check(edited('01', ['- Experience with one event-driven system', extra]));
    const [f] = of('requirements-count');
    expect(f?.message).toMatch(/^8 must-haves/);
    expect(f && spanText(f).startsWith('6+ years building backend services')).toBe(true);
    expect(f && spanText(f).endsWith('and the ways consumers fail.')).toBe(true);
  });

  it('flags an about-the-role section over three sentences, and a mission opener', () => {
    const { of, spanText } = check(
      edited('01', [
        'You will own the Ledger API,',
        'Our mission is to make money simple. You will own the Ledger API,',
      ]),
    );
    const found = of('about-role-length');
    expect(found.map((f) => f.message.slice(0, 40))).toEqual([
      'About the role runs to 4 sentences, and ',
      'About the role opens with the company st',
    ]);
    expect(spanText(found[1] as (typeof found)[number])).toBe('Our mission is to make money simple.');
  });

  it('flags a long company section and a mission line that comes first', () => {
    const { of, spanText } = check(
      edited('01', [
        'Northwind Pay processes card payments',
        'Our mission is fair payments. We have a dog. Northwind Pay processes card payments',
      ]),
    );
    const found = of('about-company-length');
    expect(found.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(spanText(found[1] as (typeof found)[number])).toBe('Our mission is fair payments.');
  });

  it('flags a JD outside 300-700 words as a whole', () => {
    const { of } = check(fixture('28'));
    expect(of('jd-length')).toMatchObject([{ start: 0, end: 0, section: null }]);
    expect(of('jd-length')[0]?.message).toMatch(/^At 1\d\d words/);
  });

  it('needs a named service, and accepts one named with a determiner or a capitalised name', () => {
    const none = check(fixture('21'));
    expect(none.of('no-named-service')).toHaveLength(1);
    expect(check(fixture('01')).of('no-named-service')).toEqual([]);
  });

  it('flags an archetype left unpicked, and a scope that spans all four', () => {
    expect(check(fixture('01'), { archetype: null }).of('archetype-undecided')).toHaveLength(1);
    expect(check(fixture('01')).of('archetype-undecided')).toEqual([]);
    expect(check(fixture('29')).of('archetype-undecided')[0]?.message).toContain('all four');
  });
});

describe('JD pay checks', () => {
  it('is an error without a range where a law requires one, naming the law', () => {
    const { of, spanText } = check(edited('01', NO_PAY), { location: 'Denver, CO' });
    const [f] = of('missing-pay-range');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain("Colorado's Equal Pay for Equal Work Act");
    expect(f && spanText(f).startsWith('We pay well')).toBe(true);
  });

  it('is a warning where no law applies, or where one only starts later or works on request', () => {
    const raw = edited('01', NO_PAY);
    expect(check(raw, { location: 'Dallas, TX' }).of('missing-pay-range')[0]?.severity).toBe('warning');
    const delaware = check(raw, { location: 'Wilmington, DE' }).of('missing-pay-range')[0];
    expect(delaware?.severity).toBe('warning');
    expect(delaware?.message).toContain('will require one from 2027-09-26');
    expect(
      check(raw, { location: 'Wilmington, DE', asOf: '2027-10-01' }).of('missing-pay-range')[0]?.severity,
    ).toBe('error');
    expect(check(raw, { location: 'Hartford, Connecticut' }).of('missing-pay-range')[0]?.message).toContain(
      'on request',
    );
    expect(
      check(raw, { location: 'Remote', workMode: 'remote' }).of('missing-pay-range')[0]?.message,
    ).toContain('remote role');
  });

  it('reads the location from the text when the context has none', () => {
    // Fixture 01 says "hybrid in Denver, CO".
    expect(check(edited('01', NO_PAY)).of('missing-pay-range')[0]?.severity).toBe('error');
  });

  it('knows local laws beside state ones', () => {
    const laws = jdCheckData().payTransparency.laws;
    expect(payTransparencyLawsFor('New York, NY', laws).map((l) => l.id)).toEqual(['ny', 'nyc']);
    expect(payTransparencyLawsFor('Jersey City, NJ', laws).map((l) => l.id)).toEqual(['nj', 'jersey-city']);
    expect(payTransparencyLawsFor('Cleveland, OH', laws).map((l) => l.id)).toEqual(['cleveland']);
    expect(payTransparencyLawsFor('Austin, TX', laws)).toEqual([]);
    for (const code of [
      'CA',
      'CO',
      'NY',
      'WA',
      'IL',
      'MD',
      'MA',
      'MN',
      'VT',
      'HI',
      'NJ',
      'DE',
      'CT',
      'NV',
      'RI',
      'DC',
    ])
      expect(
        laws.some((l) => l.state === code && l.kind === 'state'),
        code,
      ).toBe(true);
  });

  it('reads ranges written in the usual ways, annualising hourly rates', () => {
    const range = (text: string) => {
      const pay = findPayRange(buildView(splitJdText(`Backend Developer (Go)\n\nCompensation\n${text}`)));
      return pay && [pay.min, pay.max, pay.span.text];
    };
    expect(range('Base: $150,000 - $185,000 a year')).toEqual([150000, 185000, '$150,000 - $185,000']);
    expect(range('Base $150-180k.')).toEqual([150000, 180000, '$150-180k']);
    expect(range('$140K to $160K')).toEqual([140000, 160000, '$140K to $160K']);
    expect(range('$60-$75/hour on contract')).toEqual([124800, 156000, '$60-$75/hour']);
    expect(range('120,000-140,000 USD')).toEqual([120000, 140000, '120,000-140,000 USD']);
    expect(range('A $2,000 learning budget')).toBeNull();
  });

  it('names a single figure for what it is', () => {
    const { of, spanText } = check(
      edited('01', ['The base range is $165,000-$200,000', 'The base is up to $200,000']),
      {
        location: 'Denver, CO',
      },
    );
    const [f] = of('missing-pay-range');
    expect(f?.message).toMatch(/^The JD gives one figure \(\$200,000\)/);
    expect(f && spanText(f)).toBe('$200,000');
  });

  it('flags a range below the recommended band, on the range', () => {
    const { of, spanText } = check(fixture('13'), { payBand: { min: 190000, max: 245000 } });
    const [f] = of('pay-out-of-band');
    expect(f && spanText(f)).toBe('$130,000-$150,000');
    expect(f?.replacement).toBe('$190,000-$245,000');
    expect(check(fixture('07'), { payBand: { min: 190000, max: 245000 } }).of('pay-out-of-band')).toEqual([]);
  });
});

describe('JD gender-coded wording', () => {
  it('flags masculine-coded words only when they outnumber feminine-coded ones', () => {
    const { of, spanText } = check(fixture('25'));
    const words = of('gender-coded').map(spanText);
    expect(words).toEqual(
      expect.arrayContaining([
        'dominant',
        'fearless',
        'aggressive',
        'competitive',
        'Decisive',
        'assertive',
        'driven',
      ]),
    );
    expect(of('gender-coded').every((f) => f.severity === 'warning')).toBe(true);
    expect(of('gender-coded').find((f) => spanText(f) === 'dominant')?.replacement).toBe('well established');
    expect(check(fixture('04')).of('gender-coded')).toEqual([]);
  });

  it('skips words used in their technical sense', () => {
    const doc = {
      title: 'Backend Engineer (Go)',
      sections: [
        {
          id: 'about' as const,
          heading: '',
          text: 'Run active-active analytics with dependencies and connections.',
        },
      ],
    };
    const report = runJdChecks(doc, { data: jdCheckData() });
    expect(report.findings.filter((f) => f.id === 'gender-coded')).toEqual([]);
  });
});

describe('JD score', () => {
  it('explains each deduction and caps each check', () => {
    const { report } = check(fixture('31'));
    const byId = Object.fromEntries(report.deductions.map((d) => [d.checkId, d]));
    expect(byId['missing-pay-range']).toEqual({
      checkId: 'missing-pay-range',
      points: 15,
      reason: 'missing-pay-range: 1 error x 15.',
    });
    expect(byId['responsibilities-count']).toEqual({
      checkId: 'responsibilities-count',
      points: 10,
      reason: 'responsibilities-count: 7 warnings x 5 + 1 info x 1 = 36, capped at 10 for one check.',
    });
    expect(report.score).toBe(100 - report.deductions.reduce((n, d) => n + d.points, 0));
    expect(check(fixture('01')).report).toEqual({ score: 100, deductions: [], findings: [] });
  });
});
