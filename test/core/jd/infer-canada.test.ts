import { describe, expect, it } from 'vitest';
import { checkJd } from '../../../electron/core/jd/check';
import { jdCheckData } from '../../../electron/core/jd/data';
import { splitJdText } from '../../../shared/domain/jd';
import { inCanada } from '../../../shared/domain/jd/canada';
import { inferJdContext } from '../../../shared/domain/jd/infer';

/** A senior posting with a place line under the title and the pay under its heading. */
const posting = (place: string, pay = 'Salary: competitive') =>
  [
    'Senior Backend Engineer (Go)',
    place,
    '',
    'About the role',
    'You will own the ledger service that settles card payments for 2,000 merchants.',
    '',
    'Requirements',
    '- 6+ years building backend services in Go',
    '',
    'Compensation',
    pay,
    '',
  ].join('\n');

const located = (place: string) => inferJdContext(splitJdText(posting(place)), jdCheckData()).location;

describe('the place inferred from a posting placed in Canada', () => {
  it.each([
    ['Toronto, ON · Hybrid', 'Toronto, ON, Canada'],
    ['Location: Vancouver, British Columbia', 'Vancouver, BC, Canada'],
    ['Montréal, QC (hybrid, two days in the office)', 'Montréal, QC, Canada'],
    ['Quebec City, Quebec', 'Quebec City, QC, Canada'],
    ['Kelowna, BC', 'Kelowna, BC, Canada'],
    ['Toronto, Ontario, Canada · Full-time', 'Toronto, ON, Canada'],
    ['Calgary · Onsite', 'Calgary, AB, Canada'],
    ['Remote (Canada)', 'Canada'],
  ])('reads "%s" as %s', (place, location) => {
    expect(located(place)).toBe(location);
  });

  it('still reads a US place as one, a US city named like a province included', () => {
    expect(located('Austin, TX · Hybrid')).toBe('Austin, TX');
    expect(located('New Brunswick, NJ')).toBe('New Brunswick, NJ');
    expect(located('Seattle, WA or Vancouver, BC')).toBe('Seattle, WA');
  });
});

describe('pay in a posting inferred to be in Canada', () => {
  const today = new Date('2026-06-01T12:00:00Z');
  const run = (place: string) =>
    checkJd({ text: posting(place, '$95,000 - $110,000 base'), infer: true }, today);

  it('is never held against the US band, which the report says is a US one', () => {
    const toronto = run('Toronto, ON · Hybrid');
    expect(toronto.inferred?.location).toBe('Toronto, ON, Canada');
    expect(toronto.report.findings.map((f) => f.id)).not.toContain('pay-out-of-band');
    expect(toronto.inferred?.bandBasis).toContain('in the US, as the advisor has no figures for Canada');
    // The same range under a US place is below the band.
    const austin = run('Austin, TX · Hybrid');
    expect(austin.report.findings.map((f) => f.id)).toContain('pay-out-of-band');
    expect(austin.inferred?.bandBasis).toContain('in Austin, TX');
  });

  it('bands "Cambridge, ON" with no US metro of the same name', () => {
    const band = (place: string) => checkJd({ text: posting(place), infer: true }, today).inferred?.band;
    expect(band('Cambridge, ON')).toEqual(band('Toronto, ON'));
    // Cambridge, MA is in the Boston metro, whose band is higher than the national one.
    expect(band('Cambridge, MA')?.min).toBeGreaterThan(band('Toronto, ON')?.min ?? Number.POSITIVE_INFINITY);
  });
});

describe('a location as written', () => {
  it.each([
    ['Toronto, ON, Canada', true],
    ['Halifax, Nova Scotia', true],
    ['Remote (Canada)', true],
    ['Remote: US or Canada', false],
    ['Cambridge, MA', false],
    ['Ontario', false],
  ])('"%s" is in Canada: %s', (location, expected) => {
    expect(inCanada(location)).toBe(expected);
  });
});
