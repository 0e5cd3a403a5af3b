import { describe, expect, it } from 'vitest';
import { check } from './helpers';

/** The lists below every introduction in these postings: duties, then what the hire brings. */
const lists = [
  '',
  "What you'll do",
  '- Own the quote service: its endpoints, its cache and its tests.',
  '- Cut the p95 latency of a quote below 150 ms.',
  '',
  'What you bring',
  '- 4+ years of backend work in Go.',
  '- Experience running PostgreSQL in production.',
];

const roleLength = (raw: string) =>
  check(raw)
    .of('about-role-length')
    .map((f) => f.message);
const companyLength = (raw: string) =>
  check(raw)
    .of('about-company-length')
    .map((f) => f.message);

describe('About the role and About the company, paragraph by paragraph', () => {
  // A board's page: the whole posting under "About the job", the company's stub further down.
  const boardPage = (paragraphs: string[]) =>
    [
      'Backend Engineer (Go, Quotes API)',
      '',
      'About the job',
      paragraphs.join('\n\n'),
      ...lists,
      '',
      'About the company',
      'Harbourline',
      'Logistics software · 51-200 employees',
    ].join('\n');
  const company =
    'Harbourline prices container freight for importers across Europe. About 1,200 shippers book through our quote pages each week. We are a Series A company with offices in Rotterdam and Hamburg.';
  const role =
    'You will own the Quotes API, the Go service that prices every booking. You will work with the Pricing team and report to the Head of Engineering. We deploy to production several times a day.';

  it("counts a wrapper's company paragraph toward the company, not the role", () => {
    expect(roleLength(boardPage([company, role]))).toEqual([]);
    expect(companyLength(boardPage([company, role]))).toEqual([]);
    // The role's paragraph is still judged: a fourth sentence of it is one too many.
    expect(roleLength(boardPage([company, `${role} Our office is by the harbour.`]))).toEqual([
      'About the role runs to 4 sentences, and readers scroll past anything over 3.',
    ]);
  });

  it('counts a paragraph on the candidate wanted toward neither', () => {
    const wanted =
      'We move quickly, so expect some variety. We want a calm, careful engineer who writes things down.';
    expect(roleLength(boardPage([company, role, wanted]))).toEqual([]);
  });

  it("counts the company's paragraph after the role's toward the company", () => {
    const fullDescription = (story: string) =>
      ['Backend Engineer (Go, Quotes API)', '', 'Full job description', `${role}\n\n${story}`, ...lists].join(
        '\n',
      );
    const story =
      'Harbourline prices container freight for importers. Our quote pages serve 1,200 customers a week. We are profitable. Our mission is a fair price for every box.';
    expect(roleLength(fullDescription(story))).toEqual([]);
    expect(companyLength(fullDescription(story))).toEqual([]);
    // A fifth sentence about the company is over its own limit.
    expect(companyLength(fullDescription(`${story} We were founded in 2016.`))).toHaveLength(1);
  });

  it("reads the role's text under a heading that follows only a page's label lines", () => {
    const sheet = (story: string) =>
      [
        'HARBOURLINE · CAREERS · JOB SHEET',
        '',
        'Senior Backend Engineer (Go, Quotes API)',
        'Rotterdam · Hybrid · Full-time',
        '',
        'Why this role exists',
        `${story}The new hire will own the Quotes API, the Go service that prices every booking. They report to the Head of Engineering.`,
        ...lists,
      ].join('\n');
    expect(roleLength(sheet(''))).toEqual([]);
    const mission =
      'Freight prices are a mystery to most importers. We started Harbourline to change that. Every quote should be one a shipper can trust. ';
    expect(roleLength(sheet(mission))).toContain(
      'About the role runs to 5 sentences, and readers scroll past anything over 3.',
    );
  });

  it("does not count a company's legal name or a welcome to every applicant as the company's story", () => {
    const withCompany = (extra: string[]) =>
      [
        'Backend Engineer (Go, Quotes API)',
        '',
        'About the role',
        role,
        ...lists,
        '',
        'About Harbourline',
        'Harbourline prices container freight for importers across Europe. About 1,200 shippers book through us each week. We are a Series A company of 90 people. We want every box priced fairly.',
        '',
        ...extra,
      ].join('\n');
    expect(companyLength(withCompany(['HARBOURLINE FREIGHT B.V.']))).toEqual([]);
    expect(
      companyLength(withCompany(['We welcome applications from everyone, whatever their background.'])),
    ).toEqual([]);
    // A fifth sentence of the story still counts.
    expect(companyLength(withCompany(['We also run a small warehouse in Antwerp.']))).toHaveLength(1);
  });

  it('counts the company\'s story told above the job, beside a one-line "About Us"', () => {
    const page = (story: string) =>
      [
        'Careers at Harbourline',
        '',
        'Backend Engineer (Go, Quotes API)',
        'Rotterdam · Full time',
        '',
        story,
        '',
        'Job Description',
        role,
        ...lists,
        '',
        'About Us',
        'Harbourline is based in Rotterdam.',
      ].join('\n');
    const story = [
      'At Harbourline we believe a shipper should know the price before the box leaves.',
      'For more than forty years we have moved freight for families and small firms.',
      'Our employees give a day a month to the port community.',
      'We have been named a top employer in the region six times.',
    ];
    expect(companyLength(page(story.join(' ')))).toContainEqual(
      expect.stringMatching(/^About the company runs to 5 sentences/),
    );
    // A line or two under the title is a tagline, not the story.
    expect(companyLength(page(story.slice(0, 2).join(' ')))).toEqual([]);
  });

  it('reads "mission software" as what the company makes, not a mission statement opening its story', () => {
    const about = (story: string) =>
      companyLength(
        [
          'Backend Engineer (Go, Quotes API)',
          '',
          'About the role',
          role,
          ...lists,
          '',
          'About Harbourline',
          story,
        ].join('\n'),
      );
    expect(
      about('Harbourline builds and runs mission software for port authorities. We have 200 people.'),
    ).toEqual([]);
    expect(about('Our mission is a fair price for every box. We have 200 people.')).toEqual([
      'The company section leads with the mission, when readers first want to know what the company does.',
    ]);
  });

  it("does not count a template's bracketed note as a sentence of the part it sits in", () => {
    const draft = (note: string) =>
      ['Backend Engineer (Go, Quotes API)', '', 'About the role', note, '', role, ...lists].join('\n');
    const guidance =
      "(Three sentences: the service owned and its scale, the team and the manager's title, and how often you ship. No mission paragraph here.)";
    expect(roleLength(draft(guidance))).toEqual([]);
    // Prose that merely opens with a parenthesis is still counted.
    expect(roleLength(draft('(Yes, the old one.) The Quotes API is older than the team.'))).toHaveLength(1);
    // A generic line the note names in quotation marks is named, not written.
    const generic = (duty: string) =>
      check(
        ['Backend Engineer (Go, Quotes API)', '', "What you'll do", duty, '- Own the quote service.'].join(
          '\n',
        ),
      )
        .of('responsibilities-count')
        .filter((f) => f.message.includes('could be said of any job'));
    expect(generic('(Cut lines such as "ensure system reliability".)')).toEqual([]);
    expect(generic('- Ensure system reliability.')).toHaveLength(1);
  });

  it("reads a line of introduction and a hook under a board's wrapper as neither the role's nor the company's story", () => {
    const story =
      'Harbourline prices container freight for importers. Our quote pages serve 1,200 customers a week. We are profitable. Our mission is a fair price for every box.';
    const page = (intro: string) =>
      [
        'Backend Engineer (Go, Quotes API)',
        '',
        'About the job',
        intro,
        '',
        'Do you like making slow things fast? Read on.',
        '',
        'The role',
        role,
        ...lists,
        '',
        'About Harbourline',
        story,
      ].join('\n');
    expect(roleLength(page('Harbourline prices container freight for importers across Europe.'))).toEqual([]);
    expect(companyLength(page('Harbourline prices container freight for importers across Europe.'))).toEqual(
      [],
    );
    // A paragraph that tells the story at length counts beside the headed section.
    expect(companyLength(page(`${company} We started in 2016.`))).toHaveLength(1);
  });

  it("does not count LinkedIn's company card under the posting as the company's story", () => {
    const story =
      'Harbourline prices container freight for importers. Our quote pages serve 1,200 customers a week. We are profitable. Our mission is a fair price for every box.';
    const page = [
      'Backend Engineer (Go, Quotes API)',
      '',
      'About the job',
      role,
      ...lists,
      '',
      'About Harbourline',
      story,
      '',
      'Show more',
      '',
      'Set alert for similar jobs',
      'Backend Engineer, Rotterdam',
      'Set alert',
      '',
      'About the company',
      'Harbourline',
      '1,204 followers',
      'Freight pricing for the importers of Europe.',
    ].join('\n');
    expect(companyLength(page)).toEqual([]);
  });

  it("does not count a sign-off or a link on its own line as a sentence of the company's story", () => {
    const story =
      'Harbourline prices container freight for importers. Our quote pages serve 1,200 customers a week. We are profitable. Our mission is a fair price for every box.';
    const page = (tail: string) =>
      [
        'Backend Engineer (Go, Quotes API)',
        '',
        'About the role',
        role,
        ...lists,
        '',
        'About Harbourline',
        story,
        tail,
      ].join('\n');
    expect(companyLength(page("We're looking forward to your application!"))).toEqual([]);
    expect(companyLength(page('https://harbourline.example/careers/57'))).toEqual([]);
    expect(companyLength(page('We were founded in Rotterdam in 2016.'))).toHaveLength(1);
  });

  it("reads a company introduction under a board's wrapper as the company's, when a third-person role paragraph follows", () => {
    const intro =
      'At Harbourline we believe freight should be simple. For 60 years we have moved goods across Europe. Our 7,500 people share four values. We were named a best place to work. Our technology group is investing in new platforms. Join us and make a difference!';
    const roleText =
      'The Backend Engineer is a member of the Quotes team and supports the Quotes API, which prices 4 million bookings a month. This position reports to the Head of Engineering and is hybrid three days a week. The team delivers through a weekly release train.';
    const page = [
      'Backend Engineer (Go, Quotes API)',
      '',
      'Overview',
      '',
      intro,
      '',
      roleText,
      ...lists,
    ].join('\n');
    expect(roleLength(page)).toEqual([]);
    expect(companyLength(page).some((m) => m.includes('runs to 6 sentences'))).toBe(true);
    // With no role paragraph after it, the introduction is what the role's part opens with.
    const alone = [
      'Backend Engineer (Go, Quotes API)',
      '',
      'Our mission is simple freight for everyone.',
      ...lists,
    ].join('\n');
    expect(roleLength(alone).some((m) => m.includes('opens with the company story'))).toBe(true);
  });

  it("does not count a bracketed note inside a paragraph, a form's CAPS label line or the recruiter's sign-off", () => {
    const about = (text: string) =>
      roleLength(['Backend Engineer (Go, Quotes API)', '', 'About the role', text, ...lists].join('\n'));
    expect(about(`${role} (Add the release cadence here: continuous? weekly train?)`)).toEqual([]);
    expect(about(`_(Describe the team here: size, manager, how you ship.)_\n${role}`)).toEqual([]);
    expect(
      about(`LOCATION: Rotterdam, NL (Hybrid - 3 days onsite)\nINTERVIEW: 2 rounds, video\n${role}`),
    ).toEqual([]);
    const story =
      'Harbourline prices container freight for importers. Our quote pages serve 1,200 customers a week. We are profitable.';
    expect(
      companyLength(
        [
          'Backend Engineer (Go, Quotes API)',
          '',
          'About the role',
          role,
          ...lists,
          '',
          'About Harbourline',
          story,
          'Send your updated resume to jobs@harbourline.example. Please reference job order 4471.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
