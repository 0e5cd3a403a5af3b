import { describe, expect, it } from 'vitest';
import {
  bold,
  bullets,
  documentOf,
  guidance,
  heading,
  item,
  keyValues,
  numbered,
  pageBreak,
  paragraph,
  table,
} from '../../../shared/domain/documents/build';
import { planColumnWidths } from '../../../shared/domain/documents/columns';
import { findPlaceholders, stripPlaceholders } from '../../../shared/domain/documents/placeholders';
import {
  cleanRuns,
  documentLines,
  documentText,
  prepareForWriting,
  sanitizeXmlText,
} from '../../../shared/domain/documents/text';

const meta = { title: 'Doc' };

describe('sanitizeXmlText', () => {
  it('drops what XML 1.0 forbids and keeps everything it allows', () => {
    expect(sanitizeXmlText('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg');
    expect(sanitizeXmlText('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r');
    expect(sanitizeXmlText('lone \ud800 high, lone \udc00 low')).toBe('lone  high, lone  low');
    expect(sanitizeXmlText('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('composes accents, so "José" typed with a combining accent matches the precomposed one', () => {
    expect(sanitizeXmlText('Jose\u0301')).toBe('José');
  });
});

describe('cleanRuns', () => {
  it('collapses spaces across runs and trims the ends, keeping styles', () => {
    expect(cleanRuns([{ text: '  Hello ' }, bold(' big\n'), { text: '\tworld  ' }])).toEqual([
      { text: 'Hello ' },
      { text: 'big ', bold: true },
      { text: 'world' },
    ]);
    expect(cleanRuns([{ text: '   ' }])).toEqual([]);
  });
});

describe('placeholders', () => {
  const model = documentOf(meta, [
    heading(2, 'About [company]'),
    paragraph('Uses items[0] and [a link](https://example.com) but needs [Add the team size].'),
    bullets([item('[Only a placeholder]'), item('Real item', { style: 'bullet', items: ['[sub]'] })]),
    table(['Name'], [['[Interviewer]']]),
    keyValues([['Location', '[City]']]),
    guidance('Replace [company] before sending.'),
  ]);

  it('finds bracketed spans that start with a letter, not indexes or links, and not in guidance', () => {
    expect(findPlaceholders(model).map((p) => [p.text, p.blockIndex])).toEqual([
      ['[company]', 0],
      ['[Add the team size]', 1],
      ['[Only a placeholder]', 2],
      ['[sub]', 2],
      ['[Interviewer]', 3],
      ['[City]', 4],
    ]);
  });

  it('cuts them out with the space before them, dropping what is left empty', () => {
    const text = documentText(model);
    expect(findPlaceholders(stripPlaceholders(model))).toEqual([]);
    expect(text).toBe(
      [
        'About',
        'Uses items[0] and [a link](https://example.com) but needs.',
        '• Real item',
        'Name',
        'Location',
      ].join('\n'),
    );
  });

  it('sees a placeholder split over runs of different styles', () => {
    const split = documentOf(meta, [paragraph(['Team of [', bold('size'), '] people'])]);
    expect(findPlaceholders(split)).toEqual([{ text: '[size]', blockIndex: 0 }]);
    expect(documentText(split)).toBe('Team of people');
  });
});

describe('placeholders beyond brackets, and what removing them leaves', () => {
  it('finds {{...}}, TBD, TK, money left as X and <name>, in the title too', () => {
    const model = documentOf({ title: 'Senior Backend Engineer ([qualifier])', subject: 'Job description' }, [
      heading(1, 'Senior Backend Engineer ([qualifier])'),
      paragraph('Report to {{manager}}, start date TBD, TK on the team size.'),
      paragraph(
        'Base salary: $XXX,XXX - $XXX,XXX a year, or XXK for contractors, in a team of XX engineers.',
      ),
      paragraph('Send it to <Hiring manager name> by Friday.'),
      paragraph('Not ones: items[0], List<T>, <br/>, tbd, TBDs, XXL, Xbox.'),
      paragraph(
        'Nor these: the range is still TBD with finance; <aside>a callout</aside>; [Apply for this job].',
      ),
      paragraph('- [x] Confirm the band with Finance'),
      paragraph('- [X] days of PTO a year'),
    ]);
    expect(findPlaceholders(model).map((p) => [p.text, p.blockIndex])).toEqual([
      ['[qualifier]', 0],
      ['{{manager}}', 1],
      ['TBD', 1],
      ['TK', 1],
      ['$XXX,XXX - $XXX,XXX', 2],
      ['XXK', 2],
      ['XX', 2],
      ['<Hiring manager name>', 3],
      ['[X]', 7],
      ['[qualifier]', -1],
    ]);
  });

  it('takes placeholders out of the title and subject, with the empty "()" they leave', () => {
    const model = documentOf(
      {
        title: 'Senior Backend Engineer ([qualifier])',
        subject: 'Job description for [company]',
        company: '',
      },
      [heading(1, 'Senior Backend Engineer ([qualifier])'), paragraph('Call foo() to start.')],
    );
    const cut = stripPlaceholders(model);
    expect(cut.metadata.title).toBe('Senior Backend Engineer');
    expect(cut.metadata.subject).toBe('Job description for');
    expect(cut.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Senior Backend Engineer' });
    // Parentheses the writer meant stay.
    expect(documentText(model)).toBe('Senior Backend Engineer\nCall foo() to start.');
    expect(prepareForWriting(cut).metadata.title).toBe('Senior Backend Engineer');
    // A title that was only placeholders falls back to the subject.
    const blank = stripPlaceholders(
      documentOf({ title: '[job title] ([qualifier])', subject: 'Job description' }, []),
    );
    expect(blank.metadata.title).toBe('Job description');
  });

  it('leaves readable text where TBD and its kin stood', () => {
    const cut = (text: string) => documentText(documentOf(meta, [paragraph(text)]));
    expect(cut('Start date: TBD.')).toBe('');
    expect(cut('We start in March (date TBD) with two engineers.')).toBe(
      'We start in March (date) with two engineers.',
    );
    expect(cut('We start in March (TBD) with two engineers.')).toBe('We start in March with two engineers.');
    expect(cut('The team meets in Denver, TBD, each quarter.')).toBe(
      'The team meets in Denver, each quarter.',
    );
    expect(cut('TBD: the on-call rota.')).toBe('the on-call rota.');
    expect(cut('Base salary: [minimum]-[maximum] a year.')).toBe('Base salary: a year.');
    expect(cut('Base salary: [minimum]-[maximum].')).toBe('');
  });
});

describe('prepareForWriting and documentText', () => {
  it('drops guidance and empty blocks, and page breaks at the ends or doubled', () => {
    const model = documentOf(meta, [
      pageBreak(),
      heading(1, 'Title'),
      guidance('Never printed'),
      paragraph('   '),
      pageBreak(),
      pageBreak(),
      paragraph('After the break'),
      pageBreak(),
    ]);
    expect(prepareForWriting(model).blocks.map((b) => b.kind)).toEqual(['heading', 'pageBreak', 'paragraph']);
  });

  it('gives one line per paragraph, item, cell, key and value with list markers apart', () => {
    const model = documentOf(meta, [
      numbered([item('First', { style: 'number', items: ['one', 'two'] }), 'Second']),
      bullets([item('Dot', { style: 'bullet', items: ['dash'] })]),
      table(['A', 'B'], [['1', '2']]),
      keyValues([['Key', 'Value']]),
    ]);
    expect(documentLines(model)).toEqual([
      { marker: '1.', text: 'First' },
      { marker: 'a.', text: 'one' },
      { marker: 'b.', text: 'two' },
      { marker: '2.', text: 'Second' },
      { marker: '•', text: 'Dot' },
      { marker: '–', text: 'dash' },
      { text: 'A' },
      { text: 'B' },
      { text: '1' },
      { text: '2' },
      { text: 'Key' },
      { text: 'Value' },
    ]);
  });
});

describe('planColumnWidths', () => {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it('always fills the width exactly', () => {
    for (const [natural, minimum] of [
      [
        [10, 20, 30],
        [5, 5, 5],
      ],
      [
        [400, 900, 50],
        [60, 80, 20],
      ],
      [
        [400, 400],
        [400, 400],
      ],
    ] as [number[], number[]][]) {
      expect(sum(planColumnWidths(natural, minimum, 500))).toBeCloseTo(500, 6);
    }
  });

  it('gives narrow content its natural share and wide content the rest', () => {
    const [a, b] = planColumnWidths([60, 2000], [40, 90], 450);
    expect(a).toBeGreaterThanOrEqual(60);
    expect(b).toBeGreaterThan(300);
  });

  it('honours explicit weights', () => {
    expect(planColumnWidths([1, 1], [1, 1], 300, [1, 2])).toEqual([100, 200]);
  });
});
