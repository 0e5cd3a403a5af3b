import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { countWords } from '../../../shared/domain/jd/text';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/** The employer's own text of a posting for a fleet telematics company. */
const employerText = [
  'About the role',
  'You will run Tracklog, the service that stores the position of 20,000 delivery vans.',
  '',
  'What you will do',
  '- Add a replay endpoint to Tracklog',
  '- Move the hourly rollups to a streaming job',
  '',
  'What you bring',
  '- 4+ years with Go on the server',
  '- Solid PostgreSQL',
];
const title = ['Backend Engineer (Go)', 'Vanward - Columbus, OH', ''];
const readOf = (lines: string[]) => {
  const view = buildView(splitJdText(lines.join('\n')));
  return { view, musts: view.requirements.map((r) => view.text.slice(r.start, r.end)) };
};

describe('an Indeed page copied whole', () => {
  it('leaves the board\'s summary above "Full job description" out of the length, and counts the employer\'s text under it', () => {
    const summary = ['Job details', 'Pay', '$125,000 - $140,000 a year', 'Job type', 'Full-time', ''];
    const page = [...title, ...summary, 'Full job description', ...employerText];
    // The title, then the employer's text from its heading down: the company and place line
    // and the pay and job type above it are the board's summary of what follows.
    const counted = ['Backend Engineer (Go)', '', 'Full job description', ...employerText];
    expect(readOf(page).view.words).toBe(countWords(counted.join('\n')));
  });

  it('reads no must-haves from the "Profile insights" widget, whose skills ask the reader about themselves', () => {
    const widget = [
      'Profile insights',
      "Here's how the job qualifications align with your profile.",
      'Skills',
      'MQTT',
      'Rust',
      'Do you have experience in MQTT?',
      'Yes',
      'No',
      'Skip',
      '',
    ];
    const page = [
      ...title,
      ...widget,
      'Job details',
      'Job type',
      'Full-time',
      '',
      'Full job description',
      ...employerText,
    ];
    expect(readOf(page).musts).toEqual(['4+ years with Go on the server', 'Solid PostgreSQL']);
    expect(check(page.join('\n')).flat.text).not.toMatch(/Do you have experience in MQTT/);
  });

  it('ends the posting at "Hiring insights", "Explore other jobs" or "Related searches", so their pay and words are not read as this job\'s', () => {
    const tail = [
      'Go developer jobs in Columbus, OH',
      'Salaries for backend engineers: $88,000 - $190,000 a year',
      'Posted 30+ days ago',
    ];
    const plain = readOf([...title, ...employerText]).view.words;
    for (const heading of ['Hiring insights', 'Explore other jobs', 'Related searches']) {
      const page = [...title, ...employerText, '', heading, ...tail];
      const { view } = readOf(page);
      expect(view.words, heading).toBe(plain);
      expect(view.text, heading).not.toContain('Salaries for backend engineers');
    }
  });
});
