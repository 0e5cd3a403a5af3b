import { describe, expect, it } from 'vitest';
import { headingShape, headingText, standsAsHeading } from '../../../shared/domain/jd/heading-line';

const PARAGRAPH =
  'The reconciliation job compares our ledger with the bank files every morning and opens a ticket for each break.';
const NEXT_PARAGRAPH =
  'Most of it runs well, but month end still takes five hours and one analyst keeps a spreadsheet.';

/** Whether `line` heads a block when set between two paragraphs, a blank line on either side. */
const headsBetweenParagraphs = (line: string) =>
  standsAsHeading([PARAGRAPH, '', line, '', NEXT_PARAGRAPH], 2);

describe('a line read as a heading by its shape', () => {
  it.each([
    ['a plain line in sentence case', 'Where the ledger service is today'],
    ['a question', "What's in it for you?"],
    ['Title Case', 'Life On The Team'],
    ['capitals', 'THE NITTY-GRITTY'],
    ['bold', '**In your toolbox**'],
    ['markdown', '### how we work'],
    ['a closing colon', 'A few things about us:'],
    ['an emoji first', '🌱 growing with us'],
    ['decoration drawn around it', '-- Role --'],
    ['a count in board chrome', 'Similar Jobs (5)'],
  ])('takes %s ("%s") between two paragraphs', (_, line) => {
    expect(headsBetweenParagraphs(line)).toBe(true);
  });

  it.each([
    ['a sentence with its full stop', 'We release every weekday.'],
    ['a line ending in a comma', 'Our customers include clinics,'],
    ['an exclamation', 'Come build with us!'],
    ['a list item', '- Own the ledger service'],
    ['a numbered item', '2) Build the refund queue'],
    ['a "Label: value" line', 'Location: Remote (US)'],
    ['a place', 'Toronto, ON'],
    ['parts joined by separators', 'Acme Health · Remote · Full-time'],
    ['the job title', 'Senior Backend Engineer'],
    ['an amount', 'Up to $180k base'],
    ['a link', 'Read more at www.acme.example'],
    ['a plain line too long for a heading', 'We are building the future of clinic billing'],
    ['a plain line in lower case', 'more about the team'],
    ['a line of figures', '$150,000 - $180,000'],
  ])('refuses %s ("%s")', (_, line) => {
    expect(headsBetweenParagraphs(line)).toBe(false);
  });

  it('refuses a short line that ends a wrapped paragraph, and takes a marked one after a finished sentence', () => {
    const wrapped = [
      'Our engineers carry the pager one week in six and the',
      'Payments Desk',
      '',
      NEXT_PARAGRAPH,
    ];
    expect(standsAsHeading(wrapped, 1)).toBe(false);
    // A plain line right under a sentence continues the paragraph; a marked one heads the next.
    expect(standsAsHeading([PARAGRAPH, 'Where we are today', NEXT_PARAGRAPH], 1)).toBe(false);
    expect(standsAsHeading([PARAGRAPH, '**Where we are today**', NEXT_PARAGRAPH], 1)).toBe(true);
  });

  it('refuses a line with no block under it, or one the next line runs on from', () => {
    expect(standsAsHeading([PARAGRAPH, '', 'Follow us', ''], 2)).toBe(false);
    expect(standsAsHeading([PARAGRAPH, '', 'Payments for clinics', 'that bill patients by text.'], 2)).toBe(
      false,
    );
    // A list under it is a block, with or without a blank line between.
    expect(standsAsHeading([PARAGRAPH, '', 'Perks', '- Four-day week in August'], 2)).toBe(true);
  });

  it('lets a caller ask for a shorter plain line, and keeps marked lines whatever their length', () => {
    const line = 'Frequently asked questions about this job';
    expect(headingShape(line)).toBe('plain');
    expect(headingShape(line, 5)).toBeNull();
    expect(headingShape(`**${line}**`, 5)).toBe('marked');
  });

  it('reads the words of a marked heading without its marks', () => {
    expect(headingText('## 🚀 **What you will build:**')).toBe('What you will build');
    expect(headingText('::: THE ROLE :::')).toBe('THE ROLE');
  });
});
