import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompInput, compInput } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import { type CompData, compData } from '../../../shared/domain/comp/comp-data';
import { roleArchetypes } from '../../../shared/roles';

/**
 * How the modifiers combine, held to ../shared/domain/roles-and-pay.md: one coastal rule for
 * every archetype, each premium only at the levels the domain names it for, and no band
 * above what any source supports.
 */

const data: CompData = compData.parse(shipped);
const advise = (over: Partial<CompInput>) => adviseComp(compInput(over), data);
const levels = ['junior', 'mid', 'senior', 'lead'] as const;

describe('coastal premium', () => {
  it('never lifts an archetype with a lower base band above another on the coast', () => {
    for (const level of levels) {
      for (const a of roleArchetypes) {
        for (const b of roleArchetypes) {
          const baseA = advise({ archetype: a, level }).band;
          const baseB = advise({ archetype: b, level }).band;
          const coastA = advise({ archetype: a, level, metro: 'New York' }).band;
          const coastB = advise({ archetype: b, level, metro: 'New York' }).band;
          if (!baseA || !baseB || !coastA || !coastB) throw new Error('no band');
          if (baseA.max < baseB.max)
            expect(coastA.max, `${a} vs ${b}, ${level}`).toBeLessThanOrEqual(coastB.max);
          if (baseA.min < baseB.min)
            expect(coastA.min, `${a} vs ${b}, ${level}`).toBeLessThanOrEqual(coastB.min);
        }
      }
    }
  });

  it('tops a coastal senior edge role under the coastal senior API offer', () => {
    const edge = advise({ archetype: 'edge', level: 'senior', city: 'Seattle' }).band;
    const api = advise({ archetype: 'api', level: 'senior', city: 'Seattle' }).band;
    expect(api).toEqual({ min: 175_000, max: 215_000 });
    // 150 x 175/155 = 169.4 -> 169; 195 x 215/200 = 209.6 -> 210
    expect(edge).toEqual({ min: 169_000, max: 210_000 });
  });
});

describe('premiums only at the levels the domain names', () => {
  it('gives a junior no regulated-industry premium, and says so', () => {
    const plain = advise({ archetype: 'api', level: 'junior' });
    for (const industry of ['financial-services', 'healthcare'] as const) {
      for (const archetype of roleArchetypes) {
        const got = advise({ archetype, level: 'junior', industry });
        expect(got.band).toEqual(plain.band);
        expect(got.steps.map((s) => s.id)).toEqual(['base']);
        expect(got.steps[0]?.detail).toContain('left out for a junior hire');
      }
    }
  });

  it('gives the specialty premium to senior only, not to lead', () => {
    const lead = advise({ archetype: 'platform', level: 'lead', specialty: true });
    expect(lead.band).toEqual({ min: 215_000, max: 265_000 });
    expect(lead.steps.map((s) => s.id)).toEqual(['base']);
    const senior = advise({ archetype: 'platform', level: 'senior', specialty: true });
    expect(senior.steps.map((s) => s.id)).toEqual(['base', 'senior-specialty']);
  });
});

describe('compounding', () => {
  it('warns when the premiums carry the band past every figure the sources give for the level', () => {
    // The case: a platform lead in New York, finance, specialty reached $294K-$427K.
    const got = advise({
      archetype: 'platform',
      level: 'lead',
      city: 'New York',
      industry: 'financial-services',
      specialty: true,
    });
    const warning = got.warnings.find((w) => w.id === 'band-above-sources');
    expect(warning?.severity).toBe('warning');
    // The JD guide's staff/principal row ($180K-$300K+) is the highest lead figure in the data.
    expect(warning?.message).toContain('no source supports');
    expect(warning?.message).toContain('$300K');
    expect(warning?.message).toContain('JD guide');
  });

  it('warns for every combination whose top passes the highest supported figure, and only those', () => {
    // SF entry row; KORE1's platform mid-through-senior span; SF senior row; JD guide staff row.
    const ceiling = { junior: 130_000, mid: 185_000, senior: 280_000, lead: 300_000 };
    for (const level of levels) {
      for (const archetype of roleArchetypes) {
        for (const industry of [null, 'financial-services', 'healthcare'] as const) {
          const got = advise({ archetype, level, industry, metro: 'San Francisco', specialty: true });
          const warned = got.warnings.some((w) => w.id === 'band-above-sources');
          expect(warned, `${archetype} ${level} ${industry}`).toBe((got.band?.max ?? 0) > ceiling[level]);
        }
      }
    }
  });

  it('says nothing about a band inside the sources', () => {
    const got = advise({ archetype: 'api', level: 'senior', industry: 'healthcare' });
    expect(got.warnings.map((w) => w.id)).not.toContain('band-above-sources');
  });
});

describe('sources of the reference premiums', () => {
  it('credits the cloud-architect certification premium to the JD guide, which names it', () => {
    const cert = data.modifiers.find((m) => m.id === 'mod-cloud-architect-cert');
    expect(cert?.sourceId).toBe('jd-guide');
    expect(data.sources.find((s) => s.id === cert?.sourceId)?.year).toBe(2025);
  });
});
