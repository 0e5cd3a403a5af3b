import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

const parts = (raw: string) => splitJdText(raw).sections.map((s) => [s.id, s.heading]);

const duties = [
  '1. Own the quote service that freight brokers call for a price on each load.',
  '2. Move the carrier sync from a nightly job to a stream of events.',
  '3. Add tracing to the booking path so a stuck booking is found in minutes.',
  '4. Write the runbook for the quote service with the on-call team.',
  '5. Cut the p95 of the quote endpoint to under 120 ms.',
  '6. Review the schema changes the product teams propose for bookings.',
];
const requirements = [
  '- 4+ years building backend services in Go or Kotlin',
  '- Experience with PostgreSQL on busy tables',
  '- Familiarity with Kafka or another log-based queue',
];

describe('headings a plain-text posting underlines with rules', () => {
  it('reads a line between "=====" rules, or over "-----", as a heading', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      '==========================',
      'THE JOB IN SHORT',
      '==========================',
      'You will own the quote service of Haulmark. You will report to the Head of Freight. We ship every day.',
      '',
      'What you will do',
      '----------------',
      ...duties,
      '',
      '==========================',
      'WHAT YOU WILL NEED',
      '==========================',
      ...requirements,
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['about', 'THE JOB IN SHORT'],
      ['first90', 'What you will do'],
      ['requirements', 'WHAT YOU WILL NEED'],
    ]);
    expect(buildView(splitJdText(raw)).responsibilities).toHaveLength(6);
    expect(splitJdText(raw).sections.some((s) => s.text.includes('==='))).toBe(false);
  });

  it('leaves a sentence above a divider a sentence', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'You will own the quote service of Haulmark and report to the Head of Freight.',
      '-----',
      'Responsibilities',
      ...duties,
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['about', ''],
      ['first90', 'Responsibilities'],
    ]);
  });
});

describe('a title line that carries the pay and the place', () => {
  it('takes the role as the title and still reads the pay and place parts', () => {
    const raw = [
      'Platform Engineer — $150k–$175k — Remote (US)',
      '',
      'About the role',
      'You will run the build farm of Haulmark. You will report to the Head of Platform.',
      '',
      'Responsibilities',
      ...duties,
    ].join('\n');
    const { doc, of, flat } = check(raw);
    expect(doc.title).toBe('Platform Engineer');
    expect(of('title-qualifier')).toHaveLength(1);
    expect(of('missing-pay-range')).toHaveLength(0);
    expect(flat.text).toContain('$150k–$175k');
  });

  it('keeps a title whose dashed part names the team, not pay or place', () => {
    expect(
      splitJdText('Backend Engineer — Payments — Ledger\n\nAbout the role\nYou will own it.').title,
    ).toBe('Backend Engineer — Payments — Ledger');
  });
});

describe('headings run into the start of a paragraph', () => {
  const raw = [
    'Backend Engineer (Go, Quotes)',
    '',
    'Haulmark prices freight for 900 small brokers. We are 70 people in Omaha.',
    '',
    'About the role: You will own the quote service, the Go service brokers call for a price. You will report to the Head of Freight.',
    '',
    'Responsibilities: own the quote service and its tests; move the carrier sync to a stream of events; add tracing to the booking path; write the runbook with the on-call team; cut the p95 of the quote endpoint to under 120 ms; review the schema changes for bookings.',
    '',
    'Requirements: 4+ years of backend work in Go; experience with PostgreSQL on busy tables; familiarity with Kafka or another queue.',
    '',
    'Compensation: the base salary for this role is $130,000 to $150,000 a year, set by experience.',
  ].join('\n');

  it('starts a section at each run-in label the vocabulary knows', () => {
    expect(parts(raw)).toEqual([
      ['company', ''],
      ['about', 'About the role'],
      ['first90', 'Responsibilities'],
      ['requirements', 'Requirements'],
      ['compensation', 'Compensation'],
    ]);
  });

  it('gives one item per clause of a list run on with semicolons', () => {
    const view = buildView(splitJdText(raw));
    expect(view.responsibilities.map((r) => r.text)).toHaveLength(6);
    expect(view.responsibilities[1]?.text).toBe('move the carrier sync to a stream of events');
    expect(view.requirements).toHaveLength(3);
    const { of } = check(raw);
    expect(of('responsibilities-count')).toHaveLength(0);
    expect(of('about-role-length')).toHaveLength(0);
  });

  it('keeps one labelled paragraph in a letter, and a fact sheet line, as text', () => {
    const letter = [
      'Backend Engineer (Go)',
      '',
      'You would own the quote service of Haulmark and report to me.',
      '',
      'About us: Haulmark prices freight for 900 small brokers from its office in Omaha.',
    ].join('\n');
    expect(parts(letter).map(([, heading]) => heading)).not.toContain('About us');
    const sheet = [
      'Backend Engineer (Go)',
      '',
      'Experience: five or more years of Go in production work',
      'Location: Omaha, NE',
      '',
      'Responsibilities: own the quote service; move the carrier sync to events; add tracing to bookings.',
    ].join('\n');
    expect(parts(sheet).map(([, heading]) => heading)).not.toContain('Experience');
  });

  it('reads a semicolon inside one sentence as one item', () => {
    const raw2 = [
      'Backend Engineer (Go)',
      '',
      'Requirements',
      'Go in production; we can teach you the rest.',
      'PostgreSQL on busy tables.',
    ].join('\n');
    expect(buildView(splitJdText(raw2)).requirements).toHaveLength(2);
  });
});

describe('markdown footnotes', () => {
  const base = (header: string, perks: string) =>
    [
      '# Backend Engineer (Go)',
      '',
      header,
      '',
      '## About the role',
      'You will own the quote service of Haulmark. You will report to the Head of Freight.',
      '',
      '## Responsibilities',
      ...duties,
      '',
      '## Perks',
      perks,
      '',
      '## About Haulmark',
      'Haulmark prices freight for 900 small brokers. We are 70 people in Omaha.',
      '',
      '[^pay]: The base salary for this role is $130,000 to $150,000 a year. Offers depend on Go depth. Equity comes on top.',
    ].join('\n');

  it('reads a footnote on pay as pay, not as the company section it is pasted under', () => {
    const raw = base('Omaha, NE · Hybrid · Pay below[^pay]', 'Medical, dental and vision cover.');
    const { doc, of } = check(raw);
    const company = doc.sections.find((s) => s.id === 'company');
    expect(company?.text).not.toContain('$130,000');
    expect(doc.sections.some((s) => s.id === 'compensation' && s.text.includes('$130,000'))).toBe(true);
    expect(of('about-company-length')).toHaveLength(0);
    expect(of('missing-pay-range')).toHaveLength(0);
  });

  it('moves a footnote to the headed section that references it', () => {
    const raw = base('Omaha, NE · Hybrid', 'Medical, dental and vision cover, and pay as noted[^pay].');
    const perks = splitJdText(raw).sections.find((s) => s.heading === 'Perks');
    expect(perks?.text).toContain('$130,000 to $150,000');
  });
});

describe('standing notices of a Canadian posting', () => {
  it('reads a language-of-posting note and an employment equity statement as standing text', () => {
    const raw = [
      'Backend Engineer (Java)',
      'Québec, QC · Hybrid',
      '',
      'Cette offre est aussi publiée en français. This job posting is published in English and French, and the French version prevails.',
      '',
      'About the role',
      'You will own the booking service of Haulmark. You will report to the Head of Freight.',
      '',
      'Responsibilities',
      ...duties,
      '',
      'About Haulmark',
      'Haulmark prices freight for 900 small brokers. We are 70 people in Québec City. We are bootstrapped.',
      '',
      'Haulmark is committed to employment equity and welcomes applications from Indigenous peoples and members of visible minorities.',
    ].join('\n');
    const { of } = check(raw);
    expect(of('about-company-length')).toHaveLength(0);
  });

  it('still counts a company paragraph that mentions French', () => {
    const raw = [
      'Backend Engineer (Java)',
      '',
      'About the role',
      'You will own the booking service of Haulmark. You will report to the Head of Freight.',
      '',
      'Responsibilities',
      ...duties,
      '',
      'About Haulmark',
      'Haulmark prices freight for 900 small brokers. We work in English and French. We are 70 people. We have two offices. We are bootstrapped.',
    ].join('\n');
    expect(check(raw).of('about-company-length')).toHaveLength(1);
  });
});

describe('a field line among run-in headings', () => {
  it('keeps "Salary range: $…" a field line of the section it stands in', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'Responsibilities: own the quote service; move the carrier sync to events; add tracing to bookings.',
      '',
      'Requirements: four years of Go; PostgreSQL on busy tables; some Kafka.',
      '',
      'Salary range: $118,000 – $138,000 a year, plus a yearly bonus of up to 6%.',
    ].join('\n');
    expect(parts(raw).map(([, heading]) => heading)).not.toContain('Salary range');
  });
});
