import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

const parts = (raw: string) => splitJdText(raw).sections.map((s) => [s.id, s.heading]);

describe('headings read by their shape', () => {
  it('reads bold headings it has no words for by the list under each', () => {
    const raw = [
      'Senior Backend Engineer (Go)',
      '',
      '**About the role**',
      "You'll own the invoicing API that 3,000 clinics use to bill patients.",
      '',
      '**Day one and beyond**',
      '- Design the retry queue for card charges that fail overnight',
      '- Build the export that sends paid invoices to the accounting system',
      '- Own the on-call rota for the invoicing API with two teammates',
      '',
      '**In your toolbox**',
      '- 5+ years building services in Go or Java',
      '- Experience with PostgreSQL, including schema changes on busy tables',
      '- Familiarity with message queues such as SQS or Kafka',
      '',
      '**The nitty-gritty**',
      '- $160,000 to $190,000 base salary',
      '- Equity, a 401(k) match and 25 days of paid time off',
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['about', 'About the role'],
      ['first90', 'Day one and beyond'],
      ['requirements', 'In your toolbox'],
      ['compensation', 'The nitty-gritty'],
    ]);
    const view = buildView(splitJdText(raw));
    expect(view.responsibilities.map((r) => r.text)).toHaveLength(3);
    expect(view.requirements.map((r) => r.text)).toHaveLength(3);
  });

  it('reads headings in capitals the same way, and leaves a block that says nothing clear where it stands', () => {
    const raw = [
      'Backend Developer (Python)',
      '',
      'ABOUT THE ROLE',
      'You will work on the parcel tracking service that tells 40,000 shoppers a day where their order is.',
      '',
      'A TYPICAL WEEK',
      '- Review and merge changes to the carrier webhooks',
      '- Write the backfill that repairs tracking events lost during outages',
      '- Pair with the mobile team on the push notification API',
      '',
      'WHAT GETS YOU IN THE DOOR',
      '- 3+ years of Python in production',
      '- Comfortable with Django and Celery',
      '- Knowledge of SQL and how to read a query plan',
      '',
      'WHERE AND WHEN',
      'Tuesdays and Thursdays at the Leeds office.',
      '',
      'MONEY AND TIME OFF',
      '- £70,000 - £85,000 per annum',
      '- 27 days holiday and a 6% pension contribution',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'ABOUT THE ROLE'],
      ['first90', 'A TYPICAL WEEK'],
      ['requirements', 'WHAT GETS YOU IN THE DOOR'],
      ['compensation', 'MONEY AND TIME OFF'],
    ]);
    // The office days stay a line of the list above, as any unknown line does, and are no requirement.
    expect(doc.sections[2]?.text).toContain('WHERE AND WHEN\nTuesdays and Thursdays');
    expect(buildView(doc).requirements).toHaveLength(3);
  });

  it('keeps a title-case tagline that runs on into the next line as text, and reads the headings below it', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'Kitchen Software For Busy Teams',
      'that keeps 2,000 restaurants running through the dinner rush.',
      '',
      'Day one',
      '- Ship a fix to the order routing service in your first week',
      '- Rebuild the menu sync job so price changes reach tablets in under a minute',
      '',
      'Toolbox',
      '- 4+ years writing Go in production',
      '- Experience running PostgreSQL',
      '',
      'Made In Leeds',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', ''],
      ['first90', 'Day one'],
      ['requirements', 'Toolbox'],
    ]);
    expect(doc.sections[0]?.text).toBe(
      'Kitchen Software For Busy Teams\nthat keeps 2,000 restaurants running through the dinner rush.',
    );
    // A closing line with nothing under it heads nothing.
    expect(doc.sections[2]?.text).toMatch(/Made In Leeds$/);
  });

  it('keeps a sub-heading inside a list of the same kind in that list, so a preferred list stays preferred', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      'Requirements',
      '- 4+ years writing Go in production',
      '',
      'Nice to have',
      'Data',
      '- Experience with Kafka or Pulsar',
      '- Familiarity with dbt',
      '',
      'Perks Worth Mentioning',
      '- A $1,500 yearly learning budget and a 4% 401(k) match',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => s.id)).toEqual(['requirements', 'requirements', 'compensation']);
    expect(buildView(doc).requirements.map((r) => r.preferred)).toEqual([false, true, true]);
  });
});

describe('numbered headings', () => {
  it('reads a numbered line standing alone as a heading, and a numbered list as a list', () => {
    const raw = [
      'Backend Engineer (Go)',
      '',
      '1. The job',
      '',
      'You will own the fares service that prices every ferry ticket we sell.',
      '',
      '2. Your first months',
      '',
      '1. Move fare rules out of the database into versioned files',
      '2. Add a price check to every deploy',
      '',
      '3. What you bring',
      '',
      '- 4+ years of Go',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'The job'],
      ['first90', 'Your first months'],
      ['requirements', 'What you bring'],
    ]);
    expect(buildView(doc).responsibilities).toHaveLength(2);
  });
});

describe("a job board's tag line", () => {
  it('reads a line of capitalised names under "Skills" as tags, not as one more must-have', () => {
    const raw = [
      'Java Developer (Spring Boot)',
      '',
      'Skills',
      'Java, Spring Boot, Kafka, AWS, PostgreSQL',
      '',
      'Required Skills',
      '- 5+ years of Java',
      '- Experience with Kafka consumers and producers',
      '- Go, Python or Kotlin for tooling',
    ].join('\n');
    expect(buildView(splitJdText(raw)).requirements.map((r) => r.text)).toEqual([
      '5+ years of Java',
      'Experience with Kafka consumers and producers',
      'Go, Python or Kotlin for tooling',
    ]);
  });
});

describe('the first heading over the role', () => {
  it('reads a playful first heading over "You\'ll own..." as About the role, leaving the header line in the opening', () => {
    const raw = [
      '# Backend Engineer (Go)',
      '',
      '**Saltmarsh** · Leeds · Hybrid',
      '',
      '## So, where do you come in?',
      '',
      "You'll own the tide-gauge API that 40 harbours read every minute. You'll report to our CTO.",
      '',
      '## Things on your plate',
      '',
      '- Move the gauge readings from cron jobs to a queue',
      '- Add alerting for gauges that stop reporting',
    ].join('\n');
    expect(parts(raw)).toEqual([
      ['company', ''],
      ['about', 'So, where do you come in?'],
      ['first90', 'Things on your plate'],
    ]);
    expect(check(raw).of('about-role-length')).toEqual([]);
  });
});

describe('headings that speak of the company', () => {
  it('reads slogans under a heading about "we" as the company\'s values, and requirements under one as requirements', () => {
    const raw = [
      '# Staff Backend Engineer (Rust)',
      '',
      'Quarrystone builds the metering platform that 40 water utilities use to bill 2 million homes.',
      '',
      '### Your first year',
      '- Replace the nightly meter import with a streaming ingest in Rust',
      '- Design the tariff engine so new tariffs ship without a deploy',
      '',
      '### What we care about',
      '- Own the outcome',
      '- Write it down',
      '',
      "### Stuff we're excited about",
      '- Experience with time-series databases',
      '- Familiarity with OpenTelemetry',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', ''],
      ['first90', 'Your first year'],
      ['company', 'What we care about'],
      ['requirements', "Stuff we're excited about"],
    ]);
    const view = buildView(doc);
    expect(view.responsibilities.map((r) => r.text)).toEqual([
      'Replace the nightly meter import with a streaming ingest in Rust',
      'Design the tariff engine so new tariffs ship without a deploy',
    ]);
    expect(view.requirements).toHaveLength(2);
  });
});

describe('postings without headings, read by what their paragraphs say', () => {
  const prose = [
    'Backend Engineer (Kotlin)',
    '',
    'Fernhill runs the booking system for 600 climbing gyms in Europe. Members book sessions in our app.',
    '',
    'We are hiring a backend engineer for the Bookings team of five, reporting to the team lead.',
    '',
    'In your first weeks you will move the waitlist logic out of the app into the Bookings API. You will add a capacity check that stops double bookings at peak hours. You will write the migration that splits the sessions table by gym. You will also take a turn on call, about one week in six.',
    '',
    'We would like someone with a few years of backend experience in Kotlin or Java. You should be comfortable with PostgreSQL. Experience with payments is welcome but not needed.',
    '',
    'The salary is €65,000 to €78,000 a year, with 30 days of holiday and a yearly learning budget.',
    '',
    'Fernhill is an equal opportunity employer.',
  ].join('\n');

  it('finds the duties, the requirements and the pay in prose paragraphs', () => {
    const doc = splitJdText(prose);
    expect(doc.sections.map((s) => s.id)).toEqual(['about', 'first90', 'requirements', 'compensation']);
    expect(doc.sections[1]?.text).toMatch(/^In your first weeks/);
    expect(doc.sections[3]?.text).toMatch(
      /learning budget\.\n\nFernhill is an equal opportunity employer\.$/,
    );
    // Each duty sentence is one responsibility, and the role's introduction stays short.
    const { of } = check(prose);
    expect(of('responsibilities-count').map((f) => f.message)).toEqual([
      'There are 4 responsibilities where six specific ones work best: fewer look thin, more look like a wish list.',
    ]);
    expect(of('about-role-length')).toEqual([]);
    expect(of('missing-pay-range')).toEqual([]);
    // Prose that names no duty is no duty list: the missing duties are reported.
    const noDuties = [
      'Backend Engineer (Go)',
      '',
      'Tollgate makes parking software for 300 city councils.',
      '',
      'We are hiring a backend engineer for the permits team. The team owns the permit API.',
    ].join('\n');
    expect(splitJdText(noDuties).sections.map((s) => s.id)).toEqual(['about']);
    expect(check(noDuties).of('responsibilities-count')[0]?.message).toMatch(/lists no responsibilities/);
  });

  it('cuts one paragraph that tells the role, the duties, the skills and the offer in turn into those parts', () => {
    const raw = [
      'Backend Developer',
      '',
      'We are looking for a developer for our logistics team. You will build the label printing API and fix the bugs our warehouse staff report. You should know Python and be comfortable with SQL. Knowing Docker is a plus. We offer a hybrid week and 25 days of paid time off.',
    ].join('\n');
    expect(splitJdText(raw).sections.map((s) => [s.id, s.text])).toEqual([
      ['about', 'We are looking for a developer for our logistics team.'],
      ['first90', 'You will build the label printing API and fix the bugs our warehouse staff report.'],
      ['requirements', 'You should know Python and be comfortable with SQL. Knowing Docker is a plus.'],
      ['compensation', 'We offer a hybrid week and 25 days of paid time off.'],
    ]);
  });

  it('keeps a one-line header of company, city and way of working in the opening, where the place is read', () => {
    const raw = [
      'Backend Engineer (Node.js)',
      'Brightwater Labs · Austin, TX · Hybrid',
      '',
      'Brightwater Labs makes scheduling software for 1,200 dental clinics across Texas.',
      '',
      "You'll build the reminders service that texts patients before each visit. You'll move appointment sync from a nightly batch to webhooks. You'll help the support team trace missed reminders.",
      '',
      "You have three or more years of Node.js and TypeScript. You're comfortable with PostgreSQL and Redis.",
      '',
      'Pay is $130,000 to $150,000 a year plus health, dental and vision cover.',
    ].join('\n');
    const doc = splitJdText(raw);
    expect(doc.title).toBe('Backend Engineer (Node.js)');
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', ''],
      ['first90', ''],
      ['requirements', ''],
      ['compensation', ''],
    ]);
    expect(doc.sections[0]?.text).toMatch(
      /^Brightwater Labs · Austin, TX · Hybrid\n\nBrightwater Labs makes/,
    );
    expect(buildView(doc).responsibilities).toHaveLength(3);
  });
});
