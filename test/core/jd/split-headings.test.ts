import { describe, expect, it } from 'vitest';
import { headingOf, splitJdText } from '../../../shared/domain/jd';
import { JD_MAX_SECTIONS } from '../../../shared/domain/jd/split';
import { jdTextSchema } from '../../../shared/jd';

describe('import headings', () => {
  it('takes a qualifier word before "duties and responsibilities"', () => {
    for (const h of [
      'Essential Duties and Responsibilities',
      'Essential Duties & Responsibilities:',
      'Primary duties and responsibilities',
      'Duties and Responsibilities',
      '## Key Duties and Responsibilities',
    ])
      expect(headingOf(h), h).toBe('first90');
  });

  it("reads a heading by its words when a recruiter's note in parentheses closes it", () => {
    expect(headingOf('REQUIRED SKILLS (client will not look at resumes missing these)')).toBe('requirements');
    expect(headingOf('Knowledge, Skills and Abilities (Required)')).toBe('requirements');
    // A figure in the parentheses is part of what the line says, not a note on it.
    expect(headingOf('Requirements (5 of them, all hard)')).toBeNull();
  });

  it('takes the job from a job order\'s "Position Title:" field, without its label', () => {
    const order = splitJdText(
      [
        'ACME TALENT PARTNERS',
        'JOB ORDER',
        '',
        'Position Title:   Java Backend Developer - 6 Month Contract',
        '',
        'DUTIES',
        '- Build the payments API',
      ].join('\n'),
    );
    expect(order.title).toBe('Java Backend Developer - 6 Month Contract');
  });

  it('reads "Your tasks" as the duty list, as German ATS pages head it', () => {
    for (const h of ['Your tasks', 'Your tasks:', 'Main tasks', 'Tasks'])
      expect(headingOf(h), h).toBe('first90');
  });

  it('reads a heading written with a contraction the way it reads the words spelled out', () => {
    expect(headingOf("**what you'd work on**")).toBe('first90');
    expect(headingOf('What you’d be doing')).toBe('first90');
    expect(headingOf("We'd love to see")).toBe('requirements');
    expect(headingOf('We would love to see')).toBe('requirements');
    expect(headingOf('*Who we want*')).toBe('requirements');
    expect(headingOf('What we require')).toBe('requirements');
  });

  it("splits Indeed's \"Full job description\" into the company's introduction and the role's", () => {
    const doc = splitJdText(
      [
        'Backend Developer (Python)',
        '',
        'Benefits',
        'Dental insurance',
        '',
        'Full job description',
        '',
        'Acme Health sends nurses to 6,000 patients at home.',
        '',
        'We are hiring a Backend Developer for the Visit Scheduler. You will report to the Engineering Manager.',
        '',
        'Responsibilities:',
        '',
        '- Rewrite the route assignment job.',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => [s.id, s.text.slice(0, 12)])).toEqual([
      ['compensation', 'Dental insur'],
      ['company', 'Acme Health '],
      ['about', 'We are hirin'],
      ['first90', '- Rewrite th'],
    ]);
  });

  it('reads a long heading that stands alone over a list, and not a sentence of as many words', () => {
    const raw = (line: string) =>
      [
        'Data Engineer',
        '',
        'About the role',
        'You will own the meter readings store.',
        '',
        line,
        '- Take over the Kafka consumers that load the readings',
        '- Own the schema and its migrations',
      ].join('\n');
    const heading = 'What you will do in the first 90 days';
    expect(splitJdText(raw(heading)).sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'About the role'],
      ['first90', heading],
    ]);
    // Over a paragraph, or closed as a sentence, nine words are a sentence.
    expect(headingOf(heading)).toBeNull();
    const sentence = 'Here is what you will do in the first 90 days.';
    expect(splitJdText(raw(sentence)).sections.map((s) => s.id)).toEqual(['about']);
  });

  it("joins the title's qualifier when a narrow column wrapped it onto the next line", () => {
    const body = ['', 'About the role', 'You will own the search service.'];
    const titleOf = (...top: string[]) => splitJdText([...top, ...body].join('\n'));
    const wrapped = titleOf('Senior Backend Engineer', '(Search API)');
    expect(wrapped.title).toBe('Senior Backend Engineer (Search API)');
    expect(wrapped.sections.some((s) => s.text.includes('(Search API)'))).toBe(false);
    // A title with its own qualifier, or a note after a blank line, is left as it is.
    expect(titleOf('Backend Engineer (Go)', '(Contract)').title).toBe('Backend Engineer (Go)');
    expect(titleOf('Senior Backend Engineer', '', '(Search API)').title).toBe('Senior Backend Engineer');
  });

  it('reads a heading that ends in a question or exclamation mark', () => {
    expect(headingOf('Why Join Us?')).toBe('company');
    expect(headingOf('Why join us!')).toBe('company');
    expect(headingOf("What you'll do?")).toBe('first90');
  });

  it('puts "About the Team" with the role, not the company', () => {
    expect(headingOf('About the Team')).toBe('about');
    expect(headingOf('About our team:')).toBe('about');
    expect(headingOf('Meet the team')).toBe('about');
    expect(headingOf('About Globex')).toBe('company');
    expect(headingOf('About the company')).toBe('company');
  });

  it('keeps a question heading as written, and splits a JD with these headings', () => {
    const doc = splitJdText(
      [
        'Backend Engineer (Go)',
        'About the Team',
        'We run the ledger.',
        'Essential Duties and Responsibilities',
        '- Ship the refunds endpoint',
        'Why Join Us?',
        'Acme sells tents.',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'About the Team'],
      ['first90', 'Essential Duties and Responsibilities'],
      ['company', 'Why Join Us?'],
    ]);
  });

  it('folds headings beyond the maximum into the last section it keeps', () => {
    const lines = ['Backend Engineer (Go)'];
    for (let i = 1; i <= 60; i++) lines.push(i % 2 ? 'Requirements' : 'Responsibilities', `- Item ${i}`);
    const doc = splitJdText(lines.join('\n'));
    expect(doc.sections).toHaveLength(JD_MAX_SECTIONS);
    expect(jdTextSchema.safeParse(doc).success).toBe(true);
    const last = doc.sections.at(-1)?.text ?? '';
    expect(last).toContain('- Item 40');
    expect(last).toContain('Requirements\n- Item 41');
    expect(last).toContain('- Item 60');
    // Nothing is lost: every item is still somewhere.
    const all = doc.sections.map((s) => s.text).join('\n');
    for (let i = 1; i <= 60; i++) expect(all).toContain(`- Item ${i}\n`.trim());
  });

  it('turns form feeds and vertical tabs into line breaks and drops other control characters', () => {
    const doc = splitJdText('Backend Engineer\u0007 (Go)\fAbout the role\vYou own\u0000 the ledger.\u001b');
    expect(doc.title).toBe('Backend Engineer (Go)');
    expect(doc.sections).toEqual([{ id: 'about', heading: 'About the role', text: 'You own the ledger.' }]);
  });

  it('does not take a paragraph longer than any title for the title', () => {
    const long = `${'We are hiring. '.repeat(50)}`.trim();
    const doc = splitJdText(`${long}\nRequirements\n- Go`);
    expect(jdTextSchema.safeParse(doc).success).toBe(true);
    expect(doc.title).toBe('');
    expect(doc.sections[0]).toMatchObject({ id: 'about', text: long });
  });
});
