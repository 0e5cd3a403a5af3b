import { describe, expect, it } from 'vitest';
import { mergeEdits } from '../../../electron/core/comp/comp-data';
import shipped from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompInput, compInput } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import { type CompData, compData } from '../../../shared/domain/comp/comp-data';
import { findBlsMetro, findCoastalMetro, findMetroLevelRows } from '../../../shared/domain/comp/match';

/**
 * Coastal and BLS metros are read from one list of places: a city that earns the coastal
 * premium is the city whose BLS metro the advice lists, and the reverse. A city name only
 * counts when no state is given, or when the given state is one the metro covers.
 */

const data: CompData = compData.parse(shipped);

type Place = Partial<Pick<CompInput, 'metro' | 'city' | 'state'>>;

function input(place: Place): CompInput {
  return compInput({ archetype: 'data', level: 'senior', ...place });
}

const coastal = (place: Place) => findCoastalMetro(input(place), data);
const blsMetro = (place: Place) => findBlsMetro(input(place), data)?.metro ?? null;
const coastalStep = (place: Place) =>
  adviseComp(input(place), data).steps.find((s) => s.id === 'coastal')?.label ?? null;
const blsMetroComparisons = (place: Place) => {
  const metros = new Set(data.blsMetros.map((m) => `BLS, ${m.metro}`));
  return adviseComp(input(place), data)
    .comparisons.map((c) => c.label)
    .filter((label) => metros.has(label));
};

/** The BLS metro each coastal metro covers. */
const COASTAL_BLS: Record<string, string[]> = {
  'San Francisco': ['San Jose-Sunnyvale-Santa Clara', 'San Francisco-Oakland-Berkeley'],
  Seattle: ['Seattle-Tacoma-Bellevue'],
  'New York': ['New York-Newark-Jersey City'],
  Boston: ['Boston-Cambridge-Nashua'],
};

describe('places that earn the coastal premium', () => {
  it.each<[Place, string, string]>([
    [{ city: 'Sunnyvale' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ city: 'Santa Clara', state: 'CA' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ city: 'Palo Alto' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ city: 'Mountain View', state: 'California' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ city: 'Cupertino' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ metro: 'Silicon Valley' }, 'San Francisco', 'San Jose-Sunnyvale-Santa Clara'],
    [{ city: 'Berkeley' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ city: 'Oakland', state: 'CA' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ city: 'Redwood City' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ city: 'San Mateo, CA' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ metro: 'SF Bay Area' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ metro: 'San Francisco Bay Area' }, 'San Francisco', 'San Francisco-Oakland-Berkeley'],
    [{ city: 'Tacoma' }, 'Seattle', 'Seattle-Tacoma-Bellevue'],
    [{ city: 'Bellevue', state: 'WA' }, 'Seattle', 'Seattle-Tacoma-Bellevue'],
    [{ city: 'Redmond, Washington' }, 'Seattle', 'Seattle-Tacoma-Bellevue'],
    [{ city: 'Kirkland' }, 'Seattle', 'Seattle-Tacoma-Bellevue'],
    [{ city: 'Cambridge', state: 'MA' }, 'Boston', 'Boston-Cambridge-Nashua'],
    [{ city: 'Cambridge, Massachusetts' }, 'Boston', 'Boston-Cambridge-Nashua'],
    [{ city: 'Somerville' }, 'Boston', 'Boston-Cambridge-Nashua'],
    [{ city: 'Jersey City', state: 'New Jersey' }, 'New York', 'New York-Newark-Jersey City'],
    [{ city: 'Hoboken' }, 'New York', 'New York-Newark-Jersey City'],
    [{ city: 'New York, NY' }, 'New York', 'New York-Newark-Jersey City'],
    [{ city: 'Brooklyn New York' }, 'New York', 'New York-Newark-Jersey City'],
  ])('%o: %s, with the BLS metro %s listed', (place, metro, bls) => {
    expect(coastal(place)).toBe(metro);
    expect(coastalStep(place)).toContain(`(${metro})`);
    expect(blsMetro(place)).toBe(bls);
    expect(blsMetroComparisons(place)).toEqual([`BLS, ${bls}`]);
  });
});

describe('places that do not', () => {
  it.each<[Place]>([
    [{ metro: 'Tampa Bay Area' }],
    [{ metro: 'Green Bay Area' }],
    [{ metro: 'Bay Area' }],
    [{ city: 'Bellevue', state: 'NE' }],
    [{ city: 'Bellevue', state: 'Nebraska' }],
    [{ city: 'Bellevue, NE' }],
    [{ city: 'Bellevue NE' }],
    [{ city: 'Oakland', state: 'MI' }],
    [{ city: 'Oakland, Michigan' }],
    [{ city: 'Redmond', state: 'OR' }],
    [{ city: 'Redmond OR' }],
    [{ city: 'Cambridge', state: 'MD' }],
    [{ city: 'Sunnyvale', state: 'TX' }],
    [{ city: 'Manhattan', state: 'KS' }],
    [{ city: 'Rochester, New York' }],
    [{ city: 'Rochester', state: 'NY' }],
    [{ city: 'Seattle', state: 'somewhere' }],
  ])('%o', (place) => {
    expect(coastal(place)).toBeNull();
    expect(coastalStep(place)).toBeNull();
    expect(blsMetro(place)).toBeNull();
    expect(blsMetroComparisons(place)).toEqual([]);
    expect(findMetroLevelRows(input(place), data)).toEqual([]);
  });
});

describe('one list of places', () => {
  it('gives the coastal premium exactly where the advice lists a coastal BLS metro', () => {
    const places: Place[] = [
      'Sunnyvale',
      'Santa Clara',
      'Palo Alto',
      'Mountain View',
      'San Jose',
      'Berkeley',
      'Oakland',
      'Emeryville',
      'Tacoma',
      'Bellevue',
      'Redmond',
      'Seattle',
      'Cambridge',
      'Nashua',
      'Boston',
      'Manhattan',
      'Newark',
      'Jersey City',
      'Austin',
      'Denver',
      'Boulder',
      'Raleigh',
      'Chicago',
    ].flatMap((city) => [{ city }, { metro: city }]);
    for (const place of places) {
      const metro = coastal(place);
      const bls = blsMetro(place);
      const expected = Object.entries(COASTAL_BLS).find(([, list]) => bls !== null && list.includes(bls));
      expect(metro, JSON.stringify(place)).toBe(expected?.[0] ?? null);
    }
  });

  it('keeps the JD guide metro rows on the same places and state rule', () => {
    const rows = (place: Place) => findMetroLevelRows(input(place), data).map((r) => r.metro);
    expect(rows({ city: 'Palo Alto' })).toContain('San Francisco Bay Area');
    expect(rows({ city: 'Tacoma' })).toContain('Seattle');
    expect(rows({ city: 'Cambridge', state: 'MA' })).toContain('Boston');
    expect(rows({ city: 'Chicago', state: 'IL' })).toContain('Chicago');
    expect(rows({ city: 'Bellevue', state: 'NE' })).toEqual([]);
    expect(rows({ metro: 'Tampa Bay Area' })).toEqual([]);
  });

  it('has no bare "bay area" alias, and names each place once with its states', () => {
    const aliases = data.places.flatMap((p) => p.aliases);
    expect(aliases).not.toContain('bay area');
    expect(aliases).toEqual(expect.arrayContaining(['sf bay area', 'san francisco bay area']));
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const place of data.places) expect(place.states.length, place.id).toBeGreaterThan(0);
  });

  it('refuses a dataset whose metros name a place that does not exist', () => {
    const broken = {
      ...shipped,
      blsMetros: shipped.blsMetros.map((m, i) => (i === 0 ? { ...m, place: 'place-nowhere' } : m)),
    };
    expect(compData.safeParse(broken).error?.issues[0]?.message).toContain('place-nowhere');
  });

  it('still lays a stored figure edit over a BLS metro row', () => {
    const merged = mergeEdits(data, [
      {
        row_id: 'bls-metro-seattle',
        figures: '{"annual":170000}',
        year: 2025,
        updated: '2026-11-30',
        edited_at: '2026-11-30T10:00:00.000Z',
      },
    ]);
    expect(merged.blsMetros.find((m) => m.id === 'bls-metro-seattle')).toMatchObject({
      annual: 170_000,
      year: 2025,
      edited: true,
    });
    expect(findBlsMetro(input({ city: 'Tacoma' }), merged)?.annual).toBe(170_000);
  });
});
