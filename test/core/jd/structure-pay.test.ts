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

  it("flags a generic duty in the role's prose as in its list, Oxford comma or not, but not in the company story", () => {
    const line = 'Day to day you will write high-quality, efficient, and maintainable code.';
    const inAbout = check(
      edited('01', ['You will own the Ledger API,', `${line} You will own the Ledger API,`]),
    );
    const [f] = inAbout.of('responsibilities-count').filter((x) => x.severity === 'warning');
    expect(f && inAbout.spanText(f)).toBe('write high-quality, efficient, and maintainable code');
    expect(f?.section).toBe('about');
    const inList = check(
      edited('01', [
        '- Write the runbook for the month-end close',
        '- Write clean, efficient and maintainable code.\n- Write the runbook for the month-end close',
      ]),
    );
    expect(inList.of('responsibilities-count').some((x) => x.severity === 'warning')).toBe(true);
    const inCompany = check(
      edited('01', [
        'The company has 180 people',
        'Our engineers write high-quality, efficient, and maintainable code. The company has 180 people',
      ]),
    );
    expect(inCompany.of('responsibilities-count').filter((x) => x.severity === 'warning')).toEqual([]);
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

  it('counts about-the-role over each of its sections, and points at a section, not what lies between', () => {
    const raw = edited('01', [
      '## Preferred\n',
      '## Role overview\n\nThe Ledger API is written in Go. It runs on AWS.\n\n## Preferred\n',
    ]);
    const { of, spanText, flat } = check(raw);
    const found = of('about-role-length');
    expect(found.map((f) => f.message.slice(0, 32))).toEqual(['About the role runs to 5 sentenc']);
    const f = found[0] as (typeof found)[number];
    // The second "about" section is where the count passes three; nothing of the sections between.
    expect(spanText(f)).toBe('The Ledger API is written in Go. It runs on AWS.');
    const aboutSections = flat.sections.filter((s) => s.id === 'about');
    expect(aboutSections.some((s) => f.start >= s.start && f.end <= s.end)).toBe(true);
    // Two short "about" sections with three sentences in all pass.
    const short = edited(
      '01',
      ['You will work with the Risk team and report to the Director of Engineering, Payments. ', ''],
      ['## Preferred\n', '## Role overview\n\nYou will work with the Risk team.\n\n## Preferred\n'],
    );
    expect(check(short).of('about-role-length')).toEqual([]);
  });

  it('counts about-the-company over each of its sections, but a "Why join us" pitch beside a headed About is not the story', () => {
    const split = edited('01', [
      '## About Northwind Pay\n',
      '## About Northwind Pay\n\nNorthwind Pay processes card payments. We serve 4,000 shops.\n\n## About Northwind Pay\n',
    ]);
    const { of, spanText } = check(split);
    const found = of('about-company-length');
    expect(found).toHaveLength(1);
    expect(spanText(found[0] as (typeof found)[number])).toMatch(/^Northwind Pay processes card payments/);
    const pitch = edited('01', [
      '## About Northwind Pay\n',
      '## Why join us\n\nWe ship small changes. We pair often. We write things down.\n\n## About Northwind Pay\n',
    ]);
    expect(check(pitch).of('about-company-length')).toEqual([]);
  });

  it('does not take "mission-critical" or "general-purpose" for a mission line', () => {
    const about = check(
      edited('01', [
        'You will own the Ledger API, the Go service',
        'You will own the Ledger API, the mission-critical Go service',
      ]),
    );
    expect(about.of('about-role-length')).toEqual([]);
    const company = check(
      edited('01', [
        'Northwind Pay processes card payments',
        'Northwind Pay builds general-purpose payment tools and processes card payments',
      ]),
    );
    expect(company.of('about-company-length')).toEqual([]);
    // The word on its own still counts.
    const mission = check(
      edited('01', [
        'You will own the Ledger API,',
        'Our mission matters to us. You will own the Ledger API,',
      ]),
    );
    expect(mission.of('about-role-length').some((f) => /opens with the company story/.test(f.message))).toBe(
      true,
    );
  });

  it('lets about-the-role open with the team, and flags an opener that tells the company story', () => {
    const team = (opener: string) =>
      check(edited('01', ['You will own the Ledger API,', `${opener} You will own the Ledger API,`])).of(
        'about-role-length',
      );
    // Each edit makes four sentences, so the length finding is there; the opener finding is the question.
    const opens = (opener: string) =>
      team(opener).some((f) => /opens with the company story/.test(f.message));
    expect(opens('Our team is five engineers in Denver.')).toBe(false);
    expect(opens('We are a small team of five engineers.')).toBe(false);
    expect(opens('We are a Series C fintech.')).toBe(true);
    expect(opens('Founded in 2012, Northwind Pay grew fast.')).toBe(true);
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

  it('does not take a job title ("a Junior Backend Developer") for a named backend', () => {
    const named = (about: string) =>
      check(`Junior Backend Developer\n\nAbout the role\n${about}\n`).of('no-named-service');
    expect(named('We need a Junior Backend Developer to join our small team.')).toHaveLength(1);
    expect(named('You will join the Claims Backend team and own its intake queue.')).toEqual([]);
  });

  it('reads a name set before "the pipeline that..." as naming the system', () => {
    const named = (about: string) =>
      check(`Backend Developer (Python)\n\nAbout the role\n${about}\n`).of('no-named-service');
    expect(
      named('You will build and run Meter Ingest, the pipeline that collects readings from smart meters.'),
    ).toEqual([]);
    // Without the name, or without the clause that says what it does, nothing is named.
    expect(
      named('You will build and run the pipeline that collects readings from smart meters.'),
    ).toHaveLength(1);
    expect(named('At Sunmesa, our platform team builds tools for utilities.')).toHaveLength(1);
  });

  it('reads "Pier, the Rust reverse proxy running on..." as naming the system, and proxies and caches as services', () => {
    const named = (about: string) =>
      check(`Platform Engineer (Rust)\n\nAbout the role\n${about}\n`).of('no-named-service');
    expect(
      named('You will run Pier, the Rust reverse proxy running on every node in our three regions.'),
    ).toEqual([]);
    expect(named('You will own our session cache and keep it warm for the checkout.')).toEqual([]);
    // A proxy with no name of its own names nothing.
    expect(named('You will run the reverse proxy in front of every node in our three regions.')).toHaveLength(
      1,
    );
  });

  it('reads a scope as spanning all four when each kind is named, three of them more than once', () => {
    const scope = (duties: string[]) =>
      check(
        ['Senior Backend Engineer (Go)', '', 'What you will do', ...duties.map((d) => `- ${d}`)].join('\n'),
      ).of('archetype-undecided');
    const api = 'Design REST endpoints with pagination for our partners';
    const data = 'Write ETL jobs and schema migrations for the warehouse';
    const platform = 'Own the Terraform modules and the CI/CD pipeline';
    expect(scope([api, data, platform, 'Add a CDN rule for the static pages'])).toHaveLength(1);
    // One stray word of the fourth kind alone does not make it part of the job.
    expect(scope([api, 'Write schema migrations', platform, 'Add a CDN rule for the static pages'])).toEqual(
      [],
    );
    expect(scope([api, data, platform])).toEqual([]);
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
    // A remote role whose text names no place: the remote warning.
    const nowhere = edited('01', NO_PAY, [
      'hybrid in Denver, CO (two office days a week)',
      'remote within the US',
    ]);
    expect(
      check(nowhere, { location: 'Remote', workMode: 'remote' }).of('missing-pay-range')[0]?.message,
    ).toContain('remote role');
  });

  it('falls back to the places in the text when the location names no state, and takes them all', () => {
    // "Remote" or a bare city says no state: the text's "Denver, CO" decides.
    const raw = edited('01', NO_PAY);
    expect(check(raw, { location: 'Remote', workMode: 'remote' }).of('missing-pay-range')[0]?.severity).toBe(
      'error',
    );
    expect(check(raw, { location: 'Seattle' }).of('missing-pay-range')[0]?.message).toContain('Colorado');
    // Every place the text names counts: Austin alone is a warning, Austin or New York an error.
    const austin = edited('01', NO_PAY, ['hybrid in Denver, CO', 'hybrid in Austin, TX']);
    expect(check(austin).of('missing-pay-range')[0]?.severity).toBe('warning');
    const either = edited('01', NO_PAY, ['hybrid in Denver, CO', 'hybrid in Austin, TX or New York, NY']);
    const [f] = check(either).of('missing-pay-range');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('New York State');
    expect(f?.message).toContain('New York City');
    // An explicit place with a state still wins over the text.
    expect(check(either, { location: 'Dallas, TX' }).of('missing-pay-range')[0]?.severity).toBe('warning');
  });

  it('knows NYC and New York City as places in New York', () => {
    const raw = edited('01', NO_PAY, ['hybrid in Denver, CO', 'hybrid in the city']);
    for (const location of ['NYC', 'New York City', 'Remote (NYC)', 'Brooklyn']) {
      const [f] = check(raw, { location }).of('missing-pay-range');
      expect(f?.severity, location).toBe('error');
      expect(f?.message, location).toContain('New York City');
    }
    const laws = jdCheckData().payTransparency.laws;
    expect(payTransparencyLawsFor('NYC', laws).map((l) => l.id)).toEqual(['ny', 'nyc']);
    expect(payTransparencyLawsFor('New York City', laws).map((l) => l.id)).toEqual(['ny', 'nyc']);
    expect(payTransparencyLawsFor('Seattle', laws)).toEqual([]);
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

  it('reads cents, European thousands and monthly figures', () => {
    const range = (text: string) => {
      const pay = findPayRange(buildView(splitJdText(`Backend Developer (Go)\n\nCompensation\n${text}`)));
      return pay && [pay.min, pay.max, pay.span.text];
    };
    expect(range('Base salary: $165,000.00 - $195,000.00 per year')).toEqual([
      165000,
      195000,
      '$165,000.00 - $195,000.00',
    ]);
    expect(range('Gehalt: €70.000–€85.000 brutto')).toEqual([70000, 85000, '€70.000–€85.000']);
    expect(range('Salary €70.000,00 - €85.000,00')).toEqual([70000, 85000, '€70.000,00 - €85.000,00']);
    expect(range('70.000-85.000 EUR base')).toEqual([70000, 85000, '70.000-85.000 EUR']);
    expect(range('$9,000-$11,000 per month')).toEqual([108000, 132000, '$9,000-$11,000 per month']);
    expect(range('$62.50-$75.00/hr on contract')).toEqual([130000, 156000, '$62.50-$75.00/hr']);
  });

  it('takes the range next to salary words, and never a stipend, budget, bonus or allowance', () => {
    const range = (text: string) => {
      const pay = findPayRange(buildView(splitJdText(`Backend Developer (Go)\n\nCompensation\n${text}`)));
      return pay ? pay.span.text : null;
    };
    expect(range('A $1,000-$2,000 home-office stipend.')).toBeNull();
    expect(range('A learning budget of $1,500 - $3,000 a year.')).toBeNull();
    expect(range('Sign-on bonus: $10,000-$25,000.')).toBeNull();
    expect(range('A $1,000-$2,000 home-office stipend. The base salary is $150,000-$180,000.')).toBe(
      '$150,000-$180,000',
    );
    expect(range('Sign-on bonus $20,000-$30,000; base pay $150,000-$180,000.')).toBe('$150,000-$180,000');
    expect(range('Base salary $150,000-$180,000 plus bonus.')).toBe('$150,000-$180,000');
    expect(range('$150k-$180k base, and a $5k-$10k relocation allowance')).toBe('$150k-$180k');
    // A yearly figure under $20,000 is not a salary unless it is marked hourly.
    expect(range('Between $1,000 and $5,000.')).toBeNull();
    expect(range('$9-$9.50 per hour')).toBe('$9-$9.50 per hour');
  });

  it('does not let a stipend range stand in for the salary', () => {
    const { of } = check(
      edited('01', [
        'The base range is $165,000-$200,000, plus a 10% target bonus',
        'We pay well, with a $1,000-$2,000 home-office stipend and a 10% target bonus',
      ]),
      { location: 'Denver, CO' },
    );
    expect(of('missing-pay-range').map((f) => f.severity)).toEqual(['error']);
    expect(of('missing-pay-range')[0]?.message).toMatch(/^The JD has no pay range/);
  });

  it('checks a compensation section of one 2,000,000-digit run at once, and still finds no range', () => {
    const doc = {
      title: 'Backend Engineer (Go)',
      sections: [
        {
          id: 'about' as const,
          heading: 'About the role',
          text: 'You will own the Ledger API in Denver, CO.',
        },
        // A backtracking pattern once took 45 s on 200,000 digits; on ten times as many it would
        // run far past the suite's timeout, so the timeout is the guard (a linear check takes
        // well under a second; test/bench/jd-checks.bench.ts times it).
        { id: 'compensation' as const, heading: 'Compensation', text: `Base: $${'9'.repeat(2_000_000)}` },
      ],
    };
    const report = runJdChecks(doc, { data: jdCheckData(), asOf: '2026-11-23' });
    expect(findPayRange(buildView(doc))).toBeNull();
    expect(report.findings.find((f) => f.id === 'missing-pay-range')?.severity).toBe('error');
  });

  it('names an open-ended figure for what it is, and keeps it an error where a range is required', () => {
    const { of, spanText } = check(
      edited('01', ['The base range is $165,000-$200,000', 'The base is up to $200,000']),
      {
        location: 'Denver, CO',
      },
    );
    const [f] = of('missing-pay-range');
    expect(f?.message).toMatch(/^The JD gives only an open-ended figure \(\$200,000\), which is not a range/);
    expect(f?.severity).toBe('error');
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
    expect(of('gender-coded').find((f) => spanText(f) === 'dominant')?.replacement).toBe('leading');
    expect(check(fixture('04')).of('gender-coded')).toEqual([]);
  });

  it('offers the neutral word in the case and with the article the sentence needs', () => {
    const { of, spanText } = check(
      edited('25', [
        'You will own the deploy pipeline',
        'Competitive people do well here. You bring a superior eye for detail. You will own the deploy pipeline',
      ]),
    );
    const fixes = of('gender-coded').map((f) => [spanText(f), f.replacement]);
    expect(fixes).toContainEqual(['Competitive', 'Strong']);
    expect(fixes).toContainEqual(['a superior', 'an excellent']);
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
    expect(check(fixture('01')).report).toMatchObject({ score: 100, deductions: [], findings: [] });
  });
});
