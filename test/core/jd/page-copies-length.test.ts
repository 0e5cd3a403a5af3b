import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { countWords } from '../../../shared/domain/jd/text';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/** A short posting for a restaurant booking company, with headings over each part. */
const posting = [
  'Backend Engineer (Kotlin)',
  '',
  'About the role',
  'You will run Seatbook, the service that holds every table reservation for 900 restaurants.',
  '',
  'What you will do',
  '- Add a waitlist endpoint to Seatbook',
  '- Cut the p95 of seat search below 80 ms',
  '',
  'What you bring',
  '- 4+ years with Kotlin on the server',
  '- Solid PostgreSQL',
];
const words = (lines: string[]) => buildView(splitJdText(lines.join('\n'))).words;

describe('the length a reader counts', () => {
  it('counts the headings as well as the text under them, as a word counter run over the posting does', () => {
    expect(words(posting)).toBe(countWords(posting.join('\n')));
    // Each heading adds its words: "What you bring" is three more than the same lines without it.
    const unheaded = posting.filter((l) => l !== 'What you bring');
    expect(words(posting) - words(unheaded)).toBe(3);
  });

  it("leaves a careers site's menu above the title out of the count", () => {
    const menu = ['Tablehop Careers', 'Teams', 'Locations', 'Benefits', 'Sign in', ''];
    expect(words([...menu, ...posting])).toBe(words(posting));
  });

  it('leaves the notices a posting law asks for out of the count and shows them as standing text, but not a duty that mentions the last interview', () => {
    const notices = [
      'This posting advertises an existing vacancy on the Reservations team.',
      'We use AI-assisted screening tools to sort applications before a recruiter reads them.',
      'Everyone we interview will hear back from us within 45 days of their last interview.',
    ];
    const raw = [...posting, '', ...notices.flatMap((n) => [n, ''])].join('\n');
    const { report, flat } = check(raw);
    expect(report.words).toBe(words(posting));
    expect(
      report.boilerplate.filter((b) => b.kind === 'disclaimer').map((b) => flat.text.slice(b.start, b.end)),
    ).toEqual(notices);
    // A duty that only mentions an interview is the job's: counted, and one of the duties.
    const duty = '- Sit in on the last interview of every backend hire with the hiring manager';
    const view = buildView(splitJdText([...posting.slice(0, 8), duty, ...posting.slice(8)].join('\n')));
    expect(view.words).toBe(words(posting) + countWords(duty));
    expect(view.responsibilities).toHaveLength(3);
  });
});

describe("the company's paragraph under a page's menu", () => {
  it('is counted as the company part, past the menu lines above the title', () => {
    const raw = [
      'Quayside',
      'Platform   Solutions   Customers   Company',
      'Log in   Book a demo',
      '',
      'Careers at Quayside',
      '',
      '← Back to all jobs',
      '',
      'Backend Engineer (Berth Data)',
      'Rotterdam (Hybrid)',
      '',
      'At Quayside, we believe ports should run like clockwork. We plan berths for 40 ports. We were founded in 2015. We employ 300 people. Our customers include five of the ten largest terminals.',
      '',
      'The Role',
      '',
      'You will own Tidebook, the pipeline that loads 20 million vessel positions a day.',
    ].join('\n');
    expect(
      check(raw)
        .of('about-company-length')
        .map((f) => f.message),
    ).toEqual([
      expect.stringMatching(/runs to 5 sentences/),
      expect.stringMatching(/leads with the mission/),
    ]);
  });
});

describe("a portal's wrapper over the company's paragraph", () => {
  it('reads the paragraph as the company part, though it speaks to the reader once', () => {
    const raw = [
      'Senior Software Engineer (Cloud Platform)',
      '',
      'Job Description:',
      '',
      'At Quaymark, our purpose is to help families save with confidence. For more than 90 years, we have stood beside our members. Today we serve 3 million households in 12 states. As a Quaymark teammate, you will find room to grow. We are proud to be recognized as a top workplace. Join us and help shape banking.',
      '',
      'Job Summary:',
      '',
      'You will build Keel, the internal platform 900 engineers deploy through. You report to the platform manager.',
    ].join('\n');
    expect(
      check(raw)
        .of('about-company-length')
        .map((f) => f.message),
    ).toContainEqual(expect.stringMatching(/runs to 6 sentences/));
  });
});
