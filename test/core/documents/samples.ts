import {
  bold,
  bullets,
  documentOf,
  guidance,
  heading,
  italic,
  item,
  keyValues,
  numbered,
  pageBreak,
  paragraph,
  table,
  writingSpace,
} from '../../../shared/domain/documents/build';
import type { Block, DocumentModel } from '../../../shared/domain/documents/model';

/** Names the exports must print as written: accents, Polish, CJK, Korean, the euro sign. */
export const HARD_NAMES = [
  'José Ñúñez',
  'Zoë Åström',
  'Łukasz Wiśniewski',
  '王秀英',
  '佐藤 花子',
  '김민준',
  '€',
];

const loop: [string, string, string, string][] = [
  ['Recruiter screen', 'Zoë Åström', '30 min', 'Motivation, pay range in € and notice period'],
  ['Technical screen', 'Łukasz Wiśniewski', '60 min', 'API design: idempotent payment endpoints and retries'],
  ['Exercise review', '王秀英', '45 min', 'Walk through the take-home: schema, migrations, tests'],
  ['System design', '佐藤 花子', '60 min', 'A ledger service that survives a broker outage'],
  ['Values', '김민준', '45 min', 'Ownership, on-call habits, how feedback is given'],
  ['Hiring manager', 'José Ñúñez', '45 min', 'Scope of the role and the first ninety days'],
];

/**
 * Every block kind, the hard names, a long table that runs over a page, a placeholder and a
 * guidance note (neither may reach a file), and characters XML forbids.
 */
export function richSample(): DocumentModel {
  const longRows = Array.from({ length: 42 }, (_, i) => {
    const [round, who, minutes, focus] = loop[i % loop.length] as [string, string, string, string];
    return [`${i + 1}`, round, who, minutes, `${focus} (slot ${i + 1})`];
  });
  return documentOf(
    {
      title: 'Senior Backend Engineer, Payments',
      subject: 'Job description',
      author: 'José Ñúñez',
      company: 'Zoë & Łukasz GmbH',
      keywords: ['backend', 'payments'],
    },
    [
      heading(1, 'Senior Backend Engineer, Payments'),
      guidance('Keep the opening to three sentences; lead with the problem the hire will own.'),
      keyValues([
        ['Location', 'Berlin or remote within CET ± 2 hours'],
        ['Team', ['Payments platform, ', bold('6 engineers'), ' and a product manager']],
        ['Hiring manager', 'José Ñúñez'],
        ['Recruiter', 'Zoë Åström'],
        ['Pay band', '€85,000 – €105,000 plus equity'],
      ]),
      heading(2, 'About the role'),
      paragraph([
        'You will own the ledger and the payout services that move ',
        bold('every euro (€)'),
        ' our merchants earn. The team ships small changes several times a day and keeps ',
        italic('on-call quiet'),
        ' by fixing causes rather than symptoms.',
      ]),
      paragraph(
        'Today the services handle about four million transactions a month on PostgreSQL and Kafka. The next year is about splitting the settlement batch into events, tightening reconciliation, and making refunds safe to retry [Add the on-call rota].',
      ),
      paragraph('Bad\u0007 bytes\uFFFE are dropped before writing.'),
      heading(2, "What you'll do"),
      bullets([
        'Design and run APIs that other teams depend on, with clear contracts and versioning.',
        item('Keep money movements correct under failure:', {
          style: 'bullet',
          items: ['idempotency keys on every write', 'outbox publishing', 'replayable reconciliation'],
        }),
        ['Review code with ', bold('Łukasz Wiśniewski'), ' and pair with newer engineers.'],
      ]),
      heading(2, 'What you bring'),
      numbered([
        'Five or more years building backend services in Go, Java or Kotlin.',
        item('Production experience with relational databases:', {
          style: 'number',
          items: ['schema changes without downtime', 'query plans and indexes'],
        }),
        'Comfort with message brokers and their failure modes.',
      ]),
      heading(3, 'Nice to have'),
      bullets(['Payments or ledger experience.', 'Working knowledge of 中文, 日本語 or 한국어.']),
      heading(2, 'Interview loop'),
      paragraph('Each round has one owner; names appear as the candidate will see them.'),
      table(['#', 'Round', 'Interviewer', 'Length', 'Focus'], longRows),
      pageBreak(),
      heading(2, 'Notes for the debrief'),
      paragraph('Write what you saw, not what you concluded.'),
      writingSpace(4),
      paragraph(['Prepared by ', bold('佐藤 花子'), ' and ', bold('김민준'), '.']),
    ],
  );
}

const sentence =
  'The service settles merchant payouts nightly and streams ledger events to finance, so correctness under retries matters more than raw speed.';

/** A JD-like document of about two pages: the bench's workload. */
export function twoPageJd(): DocumentModel {
  const blocks: Block[] = [
    heading(1, 'Senior Backend Engineer, Payments'),
    keyValues([
      ['Location', 'Remote, US time zones'],
      ['Team', 'Payments platform (6 engineers)'],
      ['Reports to', 'José Ñúñez, Engineering Manager'],
      ['Compensation', '$165,000 – $195,000 base plus equity'],
    ]),
  ];
  for (const title of ['About the role', 'What you will do', 'What you bring']) {
    blocks.push(heading(2, title));
    blocks.push(paragraph([sentence, ' ', bold('Ownership'), ' is real here: ', sentence]));
    blocks.push(
      bullets([
        sentence,
        item('Make failure boring:', { style: 'bullet', items: ['idempotent writes', 'outbox publishing'] }),
        'Pair with Zoë Åström and Łukasz Wiśniewski on reviews.',
        sentence,
      ]),
    );
  }
  blocks.push(heading(2, 'Interview loop'));
  blocks.push(
    table(
      ['Round', 'Interviewer', 'Length', 'Focus'],
      loop.map(([round, who, minutes, focus]) => [round, who, minutes, focus]),
    ),
  );
  blocks.push(heading(2, 'Benefits'));
  blocks.push(numbered(['Health, dental and vision from day one.', '401(k) with a 4% match.', sentence]));
  return documentOf(
    { title: 'Senior Backend Engineer, Payments', company: 'Acme Pay', author: 'Reqdesk' },
    blocks,
  );
}

/**
 * Filler paragraphs, then a heading with its section: `filler` one-line paragraphs move the
 * heading down the first page a line at a time, so some values put it right at the foot.
 */
export function headingNearPageEnd(filler: number): DocumentModel {
  const blocks: Block[] = [heading(1, 'Heading placement')];
  for (let i = 0; i < 26 + filler; i++) blocks.push(paragraph(`Filler line ${i + 1}.`));
  blocks.push(heading(2, `Section after ${filler} extra lines`));
  blocks.push(heading(3, 'Subsection right below'));
  blocks.push(paragraph(`${sentence} ${sentence}`));
  blocks.push(paragraph(sentence));
  return documentOf({ title: 'Heading placement', company: 'Reqdesk' }, blocks);
}
