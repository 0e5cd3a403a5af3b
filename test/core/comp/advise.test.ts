import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompAdvice, type CompInput, compInput } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import { type CompData, compData } from '../../../shared/domain/comp/comp-data';

/**
 * Every band and modifier of ../shared/domain/roles-and-pay.md, reproduced through the
 * advisor with the shipped data. The expected figures are worked out by hand from the
 * domain file in the comments (x1.15 means "+15%"); each step rounds to the nearest $1,000,
 * a half up, and the next step starts from the rounded figure.
 */

const data: CompData = compData.parse(shipped);
const K = 1000;

const spec = (over: Partial<CompInput> = {}): CompInput => compInput(over);

const posted = (min: number | null, max: number | null) => ({ min, max, currency: 'USD' as const });

interface BandCase {
  name: string;
  input: Partial<CompInput>;
  /** In thousands of dollars. */
  band: [number, number];
  steps: CompAdvice['steps'][number]['id'][];
}

const bandCases: BandCase[] = [
  // The archetype x level table (KORE1), non-coastal, no industry premium.
  { name: 'API mid', input: { archetype: 'api', level: 'mid' }, band: [115, 145], steps: ['base'] },
  { name: 'API senior', input: { archetype: 'api', level: 'senior' }, band: [155, 200], steps: ['base'] },
  { name: 'API lead', input: { archetype: 'api', level: 'lead' }, band: [190, 245], steps: ['base'] },
  { name: 'data mid', input: { archetype: 'data', level: 'mid' }, band: [125, 165], steps: ['base'] },
  { name: 'data senior', input: { archetype: 'data', level: 'senior' }, band: [165, 215], steps: ['base'] },
  { name: 'data lead', input: { archetype: 'data', level: 'lead' }, band: [205, 255], steps: ['base'] },
  { name: 'platform mid', input: { archetype: 'platform', level: 'mid' }, band: [135, 175], steps: ['base'] },
  {
    name: 'platform senior',
    input: { archetype: 'platform', level: 'senior' },
    band: [175, 220],
    steps: ['base'],
  },
  {
    name: 'platform lead',
    input: { archetype: 'platform', level: 'lead' },
    band: [215, 265],
    steps: ['base'],
  },
  { name: 'edge mid', input: { archetype: 'edge', level: 'mid' }, band: [115, 150], steps: ['base'] },
  { name: 'edge senior', input: { archetype: 'edge', level: 'senior' }, band: [150, 195], steps: ['base'] },
  { name: 'edge lead', input: { archetype: 'edge', level: 'lead' }, band: [190, 240], steps: ['base'] },
  // Junior: BLS p10-p25 $79,850-$103,050 -> $80K-$103K, whatever the archetype.
  {
    name: 'API junior (BLS entry)',
    input: { archetype: 'api', level: 'junior' },
    band: [80, 103],
    steps: ['base'],
  },
  {
    name: 'platform junior (BLS entry)',
    input: { archetype: 'platform', level: 'junior' },
    band: [80, 103],
    steps: ['base'],
  },

  // Coastal. API mid and the senior API offer are quoted outright for the coast: they replace the base.
  {
    name: 'API mid, San Francisco: KORE1 coastal band $135K-$165K',
    input: { archetype: 'api', level: 'mid', metro: 'San Francisco' },
    band: [135, 165],
    steps: ['base', 'coastal'],
  },
  {
    name: 'API senior, NYC: the coastal offer $175K-$215K',
    input: { archetype: 'api', level: 'senior', metro: 'NYC' },
    band: [175, 215],
    steps: ['base', 'coastal'],
  },
  // 190 x1.15 = 218.5 -> 219; 245 x1.22 = 298.9 -> 299
  {
    name: 'API lead, Seattle: +15%/+22%',
    input: { archetype: 'api', level: 'lead', city: 'Seattle' },
    band: [219, 299],
    steps: ['base', 'coastal'],
  },
  // Every archetype gets the lift KORE1's coastal quote gives API at that level:
  // senior 175/155 on the low end, 215/200 on the high end; mid 135/115 and 165/145.
  // 165 x175/155 = 186.3 -> 186; 215 x215/200 = 231.1 -> 231
  {
    name: 'data senior, Boston-Cambridge',
    input: { archetype: 'data', level: 'senior', metro: 'Boston-Cambridge' },
    band: [186, 231],
    steps: ['base', 'coastal'],
  },
  // 135 x135/115 = 158.5 -> 158; 175 x165/145 = 199.1 -> 199
  {
    name: 'platform mid, SF Bay Area',
    input: { archetype: 'platform', level: 'mid', metro: 'SF Bay Area' },
    band: [158, 199],
    steps: ['base', 'coastal'],
  },
  // 150 x175/155 = 169.4 -> 169; 195 x215/200 = 209.6 -> 210
  {
    name: 'edge senior, city "Seattle, WA"',
    input: { archetype: 'edge', level: 'senior', city: 'Seattle, WA' },
    band: [169, 210],
    steps: ['base', 'coastal'],
  },
  // 80 x1.15 = 92; 103 x1.22 = 125.66 -> 126
  {
    name: 'API junior, Boston',
    input: { archetype: 'api', level: 'junior', city: 'Boston' },
    band: [92, 126],
    steps: ['base', 'coastal'],
  },
  // 125 x135/115 = 146.7 -> 147; 165 x165/145 = 187.8 -> 188
  {
    name: 'data mid, "new york city"',
    input: { archetype: 'data', level: 'mid', metro: 'new york city' },
    band: [147, 188],
    steps: ['base', 'coastal'],
  },

  // Financial services / healthcare: +8% / +15%.
  // 155 x1.08 = 167.4 -> 167; 200 x1.15 = 230
  {
    name: 'API senior, healthcare',
    input: { archetype: 'api', level: 'senior', industry: 'healthcare' },
    band: [167, 230],
    steps: ['base', 'regulated-industry'],
  },
  // 135 x1.08 = 145.8 -> 146; 175 x1.15 = 201.25 -> 201
  {
    name: 'platform mid, financial services',
    input: { archetype: 'platform', level: 'mid', industry: 'financial-services' },
    band: [146, 201],
    steps: ['base', 'regulated-industry'],
  },
  // 190 x1.08 = 205.2 -> 205; 240 x1.15 = 276
  {
    name: 'edge lead, healthcare',
    input: { archetype: 'edge', level: 'lead', industry: 'healthcare' },
    band: [205, 276],
    steps: ['base', 'regulated-industry'],
  },
  {
    name: 'API mid, SaaS (not regulated)',
    input: { archetype: 'api', level: 'mid', industry: 'saas' },
    band: [115, 145],
    steps: ['base'],
  },

  // Senior specialty: +10% / +15%, senior only (the domain names it for senior level).
  // 155 x1.10 = 170.5 -> 171; 200 x1.15 = 230
  {
    name: 'API senior, specialty',
    input: { archetype: 'api', level: 'senior', specialty: true },
    band: [171, 230],
    steps: ['base', 'senior-specialty'],
  },
  {
    name: 'platform lead, specialty ignored above senior',
    input: { archetype: 'platform', level: 'lead', specialty: true },
    band: [215, 265],
    steps: ['base'],
  },
  {
    name: 'API mid, specialty ignored below senior',
    input: { archetype: 'api', level: 'mid', specialty: true },
    band: [115, 145],
    steps: ['base'],
  },

  // Regulated data-intensive: +$20K / +$35K, in place of the +8-15%.
  {
    name: 'data mid, healthcare',
    input: { archetype: 'data', level: 'mid', industry: 'healthcare' },
    band: [145, 200],
    steps: ['base', 'regulated-data'],
  },
  {
    name: 'data lead, financial services',
    input: { archetype: 'data', level: 'lead', industry: 'financial-services' },
    band: [225, 290],
    steps: ['base', 'regulated-data'],
  },

  // Combinations.
  // The senior API offer of the domain file: $175K-$215K in SF, then +8-15%, then +10-15%.
  // 175 x1.08 = 189; 215 x1.15 = 247.25 -> 247; then 189 x1.10 = 207.9 -> 208; 247 x1.15 = 284.05 -> 284
  {
    name: 'API senior, SF, healthcare, specialty (the closing offer chain)',
    input: {
      archetype: 'api',
      level: 'senior',
      metro: 'San Francisco',
      industry: 'healthcare',
      specialty: true,
    },
    band: [208, 284],
    steps: ['base', 'coastal', 'regulated-industry', 'senior-specialty'],
  },
  // 186-231 (coastal as above), then 186 x1.10 = 204.6 -> 205 / 231 x1.15 = 265.65 -> 266, then +20/+35
  {
    name: 'data senior, Boston, healthcare, specialty',
    input: { archetype: 'data', level: 'senior', metro: 'Boston', industry: 'healthcare', specialty: true },
    band: [225, 301],
    steps: ['base', 'coastal', 'senior-specialty', 'regulated-data'],
  },
  // 175 x175/155 = 197.6 -> 198; 220 x215/200 = 236.5 -> 237; then 198 x1.08 = 213.8 -> 214; 237 x1.15 = 272.55 -> 273
  {
    name: 'platform senior, NYC, financial services',
    input: { archetype: 'platform', level: 'senior', city: 'New York', industry: 'financial-services' },
    band: [214, 273],
    steps: ['base', 'coastal', 'regulated-industry'],
  },

  // Remote: no coastal premium (the hire need not live there), no discount applied to the band.
  {
    name: 'API senior, remote, company in San Francisco',
    input: { archetype: 'api', level: 'senior', metro: 'San Francisco', workMode: 'remote' },
    band: [155, 200],
    steps: ['base'],
  },
  {
    name: 'data senior, hybrid in Denver (not coastal)',
    input: { archetype: 'data', level: 'senior', metro: 'Denver', workMode: 'hybrid' },
    band: [165, 215],
    steps: ['base'],
  },
];

describe('recommended band', () => {
  it.each(bandCases)('$name', ({ input, band, steps }) => {
    const advice = adviseComp(spec(input), data);
    expect(advice.missing).toEqual([]);
    expect(advice.band).toEqual({ min: band[0] * K, max: band[1] * K });
    expect(advice.steps.map((s) => s.id)).toEqual(steps);
    // The last step's band is the recommendation, and every step names a source with a year.
    expect(advice.steps.at(-1)?.band).toEqual(advice.band);
    for (const step of advice.steps) {
      expect(step.source.label).not.toBe(step.source.sourceId);
      expect(step.source.year).toBeGreaterThanOrEqual(2024);
      expect(step.detail.length).toBeGreaterThan(20);
    }
  });

  it('shows the arithmetic of a percentage step: the low % on the low end, the high % on the high end', () => {
    // No coastal quote covers lead, so the percentage applies.
    const advice = adviseComp(spec({ archetype: 'data', level: 'lead', metro: 'Boston' }), data);
    const coastal = advice.steps.find((s) => s.id === 'coastal');
    expect(coastal?.label).toBe('Coastal metro (Boston): +15% to +22%');
    expect(coastal?.detail).toContain('$205K x 1.15 = $235,750, rounded to $236K');
    expect(coastal?.detail).toContain('$255K x 1.22 = $311,100, rounded to $311K');
  });

  it('says where the coastal quote replaces the percentage, and where the data premium replaces the industry one', () => {
    const api = adviseComp(spec({ archetype: 'api', level: 'senior', metro: 'Boston' }), data);
    expect(api.steps[1]?.detail).toMatch(/replaces the base band.*not added on top/);
    expect(api.steps[1]?.source.sourceId).toBe('kore1-jd-template');
    const dataRole = adviseComp(spec({ archetype: 'data', level: 'mid', industry: 'healthcare' }), data);
    expect(dataRole.steps[1]?.detail).toContain('$125K + $20K = $145K');
    expect(dataRole.steps[1]?.detail).toContain('not stacked');
  });

  it('takes the junior base from BLS entry level, says so, and flags it', () => {
    const advice = adviseComp(spec({ archetype: 'edge', level: 'junior' }), data);
    expect(advice.steps[0]?.source).toMatchObject({ sourceId: 'bls-oes', year: 2024 });
    expect(advice.steps[0]?.detail).toMatch(
      /BLS entry-level span.*10th to 25th percentile.*\$79,850-\$103,050/,
    );
    expect(advice.warnings).toContainEqual(
      expect.objectContaining({ id: 'no-band-for-level', severity: 'info' }),
    );
    expect(
      adviseComp(spec({ archetype: 'edge', level: 'mid' }), data).warnings.map((w) => w.id),
    ).not.toContain('no-band-for-level');
  });

  it('explains, in the base step, a remote coastal role and a specialty below senior', () => {
    const remote = adviseComp(
      spec({ archetype: 'api', level: 'senior', metro: 'Seattle', workMode: 'remote' }),
      data,
    );
    expect(remote.steps[0]?.detail).toContain('coastal premium for Seattle is left out');
    const mid = adviseComp(spec({ archetype: 'api', level: 'mid', specialty: true }), data);
    expect(mid.steps[0]?.detail).toContain('senior hires only');
  });

  it('follows the data it is given: an edited modifier changes the band', () => {
    const edited: CompData = {
      ...data,
      modifiers: data.modifiers.map((m) => (m.id === 'mod-coastal' ? { ...m, min: 10, max: 10 } : m)),
    };
    // 205 x1.10 = 225.5 -> 226; 255 x1.10 = 280.5 -> 281
    expect(adviseComp(spec({ archetype: 'data', level: 'lead', metro: 'Boston' }), edited).band).toEqual({
      min: 226 * K,
      max: 281 * K,
    });
  });
});

describe('coastal metro matching', () => {
  const coastalFor = (place: Partial<CompInput>) =>
    adviseComp(spec({ archetype: 'data', level: 'senior', ...place }), data).steps.find(
      (s) => s.id === 'coastal',
    )?.label ?? null;

  it.each([
    [{ metro: 'Boston' }, 'Boston'],
    [{ metro: 'boston-cambridge' }, 'Boston'],
    [{ metro: 'Boston-Cambridge-Nashua' }, 'Boston'],
    [{ metro: 'SF Bay Area' }, 'San Francisco'],
    [{ metro: 'San Francisco-Oakland-Berkeley' }, 'San Francisco'],
    [{ city: 'San Jose' }, 'San Francisco'],
    [{ metro: 'NYC' }, 'New York'],
    [{ city: 'Brooklyn' }, 'New York'],
    [{ metro: 'New York-Newark-Jersey City' }, 'New York'],
    [{ metro: 'SEATTLE-TACOMA-BELLEVUE' }, 'Seattle'],
    [{ city: 'Bellevue' }, 'Seattle'],
  ])('%o is %s', (place, metro) => {
    expect(coastalFor(place)).toContain(`(${metro})`);
  });

  it.each([
    [{ metro: 'Sfax' }],
    [{ state: 'New York', city: 'Buffalo' }],
    [{ state: 'Washington', city: 'Spokane' }],
    [{ metro: 'Austin' }],
    [{ metro: 'Newport' }],
    [{ metro: '' }],
  ])('%o is not coastal', (place) => {
    expect(coastalFor(place)).toBeNull();
  });
});

describe('missing archetype or level', () => {
  it('gives no band and names what is missing, but still compares and warns', () => {
    const advice = adviseComp(spec({ level: 'senior' }), data);
    expect(advice.missing).toEqual(['archetype']);
    expect(advice.band).toBeNull();
    expect(advice.steps).toEqual([]);
    expect(advice.warnings.map((w) => w.id)).toEqual(['pay-missing']);
    expect(advice.comparisons.map((c) => c.label)).toContain('BLS, senior (50th-75th percentile)');
    expect(advice.totalCost).toBeNull();
    // A spec with no archetype runs like an "all of them" search: past 60 days.
    expect(advice.timeToFill).toMatchObject({ minDays: 60, maxDays: 60, openEnded: true });
  });

  it('lists both when neither is set, and costs the posted range', () => {
    const advice = adviseComp(spec({ pay: posted(100 * K, 120 * K) }), data);
    expect(advice.missing).toEqual(['archetype', 'level']);
    // 100 x1.20 = 120; 120 x1.30 = 156
    expect(advice.totalCost).toMatchObject({ min: 120 * K, max: 156 * K, basis: 'posted' });
  });

  it('has no time to fill when only the level is missing', () => {
    expect(adviseComp(spec({ archetype: 'api' }), data).timeToFill).toBeNull();
  });
});

describe('pay warnings', () => {
  const apiSenior = (pay: CompInput['pay']) =>
    adviseComp(spec({ archetype: 'api', level: 'senior', pay }), data);
  // The band is $155K-$200K; "well below" means a minimum under 155 x 0.9 = $139,500.
  it.each([
    ['nothing posted', posted(null, null), [['pay-missing', 'error']]],
    ['only a minimum', posted(160 * K, null), [['pay-partial', 'warning']]],
    ['only a maximum', posted(null, 190 * K), [['pay-partial', 'warning']]],
    ['the whole range under the band', posted(120 * K, 150 * K), [['pay-below-band', 'error']]],
    ['a minimum well under the floor', posted(130 * K, 210 * K), [['pay-below-band', 'warning']]],
    ['a minimum just inside the tolerance', posted(140 * K, 200 * K), []],
    ['a range inside the band', posted(160 * K, 195 * K), []],
    ['a range above the band', posted(205 * K, 240 * K), [['pay-above-band', 'info']]],
    [
      'only a maximum, under the band',
      posted(null, 150 * K),
      [
        ['pay-partial', 'warning'],
        ['pay-below-band', 'error'],
      ],
    ],
  ] as const)('%s', (_name, pay, expected) => {
    const warnings = apiSenior(pay).warnings.map((w) => [w.id, w.severity]);
    expect(warnings).toEqual(expected);
  });

  it('says why a missing range matters, in one message', () => {
    const [warning] = apiSenior(posted(null, null)).warnings;
    expect(warning?.message).toMatch(/half of qualified developers/);
    expect(warning?.message).toMatch(/pay-transparency laws/);
  });

  it('does not compare a range posted in another currency with a U.S. band, and says so', () => {
    const advice = apiSenior({ min: 50 * K, max: 60 * K, currency: 'EUR' });
    expect(advice.warnings.map((w) => [w.id, w.severity])).toEqual([['pay-other-currency', 'info']]);
    expect(advice.warnings[0]?.message).toContain('EUR');
    expect(advice.warnings[0]?.message).toContain('U.S. dollar');
    expect(advice.totalCost?.basis).toBe('recommended');
  });

  it('flags a single end posted in another currency too, and says nothing when nothing is posted', () => {
    const half = apiSenior({ min: 90 * K, max: null, currency: 'GBP' }).warnings.map((w) => w.id);
    expect(half).toEqual(['pay-partial', 'pay-other-currency']);
    const none = apiSenior({ min: null, max: null, currency: 'CAD' }).warnings.map((w) => w.id);
    expect(none).toEqual(['pay-missing']);
  });
});

describe('cost of the hire', () => {
  it('costs the posted range: salary +20% to +30%, agency fee 20% to 25%', () => {
    // The domain file's example: $110K of salary. 110 x1.20 = 132, 110 x1.30 = 143. (Its text
    // says $135K-$143K; the low end does not follow from +20%, so the percentages are kept.)
    const advice = adviseComp(
      spec({ archetype: 'api', level: 'mid', engagement: 'direct-hire', pay: posted(110 * K, 110 * K) }),
      data,
    );
    expect(advice.totalCost).toMatchObject({ min: 132 * K, max: 143 * K, basis: 'posted' });
    expect(advice.totalCost?.source.sourceId).toBe('hiring-guide');
    // 110 x 0.20 = 22; 110 x 0.25 = 27.5 -> 28
    expect(advice.agencyFee).toMatchObject({ min: 22 * K, max: 28 * K, basis: 'posted' });
  });

  it('costs the recommended band when nothing is posted, and has no agency fee for a contract', () => {
    const advice = adviseComp(spec({ archetype: 'api', level: 'senior', engagement: 'contract' }), data);
    // 155 x1.20 = 186; 200 x1.30 = 260
    expect(advice.totalCost).toMatchObject({ min: 186 * K, max: 260 * K, basis: 'recommended' });
    expect(advice.agencyFee).toBeNull();
    const cth = adviseComp(spec({ archetype: 'api', level: 'senior', engagement: 'contract-to-hire' }), data);
    // 155 x 0.20 = 31; 200 x 0.25 = 50
    expect(cth.agencyFee).toMatchObject({ min: 31 * K, max: 50 * K, basis: 'recommended' });
  });

  it('costs the band when only one end is posted', () => {
    const advice = adviseComp(spec({ archetype: 'edge', level: 'mid', pay: posted(120 * K, null) }), data);
    // 115 x1.20 = 138; 150 x1.30 = 195
    expect(advice.totalCost).toMatchObject({ min: 138 * K, max: 195 * K, basis: 'recommended' });
  });
});

describe('time to fill', () => {
  it.each([
    [
      'API senior, matched range: 17-day average to 30-day median',
      { archetype: 'api', level: 'senior', pay: posted(160 * K, 200 * K) },
      17,
      30,
    ],
    ['edge mid, matched range', { archetype: 'edge', level: 'mid', pay: posted(120 * K, 150 * K) }, 17, 30],
    [
      'data mid, matched range: 3-4 weeks',
      { archetype: 'data', level: 'mid', pay: posted(125 * K, 165 * K) },
      21,
      28,
    ],
    [
      'platform senior, matched range: 3-4 weeks',
      { archetype: 'platform', level: 'senior', pay: posted(175 * K, 220 * K) },
      21,
      28,
    ],
    ['lead: 6-10 weeks', { archetype: 'api', level: 'lead', pay: posted(190 * K, 245 * K) }, 42, 70],
    ['lead with no range: still 6-10 weeks', { archetype: 'data', level: 'lead' }, 42, 70],
    ['senior with no range: 45-60 days', { archetype: 'api', level: 'senior' }, 45, 60],
    [
      'mid below the band: 35-45 days',
      { archetype: 'api', level: 'mid', pay: posted(90 * K, 100 * K) },
      35,
      45,
    ],
    ['junior with no range: the mid window', { archetype: 'api', level: 'junior' }, 35, 45],
    [
      'API senior, range in EUR: not a matched search',
      { archetype: 'api', level: 'senior', pay: { min: 50 * K, max: 60 * K, currency: 'EUR' } },
      45,
      60,
    ],
    [
      'data mid, range in CAD: not a matched search',
      { archetype: 'data', level: 'mid', pay: { min: 130 * K, max: 160 * K, currency: 'CAD' } },
      35,
      45,
    ],
  ] as const)('%s', (_name, input, minDays, maxDays) => {
    const ttf = adviseComp(spec(input as Partial<CompInput>), data).timeToFill;
    expect(ttf).toMatchObject({ minDays, maxDays });
    expect(ttf?.summary).toMatch(/\d+ days/);
    expect(ttf?.source.year).toBeGreaterThanOrEqual(2025);
  });

  it('does not say a range in another currency meets the band', () => {
    const ttf = adviseComp(
      spec({ archetype: 'api', level: 'senior', pay: { min: 50 * K, max: 60 * K, currency: 'EUR' } }),
      data,
    ).timeToFill;
    expect(ttf?.summary).not.toContain('meets the band');
    expect(ttf?.summary).toContain('EUR');
  });
});

describe('comparisons', () => {
  const labelsOf = (input: Partial<CompInput>) => adviseComp(spec(input), data).comparisons;
  const find = (input: Partial<CompInput>, label: string) =>
    labelsOf(input).find((c) => c.label.startsWith(label));

  it.each([
    ['junior', 79_850, 103_050],
    ['mid', 103_050, 133_080],
    ['senior', 133_080, 169_000],
    ['lead', 169_000, 211_450],
  ] as const)('maps %s onto BLS percentiles', (level, min, max) => {
    expect(find({ archetype: 'api', level }, 'BLS, ')?.range).toEqual({ min, max });
  });

  it('puts both guides beside the band, the JD guide metro row, and the BLS state and metro', () => {
    const input: Partial<CompInput> = { archetype: 'api', level: 'mid', metro: 'Austin', state: 'TX' };
    expect(find(input, 'Hiring guide')).toMatchObject({
      range: { min: 77_000, max: 141_000 },
      median: 101_000,
    });
    expect(find(input, 'JD guide, national')?.range).toEqual({ min: 85_000, max: 140_000 });
    expect(find(input, 'JD guide, Austin')?.range).toEqual({ min: 95_000, max: 140_000 });
    expect(find(input, 'BLS, Austin')?.median).toBe(142_000);
    expect(find(input, 'BLS, Texas')).toBeUndefined();
    expect(find({ ...input, state: 'ca' }, 'BLS, California')?.median).toBe(170_910);
    expect(find({ ...input, state: 'Washington' }, 'BLS, Washington')?.median).toBe(163_440);
  });

  it("compares a lead with the staff row and the guides' top rows", () => {
    const input: Partial<CompInput> = { archetype: 'platform', level: 'lead', metro: 'Chicago' };
    expect(find(input, 'JD guide, national')).toMatchObject({ range: { min: 180_000, max: 300_000 } });
    expect(find(input, 'JD guide, national')?.note).toContain('open-ended');
    expect(find(input, 'Hiring guide')?.range).toEqual({ min: 122_000, max: 225_000 });
    expect(find(input, 'JD guide, Chicago')?.range).toEqual({ min: 128_000, max: 195_000 });
  });

  it('shows the remote discount beside the band for a remote role, without applying it', () => {
    const input: Partial<CompInput> = { archetype: 'api', level: 'senior', workMode: 'remote' };
    // 155 x 0.85 = 131.75 -> 132; 200 x 0.90 = 180
    expect(find(input, 'Remote')).toMatchObject({ range: { min: 132_000, max: 180_000 } });
    expect(find(input, 'JD guide, Remote (US)')?.range).toEqual({ min: 115_000, max: 180_000 });
    expect(adviseComp(spec(input), data).band).toEqual({ min: 155_000, max: 200_000 });
    expect(find({ archetype: 'api', level: 'senior', workMode: 'onsite' }, 'Remote')).toBeUndefined();
  });

  it('always lists the generic-posting benchmarks and national averages with their sources', () => {
    const all = labelsOf({});
    const figures = Object.fromEntries(all.map((c) => [c.source.sourceId, c.median ?? c.range]));
    expect(figures).toMatchObject({
      ziprecruiter: 128_400,
      glassdoor: 136_000,
      'built-in': 142_500,
      'levels-fyi': 198_000,
      'kore1-placements': 146_000,
      'kore1-benchmarks': { min: 128_000, max: 145_000 },
      payscale: 101_631,
      'template-site': 103_568,
    });
  });

  it("adds KORE1's platform mid-through-senior span for platform roles", () => {
    expect(find({ archetype: 'platform', level: 'mid' }, 'KORE1: Platform')?.range).toEqual({
      min: 135_000,
      max: 185_000,
    });
    expect(find({ archetype: 'platform', level: 'lead' }, 'KORE1: Platform')).toBeUndefined();
  });
});
