import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/** A posting for a grain logistics company, as the team signed it off. */
const posting = [
  'Backend Engineer (Java)',
  '',
  'About the role',
  'You will run Binwise, the service that books every truck slot at 60 grain elevators.',
  'You will report to the head of engineering.',
  '',
  'What you will do',
  '- Add a rebooking endpoint to Binwise',
  '- Cut the p95 of slot search below 100 ms',
  '- Page fewer people at night with better alerts',
  '',
  'What you bring',
  '- 4+ years with Java on the server',
  '- Solid PostgreSQL',
  '- Comfort with Kafka',
];
const mailHead = [
  'From: Ines Varga <ines@binwise.example>',
  'Subject: Fwd: backend req',
  '',
  'Hi Tom, below is the posting as the team approved it. Please put it up this week.',
  '',
  'On Monday, Arjun wrote:',
];

describe('a posting pasted into a mail as a quote', () => {
  it('reads the quoted posting without its quote marks: its title, parts, duties and must-haves', () => {
    const raw = [...mailHead, ...posting.map((l) => (l ? `> ${l}` : '>'))].join('\n');
    const doc = splitJdText(raw);
    expect(doc.title).toBe('Backend Engineer (Java)');
    const view = buildView(doc);
    expect(view.requirements.map((r) => view.text.slice(r.start, r.end))).toEqual([
      '4+ years with Java on the server',
      'Solid PostgreSQL',
      'Comfort with Kafka',
    ]);
    expect(view.responsibilities.map((r) => view.text.slice(r.start, r.end))).toEqual([
      'Add a rebooking endpoint to Binwise',
      'Cut the p95 of slot search below 100 ms',
      'Page fewer people at night with better alerts',
    ]);
    expect(check(raw).of('title-qualifier')).toEqual([]);
  });

  it('keeps the marks on a short quote answered inline above the posting, which is the mail and not the posting', () => {
    const reply = [
      ...mailHead.slice(0, 3),
      'Hi Tom, answers inline, and the posting is under them.',
      '',
      '> Can the role be remote?',
      'No, two days a week in our Omaha office.',
      '> Is the range final?',
      'Yes.',
      '',
    ];
    const raw = [...reply, ...posting].join('\n');
    const doc = splitJdText(raw);
    expect(doc.title).toBe('Backend Engineer (Java)');
    const text = doc.sections.map((s) => s.text).join('\n');
    expect(text).toContain('> Can the role be remote?');
    expect(text).toContain('> Is the range final?');
    // The long quote is read as the posting in the same mail.
    const both = [...reply, 'On Monday, Arjun wrote:', ...posting.map((l) => (l ? `> ${l}` : '>'))].join(
      '\n',
    );
    const quoted = splitJdText(both)
      .sections.map((s) => s.text)
      .join('\n');
    expect(quoted).toContain('> Can the role be remote?');
    expect(quoted).toContain('- Solid PostgreSQL');
    expect(quoted).not.toContain('> - Solid PostgreSQL');
  });
});

describe("a recruiter's mail to candidates, with no title line of its own", () => {
  const blast = (subject: string) =>
    [
      'From: Rhea Lind <rhea@tallpine.example>',
      'To: undisclosed-recipients:;',
      `Subject: ${subject}`,
      '',
      'Hi {first name},',
      '',
      "Hope you're keeping well! I came across your background and wanted to reach out.",
      '',
      'My client runs Tideline, the booking API behind 300 marinas. You would own its payments flow. They ship daily.',
      '',
      'WHAT YOU WILL DO:',
      '* Add refunds to the Tideline payments flow',
      '* Move slip reservations onto the new event bus',
      '',
      'WHAT YOU BRING:',
      '* 5+ years building services in Go',
    ].join('\n');

  it('takes the role from the subject, past its RE:, pictographs, place and pay', () => {
    expect(
      splitJdText(blast('RE: ⚓ Senior Backend Engineer (Go) - Boston (Hybrid) - $150K-$170K')).title,
    ).toBe('Senior Backend Engineer (Go)');
  });

  it('does not count the greeting and the pleasantries as sentences about the role', () => {
    const { of } = check(blast('Senior Backend Engineer (Go) - Boston'));
    expect(of('about-role-length')).toEqual([]);
  });
});
