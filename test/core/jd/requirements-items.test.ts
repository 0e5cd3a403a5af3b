import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

const mustHavesOf = (raw: string) =>
  buildView(splitJdText(raw))
    .requirements.filter((r) => !r.preferred)
    .map((r) => r.text);

const LIST = [
  '- 4+ years building web services in Ruby on Rails.',
  '- Solid PostgreSQL, including migrations on large tables.',
  '- Experience designing JSON APIs that partners call.',
  '- Comfort with Sidekiq or another background job runner.',
  '- Clear writing in tickets and pull requests.',
];

describe('must-haves as a job board page is copied', () => {
  it("leaves out the board's skill chips and screening prompt above the description", () => {
    const page = [
      'indeed',
      'Rails Developer',
      'Prairie Ledger Co',
      'Wichita, KS 67202',
      '$84,000 - $99,000 a year - Full-time',
      '',
      'Profile insights',
      'Skills',
      'Ruby (Required)   Rails   PostgreSQL   Redis',
      'Do you have experience in Ruby?   Yes   No   Skip',
      '',
      'Job details',
      'Job type',
      'Full-time',
      '',
      'Full job description',
      'You will build the invoicing API that 900 grain elevators use to bill their growers.',
      '',
      'Requirements',
      ...LIST,
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(LIST.map((l) => l.slice(2)));
    expect(check(page).of('requirements-count')).toEqual([]);
  });

  it("leaves out the board's screener summary and footer below the description", () => {
    const page = [
      'Rails Developer',
      '',
      'Requirements',
      ...LIST,
      '',
      'Job Type: Full-time',
      '',
      'Experience:',
      'Ruby on Rails: 4 years (Required)',
      'PostgreSQL: 2 years (Required)',
      '',
      'Ability to Commute:',
      'Wichita, KS 67202 (Required)',
      '',
      'Work Location: In person',
      '',
      'Report job',
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(LIST.map((l) => l.slice(2)));
    expect(check(page).of('requirements-count')).toEqual([]);
  });
});

describe('"what you need to know" tells, it does not ask', () => {
  const asks = [
    '- 5+ years building backend services, 2 of them in Go.',
    '- Kafka or NATS in production, including replaying a topic.',
    '- PostgreSQL schema changes on busy tables.',
    '- Kubernetes deployments you have debugged at 3 a.m.',
    '- Tracing with OpenTelemetry or a vendor agent.',
    '- Plain written updates during an incident.',
  ];

  it("leaves out a board's city blurb under its skill tags at the foot of the page", () => {
    const page = [
      'Senior Backend Engineer (Go)',
      '',
      'What you bring',
      ...asks,
      '',
      'About Tidewell',
      'Tidewell sells route planning software to regional bakeries. We are 90 people in Denver.',
      '',
      'Top Skills',
      'Go    Kafka    PostgreSQL    Kubernetes',
      '',
      'What you need to know about the Denver Tech Scene',
      'Denver has grown into a hub for aerospace, health and logistics software, with hundreds of startups along the Front Range.',
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(asks.map((l) => l.slice(2)));
    expect(check(page).of('requirements-count')).toEqual([]);
  });

  it('reads the heading by the lines under it, here the pay, not as the requirements', () => {
    const page = [
      'Senior Backend Engineer (Go)',
      '',
      'What you bring',
      ...asks,
      '',
      'What you need to know',
      '- The base salary range is $158,000 to $184,000.',
      '- Equity, a 401(k) match and a $2,000 learning budget come with it.',
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(asks.map((l) => l.slice(2)));
    expect(check(page).of('requirements-count')).toEqual([]);
  });
});

describe('lines left under the list', () => {
  it('does not count the pay, the benefits or a "Show more" link as asks', () => {
    const asks = [
      '2+ years of professional experience with C# or Java.',
      'Familiarity with SQL Server, including stored procedures.',
      'Experience writing unit tests for web APIs.',
      'Comfort reading logs to track down a failing request.',
      'Working knowledge of Git and pull requests.',
      'Care for the members who use the mobile app.',
    ];
    const paste = [
      'About the job',
      'Software Engineer (Backend)',
      '',
      'Requirements:',
      ...asks,
      '',
      'Salary: $74,000 to $88,000 per year',
      '',
      'Benefits include medical, dental, vision and a 401(k) with a 4% match.',
      '',
      'Show more',
    ].join('\n');
    expect(mustHavesOf(paste)).toEqual(asks);
    expect(check(paste).of('requirements-count')).toEqual([]);
  });
});

describe("a contract's terms under their own heading", () => {
  it('are the offer, not more asks, when a staffing agency lists them below the requirements', () => {
    const asks = [
      '- 4+ years running production services on AWS',
      '- Terraform modules you wrote and others reuse',
      '- Kubernetes upgrades done without downtime',
      '- A CI pipeline you rebuilt, and what got faster',
      '- On-call for a system with paying customers',
    ];
    const page = [
      'Contract Platform Engineer (AWS)',
      '',
      'What you need',
      ...asks,
      '',
      'Engagement terms',
      '- 9 months, renewable',
      '- Core hours 10:00 - 16:00 Pacific, with a weekly timesheet',
      '- A laptop is shipped to you before day one',
      '- Two interviews: a screen with the agency and a pairing session with the client',
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(asks.map((l) => l.slice(2)));
    expect(check(page).of('requirements-count')).toEqual([]);
  });
});

describe("a public employer's qualification form", () => {
  const form = [
    'Systems Analyst II',
    '',
    'Minimum Qualifications',
    '',
    'Three years of experience maintaining business applications in C# or Java.',
    'Experience with SQL Server or Oracle.',
    '',
    'Preferred Qualifications',
    '',
    'Experience with PeopleSoft Campus Solutions.',
    'Experience with Azure Data Factory.',
    '',
    'Knowledge, Skills and Abilities (Required)',
    '',
    'Knowledge of data privacy rules for student records.',
    'Knowledge of REST and SOAP web services.',
    'Skill in writing test plans for integrations.',
    'Skill in explaining system changes to office staff.',
    'Ability to set priorities among several requests.',
    '',
    'Physical Demands and Work Environment',
    '',
    'Most work is done seated at a computer. The role may move boxed equipment of up to 20 pounds between buildings.',
  ].join('\n');

  it('counts the required abilities listed after the preferred ones as must-haves', () => {
    const mustHaves = mustHavesOf(form);
    expect(mustHaves).toHaveLength(7);
    expect(mustHaves).toContain('Ability to set priorities among several requests.');
    expect(check(form).of('requirements-count')).toHaveLength(1);
  });

  it('does not count the physical demands and work environment as asks', () => {
    expect(mustHavesOf(form).some((m) => /seated|pounds/.test(m))).toBe(false);
  });
});

describe('prose under a requirements heading', () => {
  it('does not count a sentence on what the hire will do as an ask', () => {
    const pdf = [
      'Junior Backend Engineer (Python)',
      '',
      'WHAT YOU NEED',
      '2+ years writing Python services.',
      'PostgreSQL, including reading query plans.',
      'Working knowledge of Docker.',
      'Clear written English for design notes.',
      'Patience with a test suite that runs for an hour.',
      '',
      'WHO WE WANT',
      'You will have worked next to people who are not engineers. You will spend your first two weeks on the',
      'packing floor with our warehouse team to learn how orders really move.',
    ].join('\n');
    const mustHaves = mustHavesOf(pdf);
    expect(mustHaves).toHaveLength(6);
    expect(mustHaves).toContain('You will have worked next to people who are not engineers.');
    expect(check(pdf).of('requirements-count')).toEqual([]);
  });
});

describe('a paragraph beside the bulleted must-haves', () => {
  const asks = [
    '- 5+ years writing Java services that other teams depend on.',
    '- Spring Boot and PostgreSQL in production.',
    '- A message broker (RabbitMQ, Kafka or SQS) and its failure modes.',
    '- Comfort owning an on-call week.',
    '- Notes and design docs others can follow.',
  ];

  it('portrays the person, so its sentences are not counted as more asks', () => {
    const posting = [
      'Senior Backend Engineer (Java)',
      '',
      'About you',
      '',
      "We hope to meet a steady, curious engineer who likes to see a change through. You ask why before you ask how. You'd rather fix a root cause than page someone twice.",
      '',
      'Must-haves',
      '',
      ...asks,
    ].join('\n');
    expect(mustHavesOf(posting)).toEqual(asks.map((l) => l.slice(2)));
    expect(check(posting).of('requirements-count')).toEqual([]);
  });

  it('that tells the stack is not read as a line of tools asked for', () => {
    const posting = [
      'Senior Backend Engineer (Java)',
      '',
      'Requirements',
      ...asks,
      '',
      'Our stack',
      '',
      'Java 21 with Spring Boot, Micronaut for two older services, PostgreSQL, Redis, Kafka, Elasticsearch, AWS (EKS, S3, SQS), Grafana, Sentry and Jenkins. The shop front is an Angular app that reads our GraphQL gateway.',
    ].join('\n');
    expect(check(posting).of('framework-list')).toEqual([]);
  });
});

describe('a degree that takes equivalent experience', () => {
  const skills = [
    '- Experience building backend services in Java with Spring.',
    '- Experience writing SQL against Oracle or PostgreSQL.',
    '- Experience maintaining REST APIs that other teams call.',
    '- Knowledge of handling regulated records securely.',
    '- Ability to explain technical choices to non-technical staff.',
    '- Ability to run several projects against deadlines.',
  ];
  const posting = (degree: string) =>
    [
      'Applications Developer 3',
      '',
      'Minimum Education and Experience',
      '',
      degree,
      '',
      'Required Qualifications',
      '',
      ...skills,
    ].join('\n');

  it('is a floor every qualified applicant clears, not one of the asks counted against six', () => {
    const open = posting(
      "Bachelor's degree in computer science or a related field and three (3) years of relevant experience, or an equivalent combination of education and experience.",
    );
    expect(check(open).of('requirements-count')).toEqual([]);
  });

  it('still counts a degree the posting insists on', () => {
    const closed = posting("Bachelor's degree in computer science is required.");
    expect(check(closed).of('requirements-count')).toHaveLength(1);
  });
});

describe('a legal heading that joins two of its kind', () => {
  it('ends the requirements at "Physical Demands and Working Conditions", so its lines are no asks', () => {
    const page = [
      'Integration Developer (Java)',
      '',
      'Required Qualifications',
      '',
      ...LIST,
      '',
      'Skills:',
      '',
      'Java, Spring Boot, Oracle',
      '',
      'Physical Demands and Working Conditions:',
      '',
      'The work is done seated at a computer in a shared office. Some trips between campus buildings.',
      '',
      'Hours Per Week:',
      '37.5',
    ].join('\n');
    expect(mustHavesOf(page)).toEqual(LIST.map((l) => l.slice(2)));
  });
});
