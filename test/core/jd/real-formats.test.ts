import { describe, expect, it } from 'vitest';
import { findPayRange, headingOf, splitJdText } from '../../../shared/domain/jd';
import { isBoilerplateHeading } from '../../../shared/domain/jd/split';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

const payOf = (line: string) => {
  const pay = findPayRange(buildView(splitJdText(`Backend Engineer (Go)\n\nCompensation\n${line}`)));
  return pay && [pay.min, pay.max, pay.currency, pay.period];
};

describe('pay ranges as real postings write them', () => {
  it('reads the formats the checks used to miss', () => {
    expect(payOf('$145,600~$163,800')).toEqual([145600, 163800, 'USD', 'year']);
    expect(payOf('$145,000/year - $165,000/year')).toEqual([145000, 165000, 'USD', 'year']);
    expect(payOf('Pay starts from $143,000 for this level and goes up to $198,200 for the next.')).toEqual([
      143000,
      198200,
      'USD',
      'year',
    ]);
    expect(payOf('150k - 200k base + equity')).toEqual([150000, 200000, 'USD', 'year']);
    expect(payOf('USD 150,000–180,000')).toEqual([150000, 180000, 'USD', 'year']);
    expect(payOf('£60,000 - £75,000')).toEqual([60000, 75000, 'GBP', 'year']);
    expect(payOf('60.000 € - 75.000 € per year')).toEqual([60000, 75000, 'EUR', 'year']);
    expect(payOf('The base salary range is $150,000 -\n$180,000.')).toEqual([150000, 180000, 'USD', 'year']);
    expect(payOf('Minimum: $150,000\nMaximum: $180,000')).toEqual([150000, 180000, 'USD', 'year']);
  });

  it('shows an hourly rate as annual pay', () => {
    expect(payOf('$70-85/hr')).toEqual([145600, 176800, 'USD', 'hour']);
  });

  it('does not take a stipend, a year span or a bonus for the salary', () => {
    expect(payOf('A $1,000 - $2,000 learning stipend.')).toBeNull();
    expect(payOf('From 2020-2024 we grew three times over.')).toBeNull();
    expect(payOf('Base $150,000, plus a $20,000 signing bonus.')).toBeNull();
  });

  it('raises no error-level "no pay range" on a Colorado posting whose range is split over two lines', () => {
    const { of } = check('Backend Engineer (Go)\nDenver, CO\n\nPay\nMinimum: $150,000\nMaximum: $180,000\n');
    expect(of('missing-pay-range')).toEqual([]);
  });
});

describe('headings as real postings write them', () => {
  it('recognises sentence headings, emoji, bold, all-caps and trailing colons or ellipses', () => {
    expect(headingOf("As Senior Backend Engineer, you'll:")).toBe('first90');
    expect(headingOf('As a Senior Backend Engineer at Acme, you will:')).toBe('first90');
    expect(headingOf('Specifically, you will:')).toBe('first90');
    expect(headingOf('**What do you need to bring?**')).toBe('requirements');
    // An "Apply" heading holds the process, which is left out of the length like any boilerplate.
    expect(isBoilerplateHeading('::: APPLY :::')).toBe(true);
    expect(headingOf("## 🛠️ What you'll do")).toBe('first90');
    expect(headingOf('**RESPONSIBILITIES:**')).toBe('first90');
    expect(headingOf("It's a Plus if You Have…")).toBe('requirements');
    expect(headingOf('**🙌 What makes you a great fit**')).toBe('requirements');
    expect(headingOf("💸 What's in it for you")).toBe('compensation');
    expect(headingOf('Equal Opportunity Employer')).toBe('company');
    // A sentence that happens to start like a heading is not one.
    expect(
      headingOf('As Senior Backend Engineer you will own the ledger service and its on-call rota.'),
    ).toBeNull();
    expect(headingOf('- Responsibilities')).toBeNull();
  });

  it('reads headings drawn with plain-text decoration and lists marked with triangles', () => {
    const posting = [
      '::: Backend Engineer (Go, Quotes API) :::',
      '',
      '§ 1  The role',
      'You will own the Quotes API, which prices 40,000 loads a day.',
      '',
      '::: FIRST 90 DAYS :::',
      '▸ Add cursor pagination to the quotes search endpoint.',
      '▸ Move the nightly rate import onto a queue with retries.',
      '',
      '== What you bring ==',
      '▸ 4+ years building Go services.',
      '',
      '-- Pay --',
      'Base salary is $150,000-$180,000.',
    ].join('\n');
    const doc = splitJdText(posting);
    const view = buildView(doc);
    expect(doc.title).toBe('Backend Engineer (Go, Quotes API)');
    expect(doc.sections.map((s) => s.id)).toEqual(['about', 'first90', 'requirements', 'compensation']);
    expect(view.responsibilities.map((r) => r.text)).toEqual([
      'Add cursor pagination to the quotes search endpoint.',
      'Move the nightly rate import onto a queue with retries.',
    ]);
  });

  it('drops an "Apply" button copied under the title, and keeps "Apply" lower down as the process heading', () => {
    const doc = splitJdText(
      [
        'Backend Engineer (Go)',
        'Corvane · Seattle, WA',
        'Apply',
        '',
        'About the job',
        'You will own the Attribution Service, which joins 3 billion events a day.',
        '',
        'Apply',
        'Send your resume through our careers page.',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.heading)).toEqual(['', 'About the job', 'Apply']);
    expect(doc.sections[0]?.text).not.toContain('Apply');
  });

  it('reads duties told in a paragraph of the role text, when the posting has no list of them', () => {
    const posting = [
      'Backend Engineer (Rails)',
      '',
      'Description',
      'You will join the Ordering team and work from our Nashville office on Tuesdays.',
      '',
      'In your first months you will take over the Order Intake API. You will build the webhook that pushes shipment updates to clinics. You will add idempotency keys to the order endpoint.',
      '',
      'Requirements',
      '- 3+ years of Rails.',
    ].join('\n');
    const doc = splitJdText(posting);
    expect(doc.sections.map((s) => s.id)).toEqual(['about', 'first90', 'requirements']);
    expect(buildView(doc).responsibilities).toHaveLength(3);
  });

  it('reads "What would be nice?" as a nice-to-have list', () => {
    const { of } = check(
      [
        'Backend Engineer (Python)',
        '',
        '**What do you need to bring?**',
        ...['Python', 'SQL', 'Git', 'Django', 'Clear writing'].map((s) => `- ${s} in daily work`),
        '',
        '**What would be nice?**',
        '- Scheduling software',
        '- Docker',
      ].join('\n'),
    );
    expect(of('requirements-count')).toEqual([]);
  });

  it('does not count a "plus" list as must-haves', () => {
    const must = Array.from({ length: 5 }, (_, i) => `- Must-have ${i + 1} with Go and PostgreSQL.`);
    const plus = Array.from({ length: 5 }, (_, i) => `- Extra ${i + 1} with Kafka.`);
    const { of } = check(
      ['Backend Engineer (Go)', '', 'You have:', ...must, '', "It's a Plus if You Have…", ...plus].join('\n'),
    );
    expect(of('requirements-count')).toEqual([]);
  });
});

describe('boilerplate', () => {
  const legal = [
    'Acme is an equal opportunity employer. We consider all qualified applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.',
    'The salary range reflects a good-faith estimate; final offers are determined by job-related factors, and the successful candidate may also receive equity.',
    'If you need a reasonable accommodation during the application or interview process, tell our recruiting team.',
  ].join('\n\n');

  it('is shown as boilerplate and kept out of "the candidate", gender-coded wording and the word count', () => {
    const body = 'Backend Engineer (Go)\n\nAbout the role\nYou will own the ledger service.\n\n';
    const { report, of, flat } = check(`${body}${legal}\n`);
    expect(report.boilerplate.map((b) => b.kind)).toEqual([
      'equal-opportunity',
      'pay-policy',
      'accommodation',
    ]);
    expect(flat.text.slice(report.boilerplate[0]?.start, report.boilerplate[0]?.end)).toMatch(
      /^Acme is an equal/,
    );
    expect(of('the-candidate')).toEqual([]);
    // The title (3 words), the heading (3) and the one sentence of the role (6); none of the legal text.
    expect(report.words).toBe(12);
  });

  it("reads a background or credit check condition as the employer's process, not a must-have", () => {
    const { report, of } = check(
      [
        'Backend Engineer (Java)',
        '',
        'About the role',
        'You will own the payments ledger service.',
        '',
        'Requirements',
        '- 5+ years building Java services.',
        '- Candidates must pass a background and credit check before start.',
      ].join('\n'),
    );
    expect(report.boilerplate.map((b) => b.kind)).toEqual(['fair-chance']);
    expect(of('the-candidate')).toEqual([]);
  });

  it('still counts "the candidate" in the job text itself', () => {
    const { of } = check(
      'Backend Engineer (Go)\n\nAbout the role\nThe ideal candidate owns the ledger service.\n',
    );
    expect(of('the-candidate')).toHaveLength(1);
  });
});

describe('gender-coded wording counts traits, not compounds or titles', () => {
  it('leaves event-driven, test-driven, data-driven and "Lead Engineer" alone', () => {
    const { of } = check(
      'Lead Engineer (Go)\n\nAbout the role\nYou will lead the event-driven, test-driven and data-driven work of the Lead Engineer group, and analyze decisions.\n',
    );
    expect(of('gender-coded')).toEqual([]);
  });

  it('leaves "confidential" alone: it starts with the stem of "confident" but says nothing of a person', () => {
    const { of } = check(
      'Backend Engineer (Go)\n\nAbout the role\nWe want a competitive engineer to keep payroll data confidential, under a confidentiality clause.\n',
    );
    expect(of('gender-coded')).toEqual([]);
  });

  it('flags trait words, with fixes that read right', () => {
    const { of, spanText } = check(
      'Backend Engineer (Go)\n\nAbout the role\nWe want an aggressive, competitive and driven engineer who is fearless.\n',
    );
    const found = of('gender-coded');
    expect(found.map(spanText)).toEqual(['aggressive', 'competitive', 'driven', 'fearless']);
    expect(found.map((f) => f.replacement)).toEqual([
      'ambitious',
      'strong',
      'motivated',
      'willing to try new approaches',
    ]);
  });
});
