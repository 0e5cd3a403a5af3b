import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/** A short posting with the given lines under its requirements, and the given prose about the role. */
const posting = (
  requirements: string[],
  about = 'You will own Ferrylog, the API that sells 9,000 crossings a day.',
) =>
  [
    'Senior Backend Engineer (Go)',
    '',
    'About the role',
    about,
    '',
    'What you will do',
    '- Add season passes to Ferrylog',
    '',
    'Requirements',
    ...requirements.map((r) => `- ${r}`),
  ].join('\n');

describe('what the checks leave alone', () => {
  it('language-soup: other languages offered in place of the one asked for', () => {
    const { of } = check(
      posting(['6+ years on the server, at least two in Go or a close cousin (Rust, Kotlin, Java)']),
    );
    expect(of('language-soup')).toEqual([]);
    expect(check(posting(['Go, Rust, Kotlin and Java in production'])).of('language-soup')).toHaveLength(1);
  });

  it('contradiction: years of one tool beside years of experience overall', () => {
    const tools = check(
      posting([
        '3+ years of professional experience with Java',
        '2+ years of experience writing SQL in PostgreSQL',
      ]),
    );
    expect(tools.of('contradiction')).toEqual([]);
    const overall = check(
      posting(['3+ years of professional experience', '5+ years of software engineering']),
    );
    expect(overall.of('contradiction')).toHaveLength(1);
  });

  it('contradiction: a field that offers remote or hybrid beside a fully remote statement', () => {
    const raw = posting(
      ['4+ years with Go'],
      'This is a fully remote role on Ferrylog, the API that sells crossings.',
    );
    const offered = check(
      raw.replace('About the role', 'Location: Austin, TX (Remote or Hybrid)\n\nAbout the role'),
    );
    expect(offered.of('contradiction')).toEqual([]);
    const office = check(raw.replace('About the role', 'Location: Austin, TX (Hybrid)\n\nAbout the role'));
    expect(office.of('contradiction')).toHaveLength(1);
  });

  it('age-coded: "young" describing the product or the industry, not the people', () => {
    for (const about of [
      'Ours is a young industry where engineers still set the rules.',
      'The codebase is young so developers shape it.',
      'Our product is young and our team is growing.',
    ])
      expect(check(posting(['4+ years with Go'], about)).of('age-coded'), about).toEqual([]);
    expect(
      check(posting(['4+ years with Go'], 'You join a young and hungry crew.')).of('age-coded'),
    ).toHaveLength(1);
  });

  it('full-stack-creep: rendering React pages at the edge under an edge title', () => {
    const edge = (item: string) =>
      check(posting([item]).replace('Senior Backend Engineer (Go)', 'Senior Edge Engineer')).of(
        'full-stack-creep',
      );
    expect(edge('Experience server-rendering React pages at the edge for a fast first paint')).toEqual([]);
    expect(edge('Comfort building React components for the account pages')).toHaveLength(1);
  });

  it('boilerplate: a duty that mentions AI tools is still a duty', () => {
    const raw = posting(['4+ years with Go']).replace(
      '- Add season passes to Ferrylog',
      '- Add season passes to Ferrylog\n- Build the triage service, which uses AI tools to sort incoming support tickets by urgency',
    );
    const view = buildView(splitJdText(raw));
    expect(view.responsibilities).toHaveLength(2);
    expect(view.boilerplate).toEqual([]);
  });
});

describe('notes that are not template guidance', () => {
  it("guidance-leak: an agency note to its vendors and a posting's application instructions", () => {
    const raw = posting(['4+ years with Go']).replace(
      'About the role',
      'NOTE: The client turned down the last four submittals, so phone screen everyone first.\nApplication instructions: use the portal and attach a resume.\n\nAbout the role',
    );
    expect(check(raw).of('guidance-leak')).toEqual([]);
    const left = posting(['4+ years with Go']).replace(
      'Requirements',
      'Requirements\nNote: keep this list to five lines.',
    );
    expect(check(left).of('guidance-leak')).toHaveLength(1);
  });

  it('archetype-undecided: three names for one kind of role in a slash title', () => {
    const title = (t: string) =>
      check(posting(['4+ years with Go']).replace('Senior Backend Engineer (Go)', t));
    expect(title('Sr. Backend Developer / API Engineer / Java Developer').of('archetype-undecided')).toEqual(
      [],
    );
    expect(
      title('Backend Developer / Integration Specialist / Database Programmer').of('archetype-undecided'),
    ).toHaveLength(1);
  });
});
