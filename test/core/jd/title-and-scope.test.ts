import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { check } from './helpers';

const body = [
  '',
  'About the role',
  'You will build Harbor, the service that schedules container ships into 12 berths.',
  '',
  'What you will do',
  '- Add tide windows to the Harbor scheduler',
  '',
  'Requirements',
  '- 4+ years building services in Java',
];

describe('a title under a site menu written as one line of links', () => {
  it('is the heading under the menu, however long the menu runs', () => {
    const menu =
      '[Quayside](/) · [Product](/product) · [Customers](/customers) · [Company](/company) · [Careers](/careers) · [Blog](/blog)';
    const doc = splitJdText([menu, '', '# Backend Engineer (Java)', ...body].join('\n'));
    expect(doc.title).toBe('Backend Engineer (Java)');
  });
});

describe('archetype-undecided on a title that joins roles', () => {
  it('is raised when the title joins three roles, and not for two', () => {
    const three = check(['Senior Backend / Platform / DevOps Engineer', ...body].join('\n'));
    expect(three.of('archetype-undecided').map(three.spanText)).toEqual([
      'Senior Backend / Platform / DevOps Engineer',
    ]);
    const two = check(['Senior Backend / DevOps Engineer', ...body].join('\n'));
    expect(two.of('archetype-undecided')).toEqual([]);
  });
});

describe('grammar-join beside a menu copied with the page', () => {
  it('reads items set wide apart as separate, but still catches a doubled word in prose', () => {
    const menu = check(
      ['Search Jobs    Job Alerts    Log In', 'Backend Engineer (Java)', ...body].join('\n'),
    );
    expect(menu.of('grammar-join')).toEqual([]);
    const prose = check(
      ['Backend Engineer (Java)', '', 'About the role', 'You will join the berths team team in Oslo.'].join(
        '\n',
      ),
    );
    expect(prose.of('grammar-join').map(prose.spanText)).toEqual(['team team']);
  });
});

describe('a title further down than a menu', () => {
  it('is the line under a template\'s "Job title" label', () => {
    const doc = splitJdText(
      [
        'Job Description - Engineering',
        '',
        'Template v2. Fill in each part below, and delete the notes in brackets before the posting goes out to the boards.',
        '',
        'Hiring manager: Ada Park',
        '',
        '## Job title',
        '',
        'Backend Developer (Billing API)',
        ...body,
      ].join('\n'),
    );
    expect(doc.title).toBe('Backend Developer (Billing API)');
  });

  it("is the job under a careers page's hero text, where the job's facts follow it", () => {
    const doc = splitJdText(
      [
        'Skip to content',
        'Quayside',
        'Careers at Quayside',
        'Ships on time. Berths full.',
        'We plan every berth in 40 ports, every hour of the day.',
        'Open roles › Engineering › Backend Developer (Berth Planning)',
        '',
        'Backend Developer (Berth Planning)',
        'Rotterdam · Hybrid · Full-time',
        ...body,
      ].join('\n'),
    );
    expect(doc.title).toBe('Backend Developer (Berth Planning)');
  });

  it("reads a brochure's company story above the job as its company part", () => {
    const story = [
      'QUAYSIDE',
      '',
      'WHO WE ARE',
      '',
      'Quayside plans berths for 40 ports. We were founded in 1998. We employ 900 people.',
      'We run offices in six countries. We won an award last year. We are growing.',
      '',
      'OPEN ROLE',
      '',
      'Senior Backend Engineer (Java)',
      'Rotterdam · Hybrid',
    ];
    const { doc, of } = check([...story, ...body].join('\n'));
    expect(doc.title).toBe('Senior Backend Engineer (Java)');
    expect(of('about-company-length')).toHaveLength(1);
  });
});

describe('no-named-service on a chat post', () => {
  it('reads a name opening a list item ("• Lumen, our Rust edge proxy") as the system', () => {
    const post = (item: string) =>
      check(
        [
          'Backend Engineer (Edge)',
          '',
          "What you'd work on",
          `• ${item}`,
          '• Request coalescing, so a big patch drop does not stampede origin',
        ].join('\n'),
      ).of('no-named-service');
    expect(post('Tidewall, our Rust edge proxy (tokio + hyper): routing and cache keys')).toEqual([]);
    expect(post('Our Rust edge proxy (tokio + hyper): routing and cache keys')).toHaveLength(1);
  });
});
