import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { countWords } from '../../../shared/domain/jd/text';
import { buildView } from '../../../shared/domain/jd/view';
import { check, edited } from './helpers';

/** A short posting in the shape job boards paste: the role's prose, then a bulleted list. */
const posting = (parts: string[]) => ['Senior Backend Engineer (Go)', '', ...parts].join('\n');

describe('JD length advice', () => {
  it('names the longest sections of a long JD and what each may keep', () => {
    const long = edited('01', [
      'You will own the Ledger API,',
      `${'Our payment history spans a decade of careful growth and many lessons learned along the way. '.repeat(40)}You will own the Ledger API,`,
    ]);
    const [f] = check(long).of('jd-length');
    expect(f?.message).toMatch(/longer than most engineers will read/);
    expect(f?.fix).toMatch(
      /^Cut about \d+ words, starting with the longest parts: "About the role" \(\d+ words; keep three sentences\)/,
    );
  });

  it('speaks only when the count is clearly outside 300-700 words, not a dozen words short', () => {
    // The title is 4 words and the heading 3, as a reader counts them; each filler sentence 10.
    const sized = (sentences: number) =>
      check(
        posting(['About the role', 'Each word here is counted once by the check today. '.repeat(sentences)]),
      );
    expect(sized(29).report.words).toBe(297);
    expect(sized(29).of('jd-length')).toEqual([]);
    expect(sized(27).report.words).toBe(277);
    expect(sized(27).of('jd-length')).toHaveLength(1);
    expect(sized(72).report.words).toBe(727);
    expect(sized(72).of('jd-length')).toEqual([]);
    expect(sized(74).of('jd-length')).toHaveLength(1);
  });

  it('counts a key-facts block in the length when one of its values runs long and mentions pay policy', () => {
    const facts = [
      'Department: Registrar Systems',
      'Location: Omaha, NE',
      'Pay range: $70,000 - $84,000, commensurate with experience',
      'Schedule: Monday to Friday, 8:00 a.m. to 4:30 p.m., with some evening work during registration weeks and the yearly system upgrade',
      'Grade: 12',
    ];
    const role = [
      '',
      'About the role',
      'You will keep the enrollment feeds between the student system and the LMS running.',
    ];
    const without = check(posting(role)).report.words;
    expect(check(posting([...facts, ...role])).report.words).toBe(without + countWords(facts.join('\n')));
  });

  it('says what a thin JD lacks', () => {
    const thin = posting(['About the role', 'You will own the Ledger API, which records every payment.']);
    const [f] = check(thin).of('jd-length');
    expect(f?.fix).toBe(
      'Add six concrete first-90-day items, the must-have skills, the pay range and benefits.',
    );
  });
});

describe('JD section parts', () => {
  const about = (...lines: string[]) =>
    check(posting(lines))
      .of('about-role-length')
      .map((f) => f.message);

  it('judges "About the team" and "About the role" each on its own', () => {
    const team = ['About the team', 'The Payments team keeps every charge correct. We are five engineers.'];
    const role = ['', 'About the role', 'You will own the Ledger API. You will report to the manager.'];
    expect(about(...team, ...role)).toEqual([]);
    // The finding names the part it is about.
    expect(about('About the team', 'One. Two. Three. Four.', ...role)).toEqual([
      'The part about the team runs to 4 sentences, and readers scroll past anything over 3.',
    ]);
  });

  it('ends About the role at a heading the splitter does not know', () => {
    const role = ['About the role', 'You will own the Ledger API. You will report to the manager.'];
    const work = ['', 'How we work', 'We ship daily. We write short proposals. Nobody is paged at night.'];
    expect(about(...role, ...work)).toEqual([]);
    // The same text with no heading line is one long part.
    expect(about(...role, '', ...work.slice(2))).toHaveLength(1);
  });

  it('reads a heading left in About the role by the same shape the splitter reads', () => {
    const role = ['About the role', 'You will own the Ledger API. You will report to the manager.', ''];
    const rest = ['We ship daily. We write short proposals. Nobody is paged at night.'];
    expect(about(...role, 'Where the ledger service is today', ...rest)).toEqual([]);
    expect(about(...role, '-- How we work --', ...rest)).toEqual([]);
    expect(about(...role, '**A week on the team**', ...rest)).toEqual([]);
    // A tagline that lost its full stop and a "Label: value" line are no headings.
    expect(about(...role, 'We are building the future of payments', ...rest)).toHaveLength(1);
    expect(about(...role, 'Note: the team is remote', ...rest)).toHaveLength(1);
  });

  it('counts the bulleted duties when a prose section narrates them', () => {
    const { of } = check(
      posting([
        'What you will do',
        ...[1, 2, 3, 4, 5, 6].map((n) => `● Ship change ${n} to the Ledger API.`),
        '',
        'Your first months',
        'In your first month you ship a fix. By the third month you own the auction mode.',
      ]),
    );
    expect(of('responsibilities-count')).toEqual([]);
  });

  it('reads questions as headings', () => {
    const doc = splitJdText(
      [
        "What's the role?",
        'x',
        'What will you work on?',
        'x',
        'What do you need?',
        'x',
        'What do we pay?',
        'x',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.id)).toEqual(['about', 'first90', 'requirements', 'compensation']);
  });
});

describe('JD work terms', () => {
  it('reads a job board\'s "Remote - US" line against an office schedule', () => {
    const remote = edited(
      '01',
      ['# Senior Backend Engineer (Go)\n', '# Senior Backend Engineer (Go)\nRemote - US\n'],
      ['The role is hybrid in Denver, CO (two office days a week), and we', 'We'],
    );
    const office = remote.replace(
      'We ship',
      'You will spend three days a week in our Denver office. We ship',
    );
    expect(check(remote).of('contradiction')).toEqual([]);
    expect(check(office).of('contradiction')).toHaveLength(1);
  });

  it('reads the work mode from a one-line summary ("Acme · London · Fully remote") against an office named by city', () => {
    const remote = edited(
      '01',
      [
        '# Senior Backend Engineer (Go)\n',
        '# Senior Backend Engineer (Go)\nLedgerly · London · Fully remote\n',
      ],
      ['The role is hybrid in Denver, CO (two office days a week), and we', 'We'],
    );
    const office = remote.replace('We ship', 'This role is based in our London office. We ship');
    expect(check(remote).of('contradiction')).toEqual([]);
    expect(check(office).of('contradiction')).toHaveLength(1);
  });

  it('reads named office days against a remote statement, but not optional ones', () => {
    const mode = (line: string) =>
      check(posting(['About the role', `This is a fully remote role. ${line}`])).of('contradiction');
    expect(mode('Tuesdays and Thursdays are office days in our Bristol office.')).toHaveLength(1);
    expect(mode('You will come into our Leeds office on Mondays.')).toHaveLength(1);
    expect(mode('There are optional office days in Leeds for anyone nearby.')).toEqual([]);
    expect(mode('We work out of a shared studio in Brooklyn Tuesday through Thursday.')).toHaveLength(1);
  });

  it("reads a board's Onsite field against a hybrid schedule in the text, but not a Remote item in its menu", () => {
    const page = (field: string, prose: string) =>
      check(
        [
          'Senior Software Engineer (Java)',
          '',
          'About the role',
          `You will own the loans API. ${prose}`,
          '',
          'Work Location:',
          '',
          field,
        ].join('\n'),
      ).of('contradiction');
    expect(
      page('Onsite - Charlotte, NC (Uptown)', 'This position is hybrid, three days a week in our office.'),
    ).toHaveLength(1);
    expect(page('Onsite - Charlotte, NC (Uptown)', 'You will be in our Charlotte office every day.')).toEqual(
      [],
    );
    const menu = check(
      [
        'Built In Colorado',
        'Jobs',
        'Remote',
        'Log In',
        '',
        'Trailmark',
        'Backend Engineer I (Python)',
        'Denver, CO',
        'Hybrid',
        '',
        'About the role',
        'We are hybrid, in our office on Tuesdays.',
      ].join('\n'),
    );
    expect(menu.of('contradiction')).toEqual([]);
  });

  it("reads a board's Hybrid line against an office five days a week, but not a hybrid role's own office days", () => {
    const page = (body: string) =>
      check(
        [
          'Junior Backend Engineer (Node.js)',
          'Denver, CO · 2 weeks ago',
          '',
          'Hybrid',
          'Full-time',
          '',
          'About the job',
          body,
        ].join('\n'),
      ).of('contradiction');
    expect(
      page(
        'This is an on-site position in our Denver office, five days a week, so you learn beside the team.',
      ),
    ).toHaveLength(1);
    expect(page('You will be in our Denver office on Tuesdays and Thursdays.')).toEqual([]);
    expect(page('This is a fully on-site role. Some teams elsewhere are remote or hybrid.')).toHaveLength(1);
  });

  it("reads a remote statement against a board's field that says hybrid or office days, but not against a remote field", () => {
    const page = (field: string) => {
      const c = check(
        [
          'Backend Engineer (Kotlin)',
          '',
          'Harborlight',
          field,
          'Job type: Full-time',
          'Salary: $130,000 - $150,000',
          '',
          'About the role',
          'You will run Berthbook, the service that schedules every ferry crossing. This is a fully remote role.',
        ].join('\n'),
      );
      return c.of('contradiction').map(c.spanText);
    };
    expect(page('Location: Portland, ME (Hybrid)')).toEqual(['Location: Portland, ME (Hybrid)']);
    expect(page('Work arrangement: in-office 3 days a week')).toEqual([
      'Work arrangement: in-office 3 days a week',
    ]);
    expect(page('Location: Remote (US)')).toEqual([]);
  });

  it('reads a bold markdown label line "**Location:** Remote (US)" as a remote statement', () => {
    const label = (line: string) =>
      check(
        [
          '# Backend Engineer (Kotlin)',
          '',
          line,
          '',
          '## About the role',
          'You will own the Orders API. This role is hybrid: three days a week in our Bellevue, WA office.',
        ].join('\n'),
      ).of('contradiction');
    const [f] = label('**Location:** Remote (US)');
    expect(f?.message).toContain('("Location: Remote (US)")');
    expect(label('**Location:** Bellevue, WA')).toEqual([]);
  });

  it('reads a key-facts box drawn in text, so its remote line meets the office days below it', () => {
    const posting = [
      'Backend Engineer (Node.js, Invoicing API)',
      '',
      '+--------------------------------------------------+',
      '| KEY FACTS                                        |',
      '| Location: Fully remote from anywhere in Portugal |',
      '| Salary: €52,000 – €64,000 gross per year         |',
      '+--------------------------------------------------+',
      '',
      'Your role',
      'You will own the Invoicing API. You will work from our Porto office at least three days a week.',
    ].join('\n');
    const { report, of } = check(posting);
    expect(report.boilerplate.filter((b) => b.kind === 'metadata')).toHaveLength(2);
    expect(of('contradiction')).toHaveLength(1);
  });

  it('reads a lifting demand that names what is lifted ("carry equipment of up to 25 pounds")', () => {
    const demand = (line: string) =>
      check(
        posting([
          'About the role',
          'You will own the Case Routing Service.',
          '',
          'Physical requirements',
          line,
        ]),
      ).of('physical-requirements');
    expect(demand('The role needs the ability to lift and carry equipment of up to 25 pounds.')).toHaveLength(
      1,
    );
    expect(demand('The role is desk work on a standard workstation.')).toEqual([]);
    // A licence asked of every hire is a barrier; one asked only where the job drives is not.
    expect(demand("Employment requires a valid driver's license.")).toHaveLength(1);
    expect(demand("Employment requires a valid driver's license where the job requires driving.")).toEqual(
      [],
    );
  });

  it('reads a lifting demand that names two kinds of load ("boxes and materials weighing 30 lbs")', () => {
    const { of, spanText } = check(
      posting([
        'About the role',
        'You will own the Case Routing Service.',
        '',
        'Working conditions',
        'Now and then you may move boxes and materials weighing up to 30 lbs between floors.',
      ]),
    );
    expect(of('physical-requirements').map(spanText)).toEqual([
      'move boxes and materials weighing up to 30 lbs',
    ]);
  });

  it('reads office days named by weekday as against a remote facts line', () => {
    const where = (line: string) =>
      check(
        posting([
          'Location: Remote (US)',
          'Team: Platform Engineering',
          '',
          'The Role',
          'You will own the delivery pipeline our product engineers ship through.',
          '',
          'Where You Will Work',
          line,
        ]),
      ).of('contradiction');
    expect(
      where(
        'This is a remote-friendly role, but we need you in our Austin (Domain) office Monday through Wednesday.',
      ),
    ).toHaveLength(1);
    expect(where('You can work from anywhere in the US, and we meet twice a year in Austin.')).toEqual([]);
  });

  it('counts neither the items under an "Also good" label nor a board\'s row of skill chips as must-haves', () => {
    const musts = [
      '• 5+ years with Python.',
      '• Deep PostgreSQL.',
      '• Experience with Airflow.',
      '• Docker and AWS.',
    ];
    const { report } = check(
      posting([
        'What you bring',
        ...musts,
        '• Work with health data under HIPAA.',
        '',
        'Also good',
        '• Knowledge of X12 claim formats.',
        '• Experience with dbt.',
        '',
        'Skills',
        'Python   PostgreSQL   Airflow   Docker   AWS   REST API',
      ]),
    );
    expect(report.findings.filter((f) => f.id === 'requirements-count')).toEqual([]);
  });

  it('reads a lifting demand that a PDF wrapped over two lines', () => {
    const { of } = check(
      posting([
        'About the role',
        'You will own the Claims Intake Service.',
        '',
        'Physical Requirements',
        'This job needs you to sit at a desk for long stretches, and to now and then lift and carry items',
        'weighing up to 25 pounds, such as laptops for field offices.',
      ]),
    );
    expect(of('physical-requirements')).toHaveLength(1);
  });

  it('reads "N+ years of experience" as the overall bar, so two figures for it disagree', () => {
    const years = (a: string, b: string) =>
      check(
        posting([
          'About the role',
          'You will own the ledger service.',
          '',
          'Requirements',
          `- ${a}`,
          '',
          'About you',
          b,
        ]),
      ).of('contradiction');
    expect(years('5+ years of experience building APIs.', 'You have 8+ years of experience.')).toHaveLength(
      1,
    );
    // Years with one tool are that tool's bar, not the overall one.
    expect(years('5+ years of experience with Kafka.', 'You have 8+ years of experience.')).toEqual([]);
  });

  it('counts years of one tool stacked on one line as a technology soup too', () => {
    const soup = (line: string) =>
      check(posting(['About the role', 'You will own the orders API.', '', 'Requirements', `- ${line}`])).of(
        'technology-soup',
      );
    expect(
      soup('5+ years Java, 3+ years Spring Boot, 3+ years Kafka, 2+ years AWS and 2+ years Docker.'),
    ).toHaveLength(1);
    expect(soup('5+ years building services in Java, Spring Boot, Kafka, AWS and Docker.')).toEqual([]);
  });

  it('joins a bullet hard-wrapped over two lines, as a PDF export breaks it, into one must-have', () => {
    const wrapped = check(
      posting([
        'About the role',
        'You will own the orders API.',
        '',
        'Requirements',
        '•  Hands-on experience with Django, FastAPI, Flask, Celery,',
        '   SQLAlchemy, Alembic, Pydantic, pytest and Gunicorn.',
        '•  PostgreSQL in production.',
      ]),
    );
    // One list of nine tools, not a line of four and a line of five.
    expect(wrapped.of('framework-list')).toHaveLength(1);
  });

  it('reads a block of "Label: value" lines as the job\'s facts, so a long value or a pay note does not make the block legal text', () => {
    const facts = [
      'Campus Title: Systems Analyst II',
      'Unit: Registrar Systems',
      'Pay Band: $70,000 - $84,000 a year, commensurate with qualifications and experience',
      'Flexible Work: Up to two remote days a week are possible after the first six months, with the approval of the supervisor.',
    ];
    const view = buildView(
      splitJdText(
        posting(['Posting Details', '', ...facts, '', 'About the role', 'You will own the enrollment API.']),
      ),
    );
    // The title, the unit, the pay band and the remote rule are all facts of the job: none is left
    // out of the length as policy.
    expect(view.boilerplate.filter((b) => b.kind !== 'metadata')).toEqual([]);
  });

  it("counts only the company's prose: not a board's header lines, nor a one-line equal-opportunity statement", () => {
    const company = (story: string) =>
      check(
        [
          'Backend Engineer (Go)',
          'Acme Energy',
          'Salary: £70,000 - £85,000 + benefits',
          'Engineering - Software (Information and Communication Technology)',
          '',
          'About the role',
          'You will own the Ledger API, which settles every tariff switch.',
          '',
          'About us',
          story,
          '',
          'Acme Energy is an equal opportunity employer.',
        ].join('\n'),
      ).of('about-company-length');
    expect(
      company(
        'We switch homes to cheaper tariffs. We compare 4,000 tariffs. We are 85 people. We want fair bills.',
      ),
    ).toEqual([]);
    expect(
      company(
        'We switch homes. We compare 4,000 tariffs. We are 85 people. We are profitable. We want fair bills.',
      ),
    ).toHaveLength(1);
  });

  it('calls a duty that lists generic nouns with an Oxford comma generic, and leaves a named one alone', () => {
    const generic = (duty: string) =>
      check(posting(['Responsibilities', `- ${duty}`]))
        .of('responsibilities-count')
        .filter((f) => f.message.includes('could be said of any job'));
    expect(generic('Work on various projects, tasks, and initiatives.')).toHaveLength(1);
    expect(generic('Collaborate with stakeholders, partners, and teams.')).toHaveLength(1);
    expect(generic('Collaborate with the billing, fraud, and payouts teams on the Ledger API.')).toEqual([]);
  });

  it('judges the company section headed "About <company>", not a tagline under the title or a culture part', () => {
    const company = (story: string) =>
      check(
        [
          'Backend Engineer (Python)',
          'Tidewater Freight runs the dispatch software that regional carriers use to plan their routes.',
          '',
          'About the role',
          'You will own the Dispatch API, which plans 45,000 routes a day.',
          '',
          'Culture',
          'We are a small team, so we pair often. We write our decisions down.',
          '',
          'About Tidewater Freight',
          story,
        ].join('\n'),
      ).of('about-company-length');
    expect(
      company('We build dispatch software. 900 carriers use it. We have 340 people. We want no truck empty.'),
    ).toEqual([]);
    expect(
      company(
        'We build dispatch software. 900 carriers use it. We have 340 people. We are profitable. We want no truck empty.',
      ),
    ).toHaveLength(1);
  });

  it('reads an outside-IR35 contract with set hours as a contractor on a fixed schedule', () => {
    const terms = (hours: string) =>
      check(posting(['About the role', `This is an outside IR35 engagement. ${hours}`])).of(
        'contractor-hours',
      );
    expect(terms('You will work 9:00 to 17:30, Monday to Friday.')).toHaveLength(1);
    expect(terms('You decide when and how the work gets done.')).toEqual([]);
  });

  it('reads "No C2C" as a contract model the posting rules out, not one it offers', () => {
    const terms = (model: string) =>
      check(
        posting(['About the role', `${model} You will work 9:00 AM to 5:00 PM, Monday through Friday.`]),
      ).of('contractor-hours');
    expect(terms('C2C candidates welcome.')).toHaveLength(1);
    expect(terms('This is a W2 role: no C2C, no third parties.')).toEqual([]);
  });
});
