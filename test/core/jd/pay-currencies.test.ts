import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { findPayRange, splitJdText } from '../../../shared/domain/jd';
import { singleFigure } from '../../../shared/domain/jd/checks/pay-read';
import { inferJdContext } from '../../../shared/domain/jd/infer';
import { jdTextToRoleSpec } from '../../../shared/domain/jd/to-role-spec';
import { buildView } from '../../../shared/domain/jd/view';
import { check } from './helpers';

/** A short posting: a title, a place line, and the pay line under a compensation heading. */
const posting = (pay: string, place = 'Location: Denver, CO') =>
  [
    'Senior Backend Engineer (Go)',
    place,
    '',
    'About the role',
    'You will own the ledger service that settles card payments for our merchants.',
    '',
    'Compensation',
    pay,
    '',
  ].join('\n');

const payIn = (pay: string, place?: string) => findPayRange(buildView(splitJdText(posting(pay, place))));

describe('pay in the currencies and number formats of postings outside the US', () => {
  it.each([
    ['€75.000–€90.000 gross per year', 75_000, 90_000, 'EUR', 'year'],
    ['€75k-90k', 75_000, 90_000, 'EUR', 'year'],
    ["CHF 120'000-140'000", 120_000, 140_000, 'CHF', 'year'],
    ['£70,000 - £85,000 + benefits', 70_000, 85_000, 'GBP', 'year'],
    ['SGD 8,000-10,000 per month', 96_000, 120_000, 'SGD', 'month'],
    ['CA$130,000–150,000', 130_000, 150_000, 'CAD', 'year'],
    ['R$ 15.000 a 20.000 por mês', 180_000, 240_000, 'BRL', 'month'],
    ['¥8,000,000-10,000,000', 8_000_000, 10_000_000, 'JPY', 'year'],
    ['Base salary of €80,000 to €95,000', 80_000, 95_000, 'EUR', 'year'],
    ['Fixed pay of ₹35,00,000 – ₹45,00,000 per annum', 3_500_000, 4_500_000, 'INR', 'year'],
    ['Salary: 35-45 LPA', 3_500_000, 4_500_000, 'INR', 'year'],
    ['CTC ₹35L-₹45L', 3_500_000, 4_500_000, 'INR', 'year'],
    ['Rs. 18,50,000 - Rs. 24,00,000 a year', 1_850_000, 2_400_000, 'INR', 'year'],
    ['NZD 140,000 - 160,000', 140_000, 160_000, 'NZD', 'year'],
    ['Salary: 150,000 - 180,000 (CAD)', 150_000, 180_000, 'CAD', 'year'],
    ['HK$600,000-HK$720,000', 600_000, 720_000, 'HKD', 'year'],
  ])('reads "%s" as a range', (line, min, max, currency, period) => {
    expect(payIn(line)).toMatchObject({ min, max, currency, period });
  });

  it('reads a figure with "+ super" as one Australian figure, not as an open-ended one', () => {
    const figure = singleFigure(buildView(splitJdText(posting('A$160k + super'))));
    expect(figure).toMatchObject({ openEnded: false });
    expect(figure?.span.text).toMatch(/^A\$160k/);
    // "$150k+" with no space is still an open lower bound.
    expect(singleFigure(buildView(splitJdText(posting('$150k+ DOE'))))).toMatchObject({ openEnded: true });
  });
});

describe('what a bare "$" is', () => {
  it('is US dollars in a posting placed in the US', () => {
    expect(payIn('$150k-$180k')).toMatchObject({ currency: 'USD', min: 150_000, max: 180_000 });
    expect(payIn('$150k-$180k', 'Remote (US)')).toMatchObject({ currency: 'USD' });
  });

  it.each([
    ['Sydney NSW', 'AUD'],
    ['Location: Melbourne, Australia', 'AUD'],
    ['Auckland, New Zealand', 'NZD'],
    ['Singapore (hybrid)', 'SGD'],
    ['Toronto, ON', 'CAD'],
    ['Vancouver, British Columbia', 'CAD'],
  ])('is the local dollar in a posting placed in %s', (place, currency) => {
    expect(payIn('$135k – $150k', place)).toMatchObject({ currency, min: 135_000, max: 150_000 });
  });

  it('reads a board\'s pay chip with its period capitalised on the next line, and a "Pte. Ltd." employer as Singapore', () => {
    const pay = payIn('$6,500 to $9,500\nMonthly', 'LIONGATE REMIT PTE. LTD.\nTanjong Pagar, Central');
    expect(pay).toMatchObject({ min: 78_000, max: 114_000, period: 'month', currency: 'SGD' });
    expect(payIn('$6,000 - $8,000 Monthly')).toMatchObject({ period: 'month', min: 72_000 });
  });

  it('is the local dollar when a figure says "+ super", wherever the posting is', () => {
    expect(payIn('$135k – $150k + super', 'Remote')).toMatchObject({ currency: 'AUD' });
  });

  it('is US dollars in a US posting that names a foreign office later on', () => {
    expect(payIn('$150k-$180k, plus equity. We also have an office in Toronto.')).toMatchObject({
      currency: 'USD',
    });
  });

  it('is US dollars when the posting names the US before another country', () => {
    expect(payIn('$150k-$180k', 'Remote: US & Canada')).toMatchObject({ currency: 'USD' });
    expect(payIn('$150k-$180k', 'New York or London')).toMatchObject({ currency: 'USD' });
  });

  it('reads "Perth, WA" as Australia when the posting names Australia more than the US', () => {
    expect(payIn('$135k – $150k', 'Perth, WA, Australia')).toMatchObject({ currency: 'AUD' });
    expect(payIn('$135k – $150k', 'Wellington, FL')).toMatchObject({ currency: 'USD' });
  });

  it('is the US dollar in a place whose own money is not a dollar', () => {
    expect(payIn('$150k-$180k', 'London, United Kingdom')).toMatchObject({ currency: 'USD' });
  });

  it('takes a code written before the "$" as the mark', () => {
    expect(payIn('AUD $135,000 - $150,000', 'Remote')).toMatchObject({ currency: 'AUD' });
    expect(payIn('$135,000 - $150,000 + 11.5% super', 'Remote')).toMatchObject({ currency: 'AUD' });
  });

  it('an explicit mark beats the place', () => {
    expect(payIn('US$150k-US$180k', 'Sydney NSW')).toMatchObject({ currency: 'USD' });
    expect(payIn('A$150k-A$180k')).toMatchObject({ currency: 'AUD' });
  });
});

describe('a figure with no mark at all', () => {
  it.each([
    ['Salary: 150,000 - 180,000', 'Denver, CO', 'USD'],
    ['Salary: 70.000 - 85.000 gross', 'Berlin, Germany', 'EUR'],
    ['CTC: 35 - 45 Lakhs per annum', 'Pune, India', 'INR'],
    ['CTC: 35 - 45 Lakhs per annum', 'Remote', 'INR'],
    ['CTC ₹25 LPA – ₹35 LPA', 'Remote', 'INR'],
    ["120'000 - 140'000 CHF", 'Remote', 'CHF'],
    ['Salary: 150,000 - 180,000', 'Remote (Colorado)', 'USD'],
  ])('"%s" (%s) is in the money of the place: %s', (pay, place, currency) => {
    expect(payIn(pay, place)).toMatchObject({ currency });
  });

  it('reads "¥" as yen unless the posting is placed in China', () => {
    expect(payIn('¥8,000,000-10,000,000', 'Tokyo, Japan')).toMatchObject({ currency: 'JPY' });
    expect(payIn('¥400,000-¥550,000 per year', 'Shanghai, China')).toMatchObject({ currency: 'CNY' });
  });
});

describe('the band is a US band', () => {
  const band = { payBand: { min: 165_000, max: 215_000 }, payBandInferred: true };

  it('compares a US posting with it', () => {
    expect(check(posting('$120k-$135k base'), band).of('pay-out-of-band')).toHaveLength(1);
    expect(check(posting('Salary: 120,000 - 135,000'), band).of('pay-out-of-band')).toHaveLength(1);
  });

  it.each([
    ['$120k-$135k base + super', 'Sydney NSW'],
    ['$120k-$135k base', 'Toronto, ON'],
    ['€75.000–€90.000', 'Amsterdam, Netherlands'],
    ['Salary: 70,000 - 85,000', 'Dublin, Ireland'],
    ['₹35,00,000 – ₹45,00,000 per annum', 'Bengaluru, India'],
  ])('never compares "%s" (%s) with it, and reads it as a posted range', (pay, place) => {
    const { of } = check(posting(pay, place), band);
    expect(of('pay-out-of-band')).toEqual([]);
    expect(of('missing-pay-range')).toEqual([]);
  });
});

describe('the place inferred from a posting', () => {
  const located = (place: string) =>
    inferJdContext(splitJdText(posting('Salary: competitive', place)), jdCheckData()).location;

  it('is no US location when the posting is placed abroad under a US-looking "City, ST"', () => {
    expect(located('Perth, WA, Australia')).toBeNull();
    expect(located('Seattle, WA')).toBe('Seattle, WA');
  });
});

describe('a posting placed abroad with no range', () => {
  it('is told to post one in its own money, not shown a US dollar band', () => {
    const band = { payBand: { min: 165_000, max: 215_000 }, payBandInferred: true };
    const [abroad] = check(posting('Salary: competitive', 'Melbourne, Australia'), band).of(
      'missing-pay-range',
    );
    expect(abroad?.fix).not.toContain('$');
    const [home] = check(posting('Salary: competitive'), band).of('missing-pay-range');
    expect(home?.fix).toContain('$165,000-$215,000');
  });
});

describe('the posted range in a role spec made from a posting', () => {
  const specPay = (pay: string, place: string) => jdTextToRoleSpec(splitJdText(posting(pay, place))).spec.pay;

  it('keeps the currency the posting reads in', () => {
    expect(specPay('$118,000 – $142,000 CAD', 'Remote')).toEqual({
      min: 118_000,
      max: 142_000,
      currency: 'CAD',
    });
    expect(specPay('$118,000 – $142,000', 'Toronto, ON')).toMatchObject({ currency: 'CAD' });
    expect(specPay('$150k-$180k', 'Austin, TX')).toMatchObject({ currency: 'USD' });
  });

  it('leaves out a range in a currency a role spec cannot hold instead of filing it as dollars', () => {
    expect(specPay('$135k – $150k + super', 'Sydney NSW')).toMatchObject({ min: null, max: null });
  });
});
