import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJdFile } from '../../../electron/core/jd/read-file';
import { findPayRange, splitJdText } from '../../../shared/domain/jd';
import { cleanJdText } from '../../../shared/domain/jd/clean-text';
import { sentencesOf } from '../../../shared/domain/jd/text';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';
import { realCorpusDir } from './real-corpus';

/** What a recruiter gets by selecting a whole job page and copying it, or opening the file a manager sent. */
const duties = [
  '- Own the carrier rates API that quotes every shipment in our web store',
  '- Move the nightly tariff import into a job that can be rerun safely',
  '- Cut the p95 of the quote endpoint below 150 ms with better indexes',
  '- Add tracing from the store to the rates API so a slow quote is found fast',
  '- Write the runbook for the rates service with the on-call rota',
  '- Review the schema changes other teams propose for the rates tables',
];
const body = [
  'About the role',
  'You will own the Rates API, the Java service that prices parcels for 3,000 retailers. You will report to the Engineering Manager for Shipping.',
  '',
  'Responsibilities',
  ...duties,
  '',
  'Requirements',
  '- 3+ years building backend services in Java',
  '- Strong SQL on PostgreSQL',
  '',
  'Compensation',
  'The base salary range is $120,000 - $145,000.',
];

describe('a job page copied whole', () => {
  it('takes the job, not the board name or its menu above it, as the title, and keeps those lines as text', () => {
    const raw = [
      'Hireboard',
      'Jobs   Companies   Salaries   For Employers',
      'Sign In',
      '',
      'Parcelwise',
      'Backend Engineer (Java, Rates API)',
      'Columbus, OH · Hybrid',
      '',
      ...body,
    ].join('\n');
    const text = splitJdText(raw);
    expect(text.title).toBe('Backend Engineer (Java, Rates API)');
    expect(text.sections[0]?.text).toContain('Sign In');
    expect(text.sections[0]?.text).toContain('Columbus, OH · Hybrid');
    // The title has its qualifier, so the title check is satisfied.
    expect(check(raw).of('title-qualifier')).toEqual([]);
    // A board's menu printed one item a line runs to a dozen lines and more above the job.
    const menu = ['Skip to main content', 'Hireboard', 'Search', 'Home', 'My Network', 'Jobs', 'Messaging'];
    const tall = [
      ...menu,
      'Notifications',
      'Me',
      'For Business',
      'Try Premium',
      '',
      'Parcelwise',
      'Backend Engineer (Java, Rates API)',
      '',
      ...body,
    ];
    expect(splitJdText(tall.join('\n')).title).toBe('Backend Engineer (Java, Rates API)');
  });

  it("skips the board's search box, and joins a title whose parenthesis or role noun wrapped onto the next line", () => {
    const searched = [
      'indeed',
      'Find jobs   Company reviews   Sign in',
      '',
      'What: backend engineer     Where: Columbus, OH',
      '',
      'Backend Engineer (Java)',
      'Parcelwise',
      '',
      ...body,
    ];
    expect(splitJdText(searched.join('\n')).title).toBe('Backend Engineer (Java)');
    const wrapped = [
      'PARCELWISE · CAREERS · JOB SHEET',
      '',
      'Senior Backend Engineer (Java, Rates',
      'API)',
      'Columbus, OH · Hybrid',
      '',
      ...body,
    ];
    expect(splitJdText(wrapped.join('\n')).title).toBe('Senior Backend Engineer (Java, Rates API)');
    const brokenNoun = [
      'PARCELWISE · JOB SHEET',
      '',
      'Senior Backend / Platform / Data',
      'Engineer',
      '',
      ...body,
    ];
    expect(splitJdText(brokenNoun.join('\n')).title).toBe('Senior Backend / Platform / Data Engineer');
  });

  it('takes the job under a company name that ends in "Co." as the title, and does not count that name as a sentence', () => {
    const raw = [
      'LinkedIn',
      'Home   My Network   Jobs   Messaging',
      '',
      'Lakeshore Menu Co.',
      'Backend Engineer (Java, Rates API)',
      'Columbus, OH · Hybrid',
      '',
      'About the job',
      'Lakeshore Menu Co. keeps restaurant menus right everywhere they appear. About 2,600 restaurants use it. We are seed-funded. Our mission is to give cooks their time back.',
      '',
      ...body.slice(0, 2),
      '',
      "We're a small crew, so you'll jump in wherever the day takes you. We're looking for a backend rockstar who can take a messy integration and make it sing.",
      '',
      ...body.slice(3),
    ].join('\n');
    expect(splitJdText(raw).title).toBe('Backend Engineer (Java, Rates API)');
    const { of } = check(raw);
    expect(of('about-company-length')).toEqual([]);
    // The rockstar line describes the person wanted, not the role: the role's part stays at its 2 sentences.
    expect(of('about-role-length')).toEqual([]);
  });

  it('still takes a first line that names a job, and one with no job named anywhere near the top', () => {
    expect(splitJdText(['Head of Backend', 'Parcelwise · Remote', '', ...body].join('\n')).title).toBe(
      'Head of Backend',
    );
    // A sentence between the first line and a later engineer line means the first line is the title.
    expect(
      splitJdText(
        ['Rates and Quotes', 'We price parcels for retailers.', 'Backend Engineer', '', ...body].join('\n'),
      ).title,
    ).toBe('Rates and Quotes');
  });

  it('drops a forum tag from the title and does not call it an unfilled placeholder', () => {
    const raw = ['**[HIRING] Backend Engineer (Java) | Remote, US | $120k-$145k**', '', ...body].join('\n');
    expect(splitJdText(raw).title).toBe('Backend Engineer (Java)');
    expect(check(raw).of('unfilled-placeholder')).toEqual([]);
  });

  it('ends the posting where the board lists other jobs, so their pay and places are not read as this one', () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      'Columbus, OH',
      '',
      ...body.slice(0, -3),
      '',
      'Benefits',
      '- Medical, dental and vision from day one',
      '',
      'Similar jobs',
      'Java Developer · Dayton, OH · $98K - $120K (Employer provided)',
      'Backend Engineer · Toledo, OH · Easy Apply',
    ].join('\n');
    const text = splitJdText(raw);
    expect(text.sections.map((s) => s.text).join('\n')).not.toContain('Dayton');
    expect(findPayRange(buildView(text))).toBeNull();
  });

  it("ends the posting at the board's application form, so its fields and survey are not read as the posting", () => {
    const form = [
      'Apply for this job',
      '',
      '* indicates a required field',
      '',
      'First Name *',
      'Last Name *',
      'LinkedIn Profile',
      'Will you now or in the future require visa sponsorship? *',
      'Select...',
      '',
      'Voluntary Self-Identification',
      'For government reporting purposes, we invite applicants to answer the questions below.',
      ...Array.from({ length: 12 }, (_, i) => `Question ${i + 1} of the survey, which you may skip.`),
    ];
    const raw = ['Backend Engineer (Java, Rates API)', 'Columbus, OH', '', ...body, '', ...form].join('\n');
    const text = splitJdText(raw);
    expect(text.sections.map((s) => s.text).join('\n')).not.toMatch(/First Name|survey|LinkedIn Profile/);
    expect(text.sections.map((s) => s.heading)).not.toContain('LinkedIn Profile');
    // "Apply" over a paragraph with no form under it still heads the process.
    const process = splitJdText(
      [
        'Backend Engineer (Java, Rates API)',
        '',
        ...body,
        '',
        'Apply now',
        'Send your resume to jobs@parcelwise.example.',
      ].join('\n'),
    );
    expect(process.sections.map((s) => s.text).join('\n')).toContain('Send your resume');
  });

  it("reads the employer's range, not the board's estimate beside it", () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      'Columbus, OH',
      '$90K - $115K (Employer provided)',
      '',
      ...body.slice(0, -3),
      '',
      'Base pay range',
      '$88K - $131K /yr (Glassdoor est.)',
      'Based on 23 salaries',
    ].join('\n');
    expect(findPayRange(buildView(splitJdText(raw)))).toMatchObject({ min: 90_000, max: 115_000 });
    const employerEstimate = raw
      .replace('(Glassdoor est.)', '(Employer est.)')
      .replace('$90K - $115K (Employer provided)', '');
    expect(findPayRange(buildView(splitJdText(employerEstimate)))).toMatchObject({
      min: 88_000,
      max: 131_000,
    });
  });
});

describe("a public employer's posting", () => {
  it('reads "Examples of Duties" as the duties, "Desirable Qualifications" as preferred, and the screening questions as process', () => {
    const raw = [
      'Senior IT Application Developer (Fare Systems Integration)',
      '',
      'Description',
      'The Senior IT Application Developer builds the integrations between the fare system and the ridership warehouse.',
      '',
      'Examples of Duties',
      'Duties may include, but are not limited to, the following:',
      ...duties,
      '',
      'Minimum Qualifications',
      'Experience: Five years of professional experience developing business applications.',
      '',
      'Desirable Qualifications',
      '- Experience with C#, .NET and SQL Server in production.',
      '- Knowledge of transit data standards such as GTFS.',
      '',
      'Questions',
      '01. Do you have a degree in computer science? Yes / No',
      '02. How many years of development experience do you have? None / Less than 3 years / 3 to 5 years / More than 5 years',
    ].join('\n');
    const { doc, of } = check(raw);
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'Description'],
      ['first90', 'Examples of Duties'],
      ['requirements', 'Minimum Qualifications'],
      ['requirements', 'Desirable Qualifications'],
      ['company', 'Questions'],
    ]);
    expect(buildView(doc).requirements.map((r) => r.preferred)).toEqual([false, true, true]);
    // The questionnaire's answer choices are not an experience cap.
    expect(of('experience-cap')).toEqual([]);
    expect(of('responsibilities-count')).toEqual([]);
  });
});

describe('the duties list', () => {
  it('does not count "Other duties as assigned" as a seventh duty: other-duties names it', () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 4),
      ...duties,
      '- Other duties as assigned.',
      '',
      ...body.slice(10),
    ].join('\n');
    const { of } = check(raw);
    expect(of('responsibilities-count')).toEqual([]);
    expect(of('other-duties')).toHaveLength(1);
  });
});

describe('a posting a hiring manager sent in an email', () => {
  it('takes the job under the mail as the title, not the subject line, and keeps the mail as text', () => {
    const raw = [
      'From: Marcus Odell <marcus@peachline.example>',
      'Subject: RE: Backend Engineer req - intake questions + JD',
      '',
      'Hi Renata, the JD we want posted is at the bottom.',
      '',
      '> 4. Is there a level on this, mid or senior?',
      'Mid. 3-5 years is the sweet spot.',
      '',
      '---------- JD ----------',
      '',
      'Backend Engineer',
      'Peachline - Atlanta, GA (Hybrid)',
      '',
      ...body,
    ].join('\n');
    const text = splitJdText(raw);
    expect(text.title).toBe('Backend Engineer');
    expect(text.sections[0]?.text).toContain('Subject: RE: Backend Engineer req');
    expect(check(raw).of('title-qualifier')).toHaveLength(1);
  });
});

describe("a posting pasted from an ATS editor's source view", () => {
  it('reads its paragraphs, bold-only headings and list items as lines, and drops the rest of the markup', () => {
    const raw = [
      'Backend Engineer II (Java)',
      '',
      '<p><strong>What You&#39;ll Do</strong></p>',
      '<ul>',
      ...duties.map((d) => `<li>${d.slice(2)}</li>`),
      '</ul>',
      '<p>&nbsp;</p>',
      '<p><strong>Compensation &amp; Benefits</strong></p>',
      '<p>The base salary range is <em>$120,000 - $145,000</em>.<br>Benefits start on day one.</p>',
    ].join('\n');
    const text = splitJdText(raw);
    const section = (id: string) => text.sections.find((s) => s.id === id);
    expect(section('first90')?.heading).toBe("What You'll Do");
    expect(buildView(text).responsibilities.map((r) => r.text)).toEqual(duties.map((d) => d.slice(2)));
    expect(section('compensation')?.text).toContain(
      'The base salary range is $120,000 - $145,000.\nBenefits start',
    );
    expect(text.sections.map((s) => s.text).join('')).not.toMatch(/<\/?(?:p|li|ul|em|strong|br)>/);
    // A tag here and there in plain text is left as written.
    expect(
      splitJdText('Backend Engineer (Go)\n\nAbout the role\nWe store H<sub>2</sub>O readings.').sections[0]
        ?.text,
    ).toContain('<sub>');
  });
});

describe('a posting pasted out of a ticket', () => {
  it('reads wiki headings ("h3. About the role") as headings, and HTML entities as the characters they stand for', () => {
    const raw = [
      '[TAREQ-2291] Post req: Backend Engineer (Java, Rates API) - Columbus',
      'Status: Ready to Post',
      '',
      'Description:',
      'h3. About the role',
      body[1],
      '',
      'h3. What you&apos;ll do',
      ...duties.map((d) => d.replace('- ', '* ')),
      '',
      'h3. Compensation &amp; benefits',
      'The base salary range is $120,000 - $145,000.',
    ].join('\n');
    const { doc, of } = check(raw);
    expect(doc.sections.map((s) => [s.id, s.heading]).slice(-3)).toEqual([
      ['about', 'About the role'],
      ['first90', "What you'll do"],
      ['compensation', 'Compensation & benefits'],
    ]);
    expect(of('responsibilities-count')).toEqual([]);
    expect(of('unfilled-placeholder')).toEqual([]);
  });
});

describe('the company part of a copied page', () => {
  const story = [
    'Stagecall sells tickets for 6,500 small music venues and handles about 3 million tickets a month.',
    'Most of our customers are venues with fewer than 500 seats.',
    'We are a team of 70, fully remote in the US, and profitable since 2023.',
    'We want a Tuesday-night show to be as easy to sell out as a stadium tour.',
  ].join(' ');
  const posting = (lead: string[], tail: string[] = []) =>
    [
      'Backend Engineer (Java, Rates API)',
      '',
      ...lead,
      '',
      ...body,
      '',
      'About Stagecall',
      story,
      ...tail,
    ].join('\n');

  it("does not count a board's row of tags, set apart by wide gaps, as a sentence of the company's story", () => {
    const opening = (tags: string) =>
      ['Backend Engineer (Java, Rates API)', '', tags, '', story, '', ...body].join('\n');
    expect(
      check(opening('Full-Time   Back-End Programming   $100,000 or more USD   USA Only')).of(
        'about-company-length',
      ),
    ).toEqual([]);
    // A fifth sentence of the story still counts.
    expect(
      check(opening('We sponsor two local music festivals every summer.')).of('about-company-length'),
    ).toHaveLength(1);
  });

  it("does not count how to apply as a sentence of the company's story", () => {
    const raw = [
      ...body,
      '',
      'About Stagecall',
      story,
      'To apply, send your resume to jobs@stagecall.example with the role in the subject line.',
    ].join('\n');
    expect(
      check(['Backend Engineer (Java, Rates API)', '', raw].join('\n')).of('about-company-length'),
    ).toEqual([]);
  });

  it("reads an email's confidentiality footer as boilerplate, not as the company's story", () => {
    const footer = [
      '',
      'This email and any attachments are intended only for the named recipient. If you received it in error, please tell the sender and delete it.',
    ];
    expect(check(posting([], footer)).of('about-company-length')).toEqual([]);
  });

  it("reads a wrapper's opening paragraph that closes on \"Join us and build a career where you...\" as the company's, but keeps one that speaks to the reader in its middle as the role's", () => {
    const wrapped = (opening: string) =>
      splitJdText(
        [
          'Backend Engineer (Java, Rates API)',
          '',
          'About the job',
          opening,
          '',
          'The Role',
          'You will own the Rates API, which prices every parcel in the store. You will report to the shipping lead.',
          '',
          'Responsibilities',
          ...duties,
        ].join('\n'),
      ).sections.map((s) => [s.id, s.heading]);
    expect(
      wrapped(
        'Parcelwise ships for 3,000 online retailers from four warehouses. We are 120 people in Columbus. Join us and build a career where you can grow with the stores we serve.',
      ).slice(0, 2),
    ).toEqual([
      ['company', 'About the job'],
      ['about', 'The Role'],
    ]);
    expect(
      wrapped(
        'Parcelwise ships for 3,000 online retailers. In this role you will price each parcel we ship. Join us and grow with the stores we serve.',
      )[0],
    ).toEqual(['about', 'About the job']);
  });
});

describe('text copied out of a PDF', () => {
  it('counts a paragraph wrapped at a fixed width by its sentences, even where a wrapped line starts with a capital', () => {
    const about = [
      'You will work on Dockside, the Go service that books truckloads with our 3,200 partner',
      'carriers and tracks every shipment from pickup to delivery, about 45,000 loads a week. You',
      'will work closely with the Pricing and Customer Portal teams and report to the Engineering',
      'Manager for Carrier Network. The team is hybrid in Milwaukee and ships to production several',
      'times a day through continuous deployment on GitHub Actions.',
    ];
    const raw = [
      'Backend Engineer (Go, Carrier APIs)',
      '',
      'About the role',
      ...about,
      '',
      ...body.slice(3),
    ].join('\n');
    expect(check(raw).of('about-role-length')).toEqual([]);
    const sentences = (text: string) => sentencesOf(text, 0, text.length).map((x) => x.text);
    expect(sentences(about.join('\n'))).toHaveLength(3);
    // The first line of a paragraph has no line above it: the line below is its measure.
    const story = [
      'Larkspur Freight runs a marketplace that matches regional carriers with shippers across North',
      'America. About 4,000 carriers book loads through it every week. We are a Series C company of',
      '310 people. Our mission is to keep trucks full and drivers home at night.',
    ].join('\n');
    expect(sentences(story)).toHaveLength(4);
    // Lines a writer ended, of different widths, stay apart.
    expect(
      sentences('Remote within the US\nFull time, with a yearly bonus and equity for everyone who joins'),
    ).toHaveLength(2);
  });

  it('reads "»" as a bullet, and a wrapped line indented under the bullet\'s text as the same item, capital or not', () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 3),
      'Responsibilities',
      ...duties.slice(0, 5).map((d) => d.replace('- ', '  »  ')),
      '  »  Build the second-region failover for the rates tier in Azure West',
      '     US 3 and run the first recorded failover test.',
      '',
      ...body.slice(10),
    ].join('\n');
    const items = buildView(splitJdText(raw)).responsibilities.map((r) => r.text);
    expect(items).toHaveLength(6);
    expect(items[5]).toBe(
      'Build the second-region failover for the rates tier in Azure West US 3 and run the first recorded failover test.',
    );
  });

  it("pairs a column of bullet marks with the items under it, joining each item's wrapped lines", () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 6),
      '',
      'What you bring',
      '•',
      '•',
      '•',
      '',
      '3+ years building backend services in Java (engineers coming from',
      'Kotlin are welcome).',
      'Strong SQL on PostgreSQL, including reading a query plan and adding the',
      'right index.',
      'Experience with a queue such as SQS or Kafka.',
    ].join('\n');
    const requirements = splitJdText(raw).sections.find((s) => s.id === 'requirements');
    expect(requirements?.text.split('\n')).toEqual([
      '• 3+ years building backend services in Java (engineers coming from Kotlin are welcome).',
      '• Strong SQL on PostgreSQL, including reading a query plan and adding the right index.',
      '• Experience with a queue such as SQS or Kafka.',
    ]);
    // Four marks for three items: the pairing would be a guess, so the lines stay as they were.
    const uneven = raw.replace('•\n•\n•', '•\n•\n•\n•');
    expect(splitJdText(uneven).sections.find((s) => s.id === 'requirements')?.text).toContain('•\n•\n•\n•');
  });

  it("reads the private codes a PDF keeps for Word's Symbol and Wingdings bullets as list marks, on a new page too", () => {
    // U+F0B7 is Symbol's bullet, U+F0A7 Wingdings' small square: what pdftotext gives when the
    // PDF does not say which characters the font's glyphs are.
    const symbol = '\uf0b7';
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 3),
      'Responsibilities',
      symbol,
      symbol,
      symbol,
      '',
      'Own the carrier rates API that quotes every shipment in our web store, and',
      'its contract with the checkout team.',
      'Move the nightly tariff import into a job that can be rerun safely.',
      'Cut the p95 of the quote endpoint below 150 ms with better indexes.',
      '\f\uf0a7 Write the runbook for the rates service with the on-call rota.',
      '',
      ...body.slice(10),
    ].join('\n');
    const items = buildView(splitJdText(raw)).responsibilities.map((r) => r.text);
    expect(items).toEqual([
      'Own the carrier rates API that quotes every shipment in our web store, and its contract with the checkout team.',
      'Move the nightly tariff import into a job that can be rerun safely.',
      'Cut the p95 of the quote endpoint below 150 ms with better indexes.',
      'Write the runbook for the rates service with the on-call rota.',
    ]);
    // The text a reader opens shows the marks the font draws, not empty boxes.
    expect(cleanJdText(`${symbol} One\n  \uf0a7 Two`)).toBe('• One\n  ▪ Two');
  });

  it('counts each item once when every mark sits alone on the line above its item, a capital on a wrapped line or not', () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 3),
      'Responsibilities',
      '•',
      'Own the carrier rates API that quotes every shipment for the',
      'Web Store and Marketplace teams.',
      '',
      '•',
      '',
      'Move the nightly tariff import into a job that can be rerun safely.',
      '•',
      'Cut the p95 of the quote endpoint below 150 ms with better',
      'indexes.',
      // The list's last item ends where its wrapped lines do, blank line or not.
      ...body.slice(11),
    ].join('\n');
    const items = buildView(splitJdText(raw)).responsibilities.map((r) => r.text);
    expect(items).toEqual([
      'Own the carrier rates API that quotes every shipment for the Web Store and Marketplace teams.',
      'Move the nightly tariff import into a job that can be rerun safely.',
      'Cut the p95 of the quote endpoint below 150 ms with better indexes.',
    ]);
  });

  it('pairs a column of marks with its items when a wrapped line starts with a name in capitals', () => {
    const raw = [
      'Backend Engineer (Java, Rates API)',
      '',
      ...body.slice(0, 3),
      'Responsibilities',
      '•',
      '•',
      '•',
      '',
      'Own the carrier rates API that quotes every shipment, with the store and the Checkout',
      'Platform team as its first callers.',
      'Move the nightly tariff import into a job that the on-call engineer can rerun safely.',
      'Cut the p95 of the quote endpoint below 150 ms with better indexes on the rates',
      'tables.',
      '',
      ...body.slice(10),
    ].join('\n');
    const items = buildView(splitJdText(raw)).responsibilities.map((r) => r.text);
    expect(items).toEqual([
      'Own the carrier rates API that quotes every shipment, with the store and the Checkout Platform team as its first callers.',
      'Move the nightly tariff import into a job that the on-call engineer can rerun safely.',
      'Cut the p95 of the quote endpoint below 150 ms with better indexes on the rates tables.',
    ]);
  });
});

describe('a Word file written by a word processor (LibreOffice)', () => {
  const read = async (file: string) =>
    (await readJdFile(file, fs.readFileSync(path.join(realCorpusDir, file)))).text;

  it('reads the first heading as the title under a letterhead line, a key-facts table as label lines, and headings as headings', async () => {
    const text = await read('171-word-keyfacts-table-boston-senior-ledger.docx');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Senior Backend Engineer (Ledger API)');
    expect(lines).toContain('Location: Hybrid, Boston, MA (Seaport office, Tuesday to Thursday)');
    expect(lines).toContain('## What you will do in your first 90 days');
    const split = splitJdText(text);
    expect(split.sections.find((s) => s.id === 'first90')?.text.split('\n')).toHaveLength(6);
  });

  it('reads a short line set in bold from end to end as a heading, as a writer without heading styles marks one', async () => {
    const text = await read('193-word-bold-body-headings-raleigh-senior-platform-long-company.docx');
    expect(text).toContain('\n## What you will work on in your first 90 days\n');
    expect(text).toContain('\n## Pay and benefits\n');
    expect(
      splitJdText(text)
        .sections.find((s) => s.id === 'first90')
        ?.text.split('\n')
        .filter(Boolean),
    ).toHaveLength(6);
  });

  it('writes a heading Word numbers without its number, and the numbered list under it counts from 1', async () => {
    const text = await read('171-word-keyfacts-table-boston-senior-ledger.docx');
    expect(text).not.toMatch(/^\s*\d+\.\s+(?:About|What|Nice|Compensation)/m);
    expect(text).toMatch(/^## What you need to have\n\n1\. Experience: 6\+ years/m);
  });
});

describe('a feed or chat post copied with its replies', () => {
  const post = [
    'Priya R. · 2nd',
    'Engineering Manager at Mesquite Health',
    '',
    'My team at Mesquite is looking for a Backend Engineer to join us in Austin, TX!',
    '',
    'We build the booking API that 2,300 clinics use to fill their calendars.',
    '',
    'What you would work on:',
    '👉 New booking and waitlist endpoints in Slotwise',
    '👉 Our SMS reminder pipeline on RabbitMQ',
    '👉 Faster MySQL queries for the Monday rush',
    '',
    'Drop a comment or DM me if this sounds like you!',
  ];
  const replies = (bar: string[]) => [
    ...bar,
    '',
    'Chloe N. · 3rd+',
    'Recruiter',
    'Hi Priya! Is there a salary range for this role? Happy to share it with my network and with everyone I know.',
    'Like · Reply · 1d',
    '',
    'Dev from Ohio: is this open to Canada? I would love to apply from Toronto if you can hire there.',
  ];

  it('ends the post at its bar of reactions and replies, so their words are not counted', () => {
    const alone = buildView(splitJdText(post.join('\n'))).words;
    for (const bar of [
      ['👍❤️👏 214 · 47 comments · 12 reposts', '', 'Like   Comment   Repost   Send'],
      ['🦀 14   👀 6   ❤️ 3'],
      ['🧵 3 Replies'],
    ]) {
      const view = buildView(splitJdText([...post, '', ...replies(bar)].join('\n')));
      expect(view.text).not.toContain('Toronto');
      expect(view.words).toBe(alone);
    }
  });

  it('reads lines led by the same kind of pictograph as a list, and one alone over plain text as a heading', () => {
    const view = buildView(splitJdText(post.join('\n')));
    expect(view.responsibilities.map((r) => r.text)).toEqual([
      'New booking and waitlist endpoints in Slotwise',
      'Our SMS reminder pipeline on RabbitMQ',
      'Faster MySQL queries for the Monday rush',
    ]);
    const headed = splitJdText(
      [
        'Backend Engineer (Go)',
        '',
        "🚀 What you'll do",
        '- Own the quotes API',
        '- Cut its p95 below 150 ms',
      ].join('\n'),
    );
    expect(headed.sections.find((s) => s.id === 'first90')?.text).toContain('Own the quotes API');
  });

  it("takes the job from a forum post's header line under its author's stamp, however long the line", () => {
    const thread = [
      'quaywise_cto 4 days ago | parent | context | next [–]',
      '',
      'Quaywise | Senior Backend Engineer (Go) | REMOTE (US or Canada, overlap with 10am-3pm ET) | Full-time | $170k-$205k + equity | https://quaywise.example/jobs/backend',
      '',
      'We track container cranes for port operators. You would own the Go service that reads crane telemetry.',
    ].join('\n');
    expect(splitJdText(thread).title).toBe('Senior Backend Engineer (Go)');
  });

  it("takes the job from a chat post's first line under its author's stamp, past the channel's topic", () => {
    const chat = [
      'Rust in Production',
      '# job-board',
      'Post jobs here, one post per company per month. Include location, pay range and how to apply.',
      '',
      'halyard-marta — 11/19/2026 10:42 AM',
      '🦀 **[HIRING] Senior Rust Engineer (Ingest) — Halyard Data — NYC hybrid**',
      '',
      'Hi all! We sell market data to quant funds, and I lead the ingest team.',
    ].join('\n');
    expect(splitJdText(chat).title).toBe('Senior Rust Engineer (Ingest) — Halyard Data — NYC hybrid');
  });

  it('reads a title taken from a sentence that ends on a place as having no qualifier', () => {
    const titled = ['We are hiring a Backend Engineer in Austin, TX!', ...post.slice(4)].join('\n');
    expect(check(titled).doc.title).toBe('We are hiring a Backend Engineer in Austin, TX!');
    expect(check(titled).of('title-qualifier')).toHaveLength(1);
  });
});
