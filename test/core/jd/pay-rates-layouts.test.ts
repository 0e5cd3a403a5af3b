import { describe, expect, it } from 'vitest';
import { findPayRange, headingOf, splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';

const payIn = (line: string) =>
  findPayRange(buildView(splitJdText(`Backend Engineer (Go)\n\nCompensation\n${line}\n`)));

describe('pay written as real postings write it', () => {
  it.each([
    ['£500-£600 per day', 130_000, 156_000, 'GBP', 'day'],
    ['$1,200-$1,500/week', 62_400, 78_000, 'USD', 'week'],
    ['150 000 € - 180 000 €', 150_000, 180_000, 'EUR', 'year'],
    ['Salary: 150\u202f000 - 180\u202f000 EUR', 150_000, 180_000, 'EUR', 'year'],
    ['Salary Range: 120000 - 150000', 120_000, 150_000, 'USD', 'year'],
  ])('reads "%s" as an annual range', (line, min, max, currency, period) => {
    expect(payIn(line)).toMatchObject({ min, max, currency, period });
  });

  it('reads no pay from counts grouped with spaces or from bare numbers with no salary word', () => {
    expect(payIn('We have 3 000 stores and 200 000 customers.')).toBeNull();
    expect(payIn('Our fleet grew from 120000 - 150000 trucks.')).toBeNull();
  });
});

describe('layouts of pasted postings', () => {
  it("reads Workday's label-over-value header as metadata, not as the company's sentences", () => {
    const text = [
      'Software Engineer II',
      'locations',
      'Chicago, IL',
      'time type',
      'Full time',
      'posted on',
      'Posted 5 Days Ago',
      'job requisition id',
      'R-0041177',
      '',
      'About the role',
      'You will own the claims-load pipeline.',
    ].join('\n');
    const view = buildView(splitJdText(text));
    const company = view.sections('company')[0];
    expect(company).toBeDefined();
    if (company) expect(view.sentences(company.start, company.end)).toEqual([]);
  });

  it('keeps a bare label followed by a sentence as the job text', () => {
    const view = buildView(
      splitJdText('Backend Engineer\n\nAbout the role\nTeam\nYou will own the ledger.\n'),
    );
    const about = view.sections('about')[0];
    expect(about && view.sentences(about.start, about.end).map((s) => s.text.trim())).toContain(
      'You will own the ledger.',
    );
  });

  it('takes the title from under LinkedIn\'s "About the job" line', () => {
    const doc = splitJdText(
      'About the job\nJunior Software Engineer (Backend)\n\nResponsibilities:\n- Fix bugs\n',
    );
    expect(doc.title).toBe('Junior Software Engineer (Backend)');
  });

  it('reads "You\'ll need" as the requirements and a prose "The work" as the role\'s introduction', () => {
    const doc = splitJdText(
      [
        'Contract Backend Developer (Python)',
        'Fernhollow supplies electricity to 90,000 homes.',
        '',
        'The work',
        'We are rebuilding the meter-reading importer.',
        '',
        "What you'll be doing",
        '- Move the importer to a queue-fed worker',
        '',
        "You'll need",
        '- Commercial Python',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.id)).toEqual(['company', 'about', 'first90', 'requirements']);
  });
});

describe('headings of more job boards', () => {
  it.each([
    ['THE IDEAL CANDIDATE WILL HAVE:', 'requirements'],
    ["Experience you'll bring", 'requirements'],
    ['Our tech stack', 'requirements'],
    ['Education', 'requirements'],
    ['Your Responsibilities Will Include:', 'first90'],
    ['Things you could help with', 'first90'],
    ["Who you'll work with", 'about'],
  ] as const)('reads "%s" as %s', (heading, id) => {
    expect(headingOf(heading)).toBe(id);
  });

  it('leaves a sentence that starts like a heading as text', () => {
    expect(headingOf('Education is not required for this role.')).toBeNull();
    expect(headingOf('What we ask is simple: show us code.')).toBeNull();
  });
});
