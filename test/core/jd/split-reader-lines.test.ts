import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { splitJdText } from '../../../shared/domain/jd';
import { inferJdContext } from '../../../shared/domain/jd/infer';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

const parts = (raw: string) => splitJdText(raw).sections.map((s) => [s.id, s.heading]);

const duties = [
  '- Build the refund service that card issuers call when a charge is disputed',
  '- Move the settlement report from a nightly batch to an hourly job',
  '- Add tracing to the payout path so a stuck payout is found within minutes',
  '- Write the runbook for the settlement service with the on-call team',
  '- Cut the p95 of the balance endpoint below 100 ms',
  '- Review the ledger schema changes the product teams propose',
];
const requirements = [
  '- 5+ years building backend services in Go or Java',
  '- Experience with PostgreSQL on busy tables',
  '- Familiarity with Kafka or another log-based queue',
];

describe('what a reader reads of a file', () => {
  it('counts a hard-wrapped paragraph by its sentences, not its lines', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'POSITION SUMMARY',
      'Tallyhouse is hiring a backend engineer to own the settlement service, the',
      'Go service that pays out about 80,000 merchants every morning across',
      'three currencies. You will report to the Head of Payments and work with',
      'four other engineers. The team sits in our Leeds office on Tuesdays and',
      'releases to production twice a week.',
      '',
      'RESPONSIBILITIES',
      ...duties,
      '',
      'REQUIREMENTS',
      ...requirements,
    ].join('\n');
    const { of, doc } = check(raw);
    const view = buildView(doc);
    const about = view.sections('about')[0];
    expect(about && view.sentences(about.start, about.end)).toHaveLength(3);
    expect(of('about-role-length')).toEqual([]);
  });

  it('drops a page header or footer repeated at each page break, wherever it falls', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'About the role',
      "You'll own the settlement service that pays 80,000 merchants every morning.",
      '',
      "What you'll do",
      ...duties,
      '',
      'Tallyhouse · Job Description · Internal          Page 1 of 2',
      '',
      'About Tallyhouse',
      'Tallyhouse pays out merchants for online marketplaces. We are 200 people in Leeds and Lisbon.',
      '',
      'Tallyhouse · Job Description · Internal          Page 2 of 2',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => s.text).join('\n')).not.toMatch(/Page \d of 2/);
    expect(buildView(doc).responsibilities).toHaveLength(6);
  });

  it("takes the title from a careers page's front matter and keeps its fields as facts", () => {
    const body = [
      '# Backend Engineer (Go)',
      '',
      'About the role',
      "You'll own the settlement service that pays 80,000 merchants every morning.",
      '',
      "What you'll do",
      ...duties,
    ];
    const withTitle = [
      '---',
      'layout: job',
      'title: "Backend Engineer (Go)"',
      'location: "Leeds, UK"',
      '---',
      '',
      ...body,
    ];
    const doc = splitJdText(withTitle.join('\n'));
    expect(doc.title).toBe('Backend Engineer (Go)');
    const text = doc.sections.map((s) => s.text).join('\n');
    expect(text).toContain('location: Leeds, UK');
    expect(text).not.toMatch(/^---$|^# /m);
    // No title field: the page's first H1 is the title.
    expect(splitJdText(['---', 'layout: job', 'team: payments', '---', ...body].join('\n')).title).toBe(
      'Backend Engineer (Go)',
    );
  });

  it('reads a run of "Label: value" lines as a fact sheet, not as sentences of About the role', () => {
    const raw = [
      'ASSIGNMENT BRIEF — Backend Consultant (Java)',
      '',
      'Client: a regional water utility in the east of the country',
      'Rate: €600 – €680 per day, excluding VAT',
      'Engagement: independent contractor, invoicing through your own company',
      'Start: March, for six months with an option to extend',
      '',
      'The assignment',
      "You'll rebuild the meter reading service, the Java application that reads 400,000 meters a month.",
      "You'll report to the client's lead architect and work beside three of their developers.",
      '',
      'What the assignment delivers',
      ...duties,
    ].join('\n');
    expect(check(raw).of('about-role-length')).toEqual([]);
    expect(parts(raw).map(([id]) => id)).toContain('about');
  });

  it('reads a job order\'s "Job Order #:" and "Background/Drug Screen:" lines as labels of its fact sheet, not as sentences of the role', () => {
    const sheet = [
      'Job Order #: 20418',
      'Background/Drug Screen: required before the first day',
      'Duration: 12 months, likely to extend',
    ];
    const raw = [
      'Backend Developer (Java)',
      '',
      ...sheet,
      '',
      'You will extend the settlement service, the Java application that pays 80,000 merchants a day.',
      'You will report to the platform lead.',
      '',
      "What you'll do",
      ...duties,
    ].join('\n');
    const { report, flat, of } = check(raw);
    expect(
      report.boilerplate.filter((b) => b.kind === 'metadata').map((b) => flat.text.slice(b.start, b.end)),
    ).toEqual(sheet);
    expect(of('about-role-length')).toEqual([]);
  });

  it("does not count a job board's label lines, pay figures, hiring news or the equal opportunity line as the company's story", () => {
    const raw = [
      'Data Engineer (Python)',
      '',
      'Tallyhouse Payments',
      'Engineering - Software (Information & Communication Technology)',
      '$120k – $135k + super',
      'Tallyhouse is hiring for its Leeds office.',
      '',
      'About the role',
      "You'll own the settlement pipelines that pay 80,000 merchants every morning.",
      '',
      "What you'll do",
      ...duties,
      '',
      'About Tallyhouse',
      'Tallyhouse pays out merchants for online marketplaces. We are 200 people in Leeds and Lisbon. We are profitable. We want every merchant paid on the day they earn it.',
      '',
      'Tallyhouse is an equal opportunity employer.',
    ].join('\n');
    expect(check(raw).of('about-company-length')).toEqual([]);
  });
});

describe('headings a reader knows at sight', () => {
  it('reads one-word capital headings, "YOU" over the requirements and "EXTRAS" over the preferred ones', () => {
    const raw = [
      'Platform Engineer (Kubernetes)',
      '',
      'ROLE',
      "You'll own the deploy platform that 90 engineers use every day.",
      '',
      'WORK',
      ...duties,
      '',
      'YOU',
      '- 7-10 years of software engineering, some of it on platform teams',
      '- Kubernetes in production at depth',
      '- Terraform and one major cloud',
      '',
      'EXTRAS',
      '- Backstage or another developer portal',
      '- Operators written in Go',
      '',
      'PAY',
      'The base salary is $150,000 - $175,000 a year.',
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['about', 'ROLE'],
      ['first90', 'WORK'],
      ['requirements', 'YOU'],
      ['requirements', 'EXTRAS'],
      ['compensation', 'PAY'],
    ]);
    const { of, doc } = check(raw);
    const view = buildView(doc);
    expect(view.responsibilities).toHaveLength(6);
    expect(view.requirements.filter((r) => !r.preferred)).toHaveLength(3);
    expect(of('experience-cap')).toHaveLength(1);
  });

  it('reads a heading that names skills, knowledge and expertise as the requirements', () => {
    const raw = [
      'Data Engineer (Python)',
      '',
      'Key Responsibilities',
      ...duties,
      '',
      'Skills, Knowledge and Expertise',
      '',
      ...requirements,
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['first90', 'Key Responsibilities'],
      ['requirements', 'Skills, Knowledge and Expertise'],
    ]);
    expect(buildView(splitJdText(raw)).responsibilities).toHaveLength(6);
  });

  it('reads a paragraph about the team, under its own heading among prose duties, as no duties', () => {
    const raw = [
      'Backend Engineer (Java)',
      '',
      'What you will do',
      'You will move uploads onto pre-signed S3 links. You will add idempotency keys to claim submission. You will publish an OpenAPI contract for the claims API.',
      '',
      'How the team works',
      '',
      'We are five engineers and a product owner. Every change to claim rules is reviewed by compliance before it ships. We keep a short written record of why each rule exists.',
      '',
      'What you bring',
      'You have 3+ years of backend experience in Java.',
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['first90', 'What you will do'],
      ['about', 'How the team works'],
      ['requirements', 'What you bring'],
    ]);
    expect(buildView(splitJdText(raw)).responsibilities).toHaveLength(3);
  });

  it("reads a recruiter's bulleted fact sheet, caption and all, as facts and not as the company's sentences", () => {
    const raw = [
      'Backend Developer (C#) – Contract',
      '',
      'Hi there,',
      '',
      'Your background looks like a good match for a contract role with one of our clients in Dallas.',
      '',
      '» At a glance',
      '» Location: Dallas, TX – on site, five days a week',
      '» Term: six-month contract, then conversion to full time',
      '» Rate: $70 - $85/hr on W2 or as a contractor',
      '» Interviews: two rounds over video with the team',
      '',
      'About the role',
      "You'd join the team behind the client's booking API and report to its engineering manager.",
      '',
      "What you'll be doing",
      ...duties,
    ].join('\n');
    expect(check(raw).of('about-company-length')).toEqual([]);
  });

  it('does not count the terms of an engagement as sentences of About the role', () => {
    const raw = [
      'Java Developer (Spring Boot) - Contract',
      '',
      'Summary',
      'Our client, a regional bank, is looking for a Java developer to join its card payments team. This is a W2 position. No C2C, no third parties, no sponsorship.',
      '',
      'The role',
      'The team owns the authorization service that approves every card payment. The consultant will report to the engineering manager.',
      '',
      'Responsibilities',
      ...duties,
    ].join('\n');
    expect(check(raw).of('about-role-length')).toEqual([]);
  });

  it('reads a background check notice as standing screening text, not as talk about the reader', () => {
    const raw = [
      'Java Developer (Spring Boot)',
      '',
      'Responsibilities',
      ...duties,
      '',
      'Additional Information',
      '- Hybrid: three days a week in the Charlotte office.',
      '- Candidates must pass a background and credit check before their start date.',
    ].join('\n');
    expect(check(raw).of('the-candidate')).toEqual([]);
  });
});

describe("a job board's panel above the posting", () => {
  it('reads "Experience" over "3+ years" as a field of the panel when the posting asks for its requirements further down', () => {
    const raw = [
      'Founding Backend Engineer',
      'Loomwise • Instant quotes for freight brokers',
      '$150K - $190K',
      'Experience',
      '3+ years',
      'Visa',
      'US citizenship not required',
      'Skills',
      'Python, TypeScript, PostgreSQL',
      '',
      "What you'll do",
      ...duties,
      '',
      "What we're looking for",
      ...requirements,
    ].join('\n');
    expect(parts(raw).map(([, heading]) => heading)).toEqual([
      '',
      "What you'll do",
      "What we're looking for",
    ]);
    expect(buildView(splitJdText(raw)).requirements).toHaveLength(3);
  });

  it('keeps a short heading over short lines as a heading when nothing further down heads that part', () => {
    const raw = [
      'Backend Engineer (Go)',
      'Remote, US',
      'Skills',
      'Go',
      'PostgreSQL',
      'Kafka',
      '',
      "What you'll do",
      ...duties,
    ].join('\n');
    expect(parts(raw)).toContainEqual(['requirements', 'Skills']);
  });
});

describe('the level a posting states', () => {
  const posting = (levelLine: string[]) =>
    [
      'Software Engineer III, Backend',
      '',
      'Corvane',
      'Seattle, WA, USA',
      ...levelLine,
      '',
      'Minimum qualifications:',
      '',
      '- 2 years of experience with software development in Java, Go or Python.',
      '- 2 years of experience running backend services.',
      '',
      'Responsibilities',
      ...duties,
    ].join('\n');

  it('takes a level label under the title over a roman numeral grade, which means different levels at different employers', () => {
    const level = (raw: string) => inferJdContext(splitJdText(raw), jdCheckData()).level;
    expect(level(posting(['Mid']))).toBe('mid');
    expect(level(posting(['Experience level: Mid-Level']))).toBe('mid');
    // With no label, the grade is all there is to read.
    expect(level(posting([]))).toBe('senior');
    const mid = posting(['Mid']);
    expect(check(mid, { level: level(mid) ?? undefined }).of('level-mismatch')).toEqual([]);
  });
});
