import { describe, expect, it } from 'vitest';
import { check, edited } from './helpers';

/** A short invented posting with the given role text and extra duties. */
const invented = (about: string, duties: string[] = []) =>
  [
    'Backend Engineer (Go)',
    '',
    'About the role',
    about,
    '',
    'What you will do',
    '- Add a tide-window endpoint to Tidemark',
    ...duties.map((d) => `- ${d}`),
    '',
    'What you bring',
    '- 4+ years with Go on the server',
  ].join('\n');

describe('JD phrase checks', () => {
  it('flags jargon with a span on the word and a case-matched replacement', () => {
    const { of, spanText } = check(
      edited('01', [
        '- Take over the Ledger API codebase',
        '- Be our Go rockstar: take over the Ledger API codebase',
      ]),
    );
    const [f] = of('jargon');
    expect(f && spanText(f)).toBe('rockstar');
    expect(f?.replacement).toBe('experienced engineer');
    expect(f?.fix).toBe('Write "experienced engineer" instead.');
    expect(f?.section).toBe('first90');
    const capital = check(
      edited('01', ['and we support each other', 'and every Ninja supports each other']),
    ).of('jargon');
    expect(capital.map((x) => x.replacement)).toEqual(['Experienced engineer']);
  });

  it('flags "the candidate" and offers "you"', () => {
    const { of, spanText } = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- The ideal candidate has strong SQL on PostgreSQL']),
    );
    const [f] = of('the-candidate');
    // At the start of a sentence: capitalised, and the verb made to agree with "you".
    expect(f && spanText(f)).toBe('The ideal candidate has');
    expect(f?.replacement).toBe('You have');
    expect(f?.fix).toBe('Write "You have" instead.');
    const plural = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- Applicants must know PostgreSQL']),
    ).of('the-candidate');
    expect(plural[0]?.replacement).toBe('You must');
  });

  it('rewrites "the candidate" in the case and form the sentence needs', () => {
    const will = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- The ideal candidate will know PostgreSQL well']),
    );
    const [f] = will.of('the-candidate');
    expect(f && will.spanText(f)).toBe('The ideal candidate');
    expect(f?.replacement).toBe('You');
    const middle = check(
      edited('01', [
        'and the ways consumers fail.',
        'and the ways consumers fail, which the successful candidate knows.',
      ]),
    );
    expect(middle.of('the-candidate').map((x) => [middle.spanText(x), x.replacement])).toEqual([
      ['the successful candidate', 'you'],
    ]);
    const possessive = check(
      edited('01', ['- Strong SQL on PostgreSQL', "- The candidate's SQL on PostgreSQL is strong"]),
    );
    expect(possessive.of('the-candidate').map((x) => [possessive.spanText(x), x.replacement])).toEqual([
      ["The candidate's", 'Your'],
    ]);
    const thrives = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- The right candidate thrives on PostgreSQL tuning']),
    );
    expect(thrives.of('the-candidate')[0]?.replacement).toBe('You thrive');
  });

  it('flags "Candidate will..." opening a sentence or an item without an article, but not "candidate" as a modifier', () => {
    const { of, spanText } = check(
      invented(
        'You will run Tidemark, the service that schedules every berth at the port. Candidate will join a team of four engineers.',
        ['Candidate must write the runbook for Tidemark'],
      ),
    );
    expect(of('the-candidate').map((f) => [spanText(f), f.replacement])).toEqual([
      ['Candidate', 'You'],
      ['Candidate', 'You'],
    ]);
    expect(
      check(
        invented(
          'You will run Tidemark, the service that schedules every berth at the port. Candidate experience matters to our recruiters.',
        ),
      ).of('the-candidate'),
    ).toEqual([]);
  });

  it('flags "a young, curious team" as age-coded, with any one or two words between "young" and the people', () => {
    const aged = (sentence: string) => {
      const c = check(
        invented(`You will run Tidemark, the service that schedules every berth at the port. ${sentence}`),
      );
      return c.of('age-coded').map(c.spanText);
    };
    expect(aged('You will join a young, curious team of four.')).toEqual(['young, curious team']);
    expect(aged('Our young and scrappy crew ships every day.')).toEqual(['young and scrappy crew']);
    expect(aged('Tidemark is a young product with plenty left to build.')).toEqual([]);
  });

  it('fixes the article in front of a replacement, and uses an adjective for an adjective', () => {
    const rockstar = check(
      edited('01', [
        '- Take over the Ledger API codebase',
        '- Be a rockstar and take over the Ledger API codebase',
      ]),
    );
    const [j] = rockstar.of('jargon');
    expect(j && rockstar.spanText(j)).toBe('a rockstar');
    expect(j?.replacement).toBe('an experienced engineer');
    expect(j?.fix).toBe('Write "an experienced engineer" instead.');

    const insane = check(
      edited('01', [
        '- Design the idempotency keys',
        '- With an insane attention to detail, design the idempotency keys',
      ]),
    );
    const [a] = insane.of('ableist');
    expect(a && insane.spanText(a)).toBe('an insane');
    expect(a?.replacement).toBe('a remarkable');
    const insanely = check(
      edited('01', ['- Design the idempotency keys', '- Design the insanely fast idempotency keys']),
    ).of('ableist');
    expect(insanely.map((x) => x.replacement)).toEqual(['remarkably']);

    // An article that is already right stays out of the span.
    const superstar = check(
      edited('01', [
        '- Take over the Ledger API codebase',
        '- Be a superstar and take over the Ledger API codebase',
      ]),
    );
    const [s] = superstar.of('jargon');
    expect(s && superstar.spanText(s)).toBe('superstar');
    expect(s?.replacement).toBe('strong engineer');
  });

  it('keeps plurals plural, and takes "rockstar developer" as one phrase', () => {
    const { of, spanText } = check(
      edited(
        '01',
        ['- Take over the Ledger API codebase', '- Join our rockstars and take over the Ledger API codebase'],
        ['- Design the idempotency keys', '- As a rockstar developer, design the idempotency keys'],
      ),
    );
    expect(of('jargon').map((f) => [spanText(f), f.replacement])).toEqual([
      ['rockstars', 'experienced engineers'],
      ['a rockstar developer', 'an experienced engineer'],
    ]);
  });

  it('keeps an acronym replacement in lower case mid-sentence', () => {
    const { of } = check(
      edited('01', ['- Design the idempotency keys', '- Be OCD about tests and design the idempotency keys']),
    );
    expect(of('ableist').map((f) => f.replacement)).toEqual(['meticulous']);
  });

  it('flags placeholders and guidance as errors, over the placeholder and the whole guidance line', () => {
    const { of, spanText } = check(
      edited(
        '01',
        ['report to the Director of Engineering, Payments', 'report to the [Manager title]'],
        ['## Requirements\n', '## Requirements\n\nNote to recruiter: keep this list to six lines.\n'],
      ),
    );
    expect(of('unfilled-placeholder').map(spanText)).toEqual(['[Manager title]']);
    expect(of('unfilled-placeholder')[0]?.severity).toBe('error');
    expect(of('guidance-leak').map(spanText)).toEqual(['Note to recruiter: keep this list to six lines.']);
    expect(of('guidance-leak')[0]?.replacement).toBe('');
  });

  it('counts guidance only in brackets or as a line opening with a colon, not in ordinary lines', () => {
    const ordinary = check(
      edited(
        '01',
        [
          '- Write the runbook for the month-end close',
          '- Add the service catalogue entry for the Ledger API and write the runbook for the month-end close',
        ],
        [
          '- Design the idempotency keys',
          '- Add service-level objectives for payouts.\n- Replace this nightly cron job with a Kafka consumer.\n- Add range queries to the statement API.\n- Design the idempotency keys',
        ],
      ),
    );
    expect(ordinary.of('guidance-leak')).toEqual([]);

    const { of, spanText } = check(
      edited(
        '01',
        ['## Requirements\n', '## Requirements\n\nNote: keep this list to six lines.\n'],
        ['two office days a week', 'two office days a week [Insert the office address]'],
        [
          'and we ship to production several times a day',
          'and we ship to production (note to recruiter: check the cadence) several times a day',
        ],
      ),
    );
    expect(of('guidance-leak').map(spanText)).toEqual([
      ' [Insert the office address]',
      ' (note to recruiter: check the cadence)',
      'Note: keep this list to six lines.',
    ]);
    expect(of('guidance-leak').every((f) => f.replacement === '')).toBe(true);
    // A bracketed note that tells the writer what to put where, or is addressed to the recruiter.
    const notes = check(
      edited(
        '01',
        ['## Requirements\n', '## Requirements\n\n(Six specific items. Name the service in each one.)\n'],
        [
          'and we ship to production several times a day',
          'and we ship to production several times a day (Add the release cadence here: weekly train?)',
        ],
        ['## Preferred\n', '## Preferred\n\n(Recruiter: move everything past six to this list.)\n'],
      ),
    );
    expect(notes.of('guidance-leak').map(notes.spanText)).toEqual([
      ' (Add the release cadence here: weekly train?)',
      '(Six specific items. Name the service in each one.)',
      '(Recruiter: move everything past six to this list.)',
    ]);
    // A note to the applicant, and a recruiter named on a line of its own, are no guidance.
    const applicant = check(
      edited('01', [
        '## Preferred\n',
        '## Preferred\n\nSend a short note (include a link to your GitHub).\nRecruiter: Dana Whitfield\n',
      ]),
    );
    expect(applicant.of('guidance-leak')).toEqual([]);
    // Filler text is never meant to be posted, wherever it stands.
    const filler = check(edited('01', ['## Preferred\n', '## Preferred\n\nLorem ipsum dolor sit amet.\n']));
    expect(filler.of('guidance-leak').map(filler.spanText)).toEqual(['Lorem ipsum dolor sit amet.']);
  });

  it('flags every placeholder form the export knows: {{...}}, TBD, TK and money left as X', () => {
    const { of, spanText } = check(
      edited(
        '01',
        ['report to the Director of Engineering, Payments', 'report to the {{manager title}}'],
        ['The base range is $165,000-$200,000', 'The base range is $XXX,XXX - $XXX,XXX'],
        ['16 weeks of paid parental leave', 'TBD weeks of paid parental leave'],
      ),
    );
    expect(of('unfilled-placeholder').map(spanText)).toEqual([
      '{{manager title}}',
      '$XXX,XXX - $XXX,XXX',
      'TBD',
    ]);
    // Lower-case "tbd" or "TBDs" in a word is not one; neither is an index or a generic type.
    const words = check(
      edited('01', ['- Design the idempotency keys', '- Design the keys (tbd) and the List<T> cache[0]']),
    );
    expect(words.of('unfilled-placeholder')).toEqual([]);
  });

  it('does not take a markdown link for a placeholder', () => {
    const { of } = check(
      edited('01', ['raised its Series C in 2025', 'raised its [Series C](https://example.com) in 2025']),
    );
    expect(of('unfilled-placeholder')).toEqual([]);
  });

  it('does not take an email address, a forum tag, a ticket key, a picture stand-in or an HTML tag for a placeholder, but still flags a bracketed name', () => {
    const { of, spanText } = check(
      edited('01', [
        'raised its Series C in 2025',
        'raised its Series C in 2025. Questions go to Ana Ruiz <ana.ruiz@acme.example>, and [REMOTE] roles to [TEAM NAME]. [image: Acme logo] Ticket [TAREQ-2291], H<sub>2</sub>O',
      ]),
    );
    expect(of('unfilled-placeholder').map(spanText)).toEqual(['[TEAM NAME]']);
  });

  it('flags other duties, many hats, and DevOps as needed (a warning in a senior posting, info otherwise)', () => {
    const raw = edited(
      '01',
      [
        '- Write the runbook for the month-end close',
        '- Handle DevOps as needed and write the runbook for the month-end close',
      ],
      ['and we support each other', 'we all wear many hats, and we support each other'],
      ['- Work in a regulated setting', '- Other duties as assigned.\n- Work in a regulated setting'],
    );
    const senior = check(raw);
    expect(senior.of('devops-as-needed').map(senior.spanText)).toEqual(['DevOps as needed']);
    expect(senior.of('devops-as-needed')[0]?.severity).toBe('warning');
    expect(senior.of('many-hats').map(senior.spanText)).toEqual(['wear many hats']);
    expect(senior.of('other-duties').map(senior.spanText)).toEqual(['Other duties as assigned']);
    for (const [line, found] of [
      [
        '- Perform other duties and special projects as assigned.',
        'Perform other duties and special projects as assigned',
      ],
      ['- Help out with whatever else the team needs.', 'Help out with whatever else the team needs'],
      ['- Honestly, whatever needs doing that week.', 'whatever needs doing'],
    ] as const) {
      const other = check(raw.replace('- Other duties as assigned.', line));
      expect(other.of('other-duties').map(other.spanText)).toEqual([found]);
    }
    const junior = check(raw.replace('# Senior Backend Engineer (Go)', '# Backend Engineer (Go)'), {
      level: 'mid',
    });
    expect(junior.of('devops-as-needed')[0]?.severity).toBe('info');
  });

  it('flags DevOps "activities" as needed, also when the examples come between the work and "as needed"', () => {
    const spans = (duty: string) => {
      const { of, spanText } = check(
        edited('01', ['- Write the runbook for the month-end close', `- ${duty}`]),
      );
      return of('devops-as-needed').map(spanText);
    };
    expect(spans('Cover DevOps activities as needed, such as the build server')).toEqual([
      'DevOps activities as needed',
    ]);
    expect(
      spans('Takes on DevOps responsibilities, including release scripts and test environments, as needed.'),
    ).toEqual(['DevOps responsibilities, including release scripts and test environments, as needed']);
    // An aside that runs past its sentence is not the same duty.
    expect(spans('Own the DevOps dashboards. Add reports as needed.')).toEqual([]);
  });

  it('flags ableist phrasing with a plain replacement, or advice where no word swap fits', () => {
    const { of, spanText } = check(
      edited(
        '01',
        [
          '- Design the idempotency keys',
          '- Run a quick sanity check on the crazy retry logic, then design the idempotency keys',
        ],
        ['- Docker and Kubernetes', '- You must be able to stand for long periods.\n- Docker and Kubernetes'],
      ),
    );
    const found = of('ableist');
    expect(found.map(spanText)).toEqual(['sanity check', 'crazy', 'must be able to stand for long periods']);
    // "crazy" before a noun is an adjective, so an adjective replaces it; before "fast", "very" does.
    expect(found.map((f) => f.replacement)).toEqual(['quick check', 'extreme', null]);
    const fast = check(
      edited('01', [
        '- Design the idempotency keys',
        '- Keep the crazy fast path and design the idempotency keys',
      ]),
    ).of('ableist');
    expect(fast.map((f) => f.replacement)).toEqual(['very']);
    expect(found[2]?.fix).toMatch(/^Describe the task itself/);
  });

  it('flags a word written twice in the body, but not a heading repeated by its first line or "that that"', () => {
    const doubled = (text: string) => {
      const { of, spanText } = check(text);
      return of('grammar-join').map(spanText);
    };
    const base = edited('01', ['You will own the Ledger API,', 'You will own the the Ledger API,']);
    expect(doubled(base)).toEqual(['the the']);
    expect(
      doubled(edited('01', ['You will own the Ledger API,', 'Teams team up. You will own the Ledger API,'])),
    ).toEqual(['Teams team']);
    expect(
      doubled(
        edited('01', [
          'You will own the Ledger API,',
          'We know that that matters. You will own the Ledger API,',
        ]),
      ),
    ).toEqual([]);
    expect(
      doubled(edited('01', ['## About the role\n\nYou will', '## About the role\n\nRole: you will'])),
    ).toEqual([]);
    // A company name on its own line over a paragraph that opens with it is page layout.
    expect(
      doubled(
        edited('01', [
          '## About the role\n\nYou will',
          '## About the role\n\nFietsly\nFietsly leases bikes. You will',
        ]),
      ),
    ).toEqual([]);
    // Nor a word at the end of one line and the start of the next, or inside a menu's barred line.
    expect(
      doubled(
        edited('01', [
          '## About the role\n\nYou will',
          '## About the role\n\nPrevious job    Next job\nJob Locations: Denver, CO\nHacker News new | past | jobs\n\nYou will',
        ]),
      ),
    ).toEqual([]);
  });
});
