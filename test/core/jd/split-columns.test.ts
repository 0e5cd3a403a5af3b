import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { withColumnsRead } from '../../../shared/domain/jd/columns';

/** The headed sections; the lines between the title and the first heading are not at issue here. */
const sectionsOf = (raw: string) =>
  splitJdText(raw)
    .sections.filter((s) => s.heading)
    .map((s) => ({ id: s.id, heading: s.heading, text: s.text.replace(/\s+/g, ' ').trim() }));
const section = (raw: string, heading: string) => sectionsOf(raw).find((s) => s.heading === heading);

// A page printed in two columns and read back with `pdftotext -layout`: each printed row of both
// columns is one line, the gutter a run of spaces at about the same place on every line.
const twoColumnPage = [
  'Platform Engineer (Kubernetes)',
  'Harbourlight Freight · Leeds, UK',
  '',
  '',
  'About the role                            Requirements',
  'You will run the Kubernetes clusters         • Three years running Kubernetes',
  'that carry our booking and tracking            in production',
  'services, about forty services used by       • Terraform and one major cloud',
  'twelve product teams. You report to            provider',
  'the Head of Infrastructure.                  • Clear written notes after an',
  '                                               incident',
  'What you will do',
  '    • Move our clusters to managed',
  '                                          Benefits',
  '      node groups with zero downtime         • Salary of £70,000 to £82,000 a',
  '    • Write Terraform modules the              year',
  '      product teams can use on their         • Twenty-eight days of paid leave',
  '      own',
  '    • Own the on-call runbooks for the',
  '      ingress and the service mesh',
  '',
  '',
  'About Harbourlight',
  'Harbourlight moves parcels for four hundred small shops across the north of',
  'England, and our software tells each shop where every parcel is, hour by hour,',
  'until it arrives.',
].join('\n');

// The other common shape: columns that start at different heights, a right column whose items
// wrap with a hanging indent, and a page footer printed in the last row of the right column.
const staggeredPage = [
  '                                                       What you will bring',
  'Senior Search Engineer                                 •    Five years of backend work, mostly',
  'Quillmark · Boston, MA (hybrid)                             in Python.',
  '                                                       •    Search relevance work in OpenSearch',
  'About the role                                              or Solr.',
  'You will own the catalogue search service that         •    Clear design notes others can follow.',
  'answers about 4 million queries a month, and',
  'report to the Director of Discovery. We ship           Compensation',
  'every weekday from the main branch.                    Base salary: $160,000 - $185,000 a year.',
  '                                                       Where you land in it depends on your',
  'Your first 90 days                                     experience.',
  '- Move the ranking rules into a tested module          About Quillmark',
  '- Cut the p95 of faceted queries below 150 ms          Quillmark sells paper goods from 300',
  "- Add a nightly job that replays yesterday's            small stationers to about a million",
  '  top queries against the new index                    buyers a year.',
  '- Write the on-call runbook for search',
  'Nice to have                                           Quillmark careers · Page 1 of 1',
  '- Learning-to-rank in production',
].join('\n');

describe('a page laid out in two columns', () => {
  it('is read down the left column, then down the right', () => {
    const read = withColumnsRead(twoColumnPage.split('\n')).map((l) => l.trim());
    const order = [
      'About the role',
      'What you will do',
      '• Move our clusters to managed',
      'Requirements',
      'Benefits',
    ];
    expect(order.map((l) => read.indexOf(l))).toEqual(
      [...order.map((l) => read.indexOf(l))].sort((a, b) => a - b),
    );
    expect(order.every((l) => read.includes(l))).toBe(true);
    // The right column's heading printed between two lines of a left-hand item does not cut it.
    expect(read.indexOf('node groups with zero downtime')).toBe(
      read.indexOf('• Move our clusters to managed') + 1,
    );
  });

  it('gives each column its own sections, and keeps the full-width section after them', () => {
    expect(sectionsOf(twoColumnPage).map((s) => [s.id, s.heading])).toEqual([
      ['about', 'About the role'],
      ['first90', 'What you will do'],
      ['requirements', 'Requirements'],
      ['compensation', 'Benefits'],
      ['company', 'About Harbourlight'],
    ]);
    expect(section(twoColumnPage, 'About the role')?.text).toBe(
      'You will run the Kubernetes clusters that carry our booking and tracking services, about forty services used by twelve product teams. You report to the Head of Infrastructure.',
    );
    expect(section(twoColumnPage, 'Requirements')?.text).toBe(
      '• Three years running Kubernetes in production • Terraform and one major cloud provider • Clear written notes after an incident',
    );
    expect(section(twoColumnPage, 'What you will do')?.text).not.toMatch(/Three years|Benefits|Salary/);
  });

  it('reads columns that start at different heights, and drops the footer in the right column', () => {
    // "experience." ends a sentence the column wrapped; it heads nothing.
    const parts = sectionsOf(staggeredPage);
    expect(splitJdText(staggeredPage).title).toBe('Senior Search Engineer');
    expect(parts.map((s) => s.heading)).toEqual([
      'About the role',
      'Your first 90 days',
      'Nice to have',
      'What you will bring',
      'Compensation',
      'About Quillmark',
    ]);
    expect(parts.find((s) => s.heading === 'Nice to have')?.text).toBe('- Learning-to-rank in production');
    expect(parts.find((s) => s.heading === 'Your first 90 days')?.text).toMatch(
      /^- Move the ranking rules into a tested module - Cut .* - Write the on-call runbook for search$/,
    );
    expect(parts.find((s) => s.heading === 'Compensation')?.text).toBe(
      'Base salary: $160,000 - $185,000 a year. Where you land in it depends on your experience.',
    );
    expect(parts.some((s) => /Page 1 of 1/.test(s.text))).toBe(false);
  });
});

// A narrow sidebar of facts beside the posting's text: its lines sit beside the middle of the
// text's sentences, where no heading or label beside its own text would.
const sidebarPage = [
  'Senior Data Engineer',
  '',
  'Location                  About the role',
  'Pittsburgh, PA            You will own the readings store, the service that takes in',
  '                          sixty million meter readings a day from the utilities we',
  'Salary                    serve, and report to the Head of Data Platform.',
  '$170,000 - $200,000',
  '                          Responsibilities',
  'Team                      - Take over the Kafka consumers that load the readings',
  '                          - Own the schema and the migrations of the billing tables',
  'Grid Insights               and their partitions',
  'Work mode                 - Tune the rollups behind the outage dashboards, reading',
  'Hybrid, two days            query plans and fixing the slow ones',
  '                          - Write the data contract for the outage events stream',
  '',
  '                          Requirements',
  '                          - Five years of backend or data engineering, mostly Python',
  '                          - PostgreSQL on large tables, and reading its query plans',
].join('\n');

describe('a sidebar of facts beside the text', () => {
  it('is read before the text, not into its sentences', () => {
    const parts = sectionsOf(sidebarPage);
    const headings = parts.map((s) => s.heading);
    expect(headings.slice(headings.indexOf('About the role'))).toEqual([
      'About the role',
      'Responsibilities',
      'Requirements',
    ]);
    expect(section(sidebarPage, 'About the role')?.text).toBe(
      'You will own the readings store, the service that takes in sixty million meter readings a day from the utilities we serve, and report to the Head of Data Platform.',
    );
    expect(section(sidebarPage, 'Responsibilities')?.text).not.toMatch(/Grid Insights|Hybrid|Work mode/);
    const read = withColumnsRead(sidebarPage.split('\n')).map((l) => l.trim());
    expect(
      read
        .slice(0, read.indexOf('About the role'))
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual([
      'Senior Data Engineer',
      'Location',
      'Pittsburgh, PA',
      'Salary',
      '$170,000 - $200,000',
      'Team',
      'Grid Insights',
      'Work mode',
      'Hybrid, two days',
    ]);
  });
});

describe('a flyer whose sidebar starts below the headline of the text beside it', () => {
  const flyer = [
    '                          ACME TICKETS | WE ARE HIRING',
    '',
    '                          Backend Engineer (Edge, TypeScript)',
    '',
    '                          About the role',
    '                          You will run Gatekeeper, the Workers in front of our',
    '                          checkout, and report to the Head of Web Platform.',
    '',
    '                          Responsibilities',
    'KEY FACTS                 - Move the waiting room to Durable Objects so queue',
    '                            position survives a regional outage',
    'Where                     - Build the seat-map endpoints the mobile apps call,',
    'Austin, TX                  keeping cold starts and payloads small',
    'Base pay                  - Write the bot-scoring rules with our fraud partner',
    '$92,000 - $112,000          and tune them after every big on-sale',
    'Reports to                - Keep the edge dashboards in Grafana honest: p95',
    'Head of Web Platform        latency, error rates and CPU time',
  ].join('\n');

  it('reads the headline and the opening paragraph first, then the sidebar, then the rest of the text', () => {
    const read = withColumnsRead(flyer.split('\n'))
      .map((l) => l.trim())
      .filter(Boolean);
    expect(read.slice(0, 5)).toEqual([
      'ACME TICKETS | WE ARE HIRING',
      'Backend Engineer (Edge, TypeScript)',
      'About the role',
      'You will run Gatekeeper, the Workers in front of our',
      'checkout, and report to the Head of Web Platform.',
    ]);
    expect(read.slice(5, 8)).toEqual(['KEY FACTS', 'Where', 'Austin, TX']);
    expect(splitJdText(flyer).title).toBe('Backend Engineer (Edge, TypeScript)');
  });
});

describe('lines with wide gaps that are not columns', () => {
  const unchanged = (text: string) => {
    const lines = text.split('\n');
    expect(withColumnsRead(lines)).toEqual(lines);
  };

  it('leaves text without a wide gap inside a line as it is', () => {
    const lines = ['Backend Engineer', '', 'About the role', 'You will own the ledger service.'];
    expect(withColumnsRead(lines)).toBe(lines);
  });

  it('reads labels and their values across', () => {
    unchanged(
      [
        'Senior Data Engineer',
        '',
        'Location              Pittsburgh, PA (hybrid, two days a week)',
        'Salary                $170,000 - $200,000 a year plus a bonus',
        'Employment type       Full time, permanent, with benefits',
        'Reports to            The Head of Data Platform and her team',
        '',
        'About the role',
        'You will own the readings store.',
      ].join('\n'),
    );
  });

  it('reads headings printed beside their text across', () => {
    unchanged(
      [
        'About the role      You will own the ledger service that settles every card payment',
        '                    we take, about two million a day, and report to the CTO.',
        'Responsibilities    - Move the nightly settlement to an hourly job',
        '                    - Add tracing to the payout path',
        'Requirements        - Five years of Go or Java on busy services',
        '                    - PostgreSQL on large tables',
      ].join('\n'),
    );
  });

  it('leaves a markdown table, a menu line and a right-aligned page header alone', () => {
    unchanged(
      [
        'Jobs   Companies   Salaries   Sign in',
        'Acme Robotics                                                  Careers · November 2026',
        'Senior Backend Engineer',
        '',
        '| Level             | Base salary range               |',
        '|-------------------|---------------------------------|',
        '| Senior engineer   | $150,000 - $180,000 a year      |',
        '| Staff engineer    | $185,000 - $220,000 a year      |',
        '| Principal         | $225,000 - $260,000 a year      |',
        '',
        'Salary        $120,000',
        'You will build the robot fleet service that schedules every charging dock.',
      ].join('\n'),
    );
  });
});
