import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompAdvice, compInputOf } from '../../../shared/domain/comp/advice';
import { type CompData, compData, compTableNames, findCompRow } from '../../../shared/domain/comp/comp-data';
import { emptyRoleSpec, type Role } from '../../../shared/roles';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';

const data: CompData = compData.parse(shipped);
const K = 1000;

/** The figures of a row by id, as [min, max] or the single value a table keeps. */
function row<T = Record<string, unknown>>(id: string): T {
  const found = findCompRow(data, id);
  if (!found) throw new Error(`no row ${id}`);
  return found.row as T;
}

describe('shipped comp data', () => {
  it('passes the schema, and every row names a source that exists, a year and a date', () => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    let rows = 0;
    for (const table of compTableNames)
      for (const r of data[table]) {
        rows++;
        expect(sourceIds, `${r.id} names ${r.sourceId}`).toContain(r.sourceId);
        expect(r.year).toBeGreaterThanOrEqual(2024);
        expect(r.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.label.length).toBeGreaterThan(0);
        expect(r.edited).toBeUndefined();
      }
    expect(rows).toBeGreaterThan(100);
  });

  it('refuses a dataset with a row whose source is unknown, a repeated id, or min above max', () => {
    const withRows = (bands: unknown[]) => compData.safeParse({ ...shipped, bands });
    const first = shipped.bands[0] as Record<string, unknown>;
    expect(withRows([{ ...first, sourceId: 'nobody' }]).error?.issues[0]?.message).toContain('nobody');
    expect(withRows([first, first]).error?.issues[0]?.message).toContain('used twice');
    expect(withRows([{ ...first, min: 300_000 }]).error?.issues[0]?.message).toContain('minimum is above');
    expect(withRows([{ ...first, min: 115 }]).error?.issues[0]?.message).toContain('looks like a typo');
  });

  it.each([
    ['api', [115, 145], [155, 200], [190, 245]],
    ['data', [125, 165], [165, 215], [205, 255]],
    ['platform', [135, 175], [175, 220], [215, 265]],
    ['edge', [115, 150], [150, 195], [190, 240]],
  ] as const)('has the %s bands for mid, senior and lead', (archetype, mid, senior, lead) => {
    for (const [level, [min, max]] of [
      ['mid', mid],
      ['senior', senior],
      ['lead', lead],
    ] as const)
      expect(row(`band-${archetype}-${level}`)).toMatchObject({
        archetype,
        levels: [level],
        variant: 'base',
        min: min * K,
        max: max * K,
        sourceId: 'kore1-jd-template',
        year: 2026,
      });
  });

  it('has the coastal quotes, the platform span and the modifiers', () => {
    expect(row('band-api-mid-coastal')).toMatchObject({ variant: 'coastal', min: 135 * K, max: 165 * K });
    expect(row('band-api-senior-coastal')).toMatchObject({ variant: 'coastal', min: 175 * K, max: 215 * K });
    expect(row('band-platform-span')).toMatchObject({
      levels: ['mid', 'senior'],
      min: 135 * K,
      max: 185 * K,
    });
    const mods = {
      'mod-coastal': [15, 22, 'percent'],
      'mod-regulated-industry': [8, 15, 'percent'],
      'mod-senior-specialty': [10, 15, 'percent'],
      'mod-regulated-data': [20_000, 35_000, 'usd'],
      'mod-remote': [-15, -10, 'percent'],
      'mod-cloud-infra': [10, 15, 'percent'],
      'mod-security': [15, 20, 'percent'],
      'mod-go-rust-k8s': [15, 25, 'percent'],
      'mod-cloud-architect-cert': [10, 15, 'percent'],
    };
    for (const [id, [min, max, unit]] of Object.entries(mods))
      expect(row(id)).toMatchObject({ min, max, unit });
    const coastal = row<{ metros: { name: string }[] }>('mod-coastal');
    expect(coastal.metros.map((m) => m.name)).toEqual(['San Francisco', 'Seattle', 'New York', 'Boston']);
  });

  it('has every generic-posting benchmark', () => {
    expect(row('bm-ziprecruiter')).toMatchObject({ value: 128_400, year: 2026 });
    expect(row('bm-glassdoor')).toMatchObject({ value: 136_000 });
    expect(row('bm-built-in')).toMatchObject({ value: 142_500 });
    expect(row('bm-levels-fyi')).toMatchObject({ value: 198_000, stat: 'total-comp' });
    expect(row('bm-kore1-placements')).toMatchObject({ value: 146_000 });
    expect(row('bm-generic-headline')).toMatchObject({ min: 128_000, max: 145_000, stat: 'range' });
    expect(row('bm-payscale')).toMatchObject({ value: 101_631 });
    expect(row('bm-template-site')).toMatchObject({ value: 103_568 });
  });

  it('has every BLS percentile, top state and top metro (May 2024)', () => {
    expect(data.blsPercentiles.map((p) => [p.percentile, p.annual, p.hourly, p.year])).toEqual([
      [10, 79_850, 38.39, 2024],
      [25, 103_050, 49.55, 2024],
      [50, 133_080, 63.98, 2024],
      [75, 169_000, 81.25, 2024],
      [90, 211_450, 101.66, 2024],
    ]);
    expect(data.blsStates.map((s) => [s.code, s.annual])).toEqual([
      ['CA', 170_910],
      ['WA', 163_440],
      ['NY', 152_780],
      ['MA', 148_530],
      ['MD', 145_200],
      ['NJ', 143_870],
      ['CO', 141_220],
      ['VA', 139_560],
      ['CT', 137_880],
      ['OR', 136_240],
    ]);
    expect(data.blsMetros.map((m) => [m.metro, m.annual])).toEqual([
      ['San Jose-Sunnyvale-Santa Clara', 180_000],
      ['Seattle-Tacoma-Bellevue', 165_000],
      ['San Francisco-Oakland-Berkeley', 161_000],
      ['New York-Newark-Jersey City', 155_000],
      ['Boston-Cambridge-Nashua', 150_000],
      ['Washington-Arlington-Alexandria', 148_000],
      ['Boulder', 146_000],
      ['Austin-Round Rock-Georgetown', 142_000],
      ['Raleigh-Cary', 138_000],
      ['Denver-Aurora-Lakewood', 137_000],
    ]);
    expect(row('fig-bls-positions')).toMatchObject({ min: 1_790_000 });
    expect(row('fig-bls-growth')).toMatchObject({ min: 17 });
    expect(row('fig-bls-new-positions')).toMatchObject({ min: 331_000 });
    expect(row('fig-bls-all-median')).toMatchObject({ min: 49_500 });
    expect(row('fig-bls-web-median')).toMatchObject({ min: 90_930 });
  });

  it('has the level ranges of both guides and the JD guide metro table', () => {
    expect(data.levelRanges.map((r) => [r.guide, r.level, r.min, r.max, r.median, r.openEnded])).toEqual([
      ['hiring-guide', 'junior', 67_000, 126_000, 90_000, false],
      ['hiring-guide', 'mid', 77_000, 141_000, 101_000, false],
      ['hiring-guide', 'senior', 122_000, 225_000, 155_000, false],
      ['jd-guide', 'junior', 70_000, 95_000, null, false],
      ['jd-guide', 'mid', 85_000, 140_000, null, false],
      ['jd-guide', 'senior', 130_000, 200_000, null, false],
      ['jd-guide', 'lead', 180_000, 300_000, null, true],
    ]);
    const table = Object.fromEntries(
      ['sf', 'nyc', 'seattle', 'austin', 'denver', 'chicago', 'boston', 'remote'].map((m) => [
        m,
        (['junior', 'mid', 'senior'] as const).map((level) => {
          const r = row<{ min: number; max: number }>(`jd-metro-${m}-${level}`);
          return [r.min / K, r.max / K];
        }),
      ]),
    );
    expect(table).toEqual({
      sf: [
        [95, 130],
        [120, 180],
        [170, 280],
      ],
      nyc: [
        [85, 115],
        [110, 165],
        [155, 250],
      ],
      seattle: [
        [80, 110],
        [105, 155],
        [145, 230],
      ],
      austin: [
        [75, 100],
        [95, 140],
        [130, 200],
      ],
      denver: [
        [70, 95],
        [90, 135],
        [125, 190],
      ],
      chicago: [
        [72, 98],
        [92, 138],
        [128, 195],
      ],
      boston: [
        [78, 105],
        [100, 150],
        [140, 220],
      ],
      remote: [
        [65, 90],
        [80, 125],
        [115, 180],
      ],
    });
  });

  it('has the time-to-fill, cost and total-compensation figures', () => {
    const days = (id: string) => {
      const r = row<{ minDays: number; maxDays: number }>(id);
      return [r.minDays, r.maxDays];
    };
    expect(days('ttf-focused')).toEqual([17, 17]);
    expect(days('ttf-four-round')).toEqual([30, 30]);
    expect(days('ttf-all-of-them')).toEqual([60, 60]);
    expect(days('ttf-data-platform')).toEqual([21, 28]);
    expect(days('ttf-lead-staff')).toEqual([42, 70]);
    expect(days('ttf-change-approach')).toEqual([45, 45]);
    expect(days('ttf-engineering-median')).toEqual([41, 41]);
    expect(days('ttf-backend-mid')).toEqual([35, 45]);
    expect(days('ttf-senior')).toEqual([45, 60]);
    expect(days('ttf-sourcing')).toEqual([14, 28]);
    const range = (id: string) => {
      const r = row<{ min: number; max: number }>(id);
      return [r.min, r.max];
    };
    expect(range('fig-total-cost')).toEqual([20, 30]);
    expect(range('fig-agency-fee')).toEqual([20, 25]);
    expect(range('fig-ramp')).toEqual([60, 90]);
    expect(range('fig-wrong-hire')).toEqual([3, 5]);
    expect(range('fig-q4-faster')).toEqual([42, 42]);
    expect(range('fig-bonus')).toEqual([10, 20]);
    expect(range('fig-equity')).toEqual([20, 60]);
    expect(range('fig-benefits')).toEqual([15_000, 30_000]);
    expect(range('fig-401k')).toEqual([4, 6]);
    expect(range('fig-education')).toEqual([2_000, 10_000]);
  });
});

describe('comp data channels, on a real database', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await openTempCore({ now: new Date('2026-12-01T15:00:00Z') });
  });
  afterEach(async () => {
    await core.close();
  });

  const { call, refusal } = caller(() => core.ctx);
  const refused = async (channel: string, input: unknown) => (await refusal(channel, input)).message;
  const rowIn = (d: CompData, id: string) => findCompRow(d, id)?.row as Record<string, unknown> | undefined;

  it('serve the shipped data with no row marked edited', async () => {
    const served = await call<CompData>('comp.data', {});
    expect(served).toEqual(data);
  });

  it('edit a row (dated today unless told), keep earlier changes of it, and feed the advisor', async () => {
    const afterEdit = await call<CompData>('comp.editRow', {
      id: 'band-api-senior',
      values: { min: 160_000 },
    });
    expect(rowIn(afterEdit, 'band-api-senior')).toMatchObject({
      min: 160_000,
      max: 200_000,
      year: 2026,
      updated: '2026-12-01',
      edited: true,
      shipped: { min: 155_000, max: 200_000, year: 2026, updated: '2026-11-23' },
    });
    await call('comp.editRow', {
      id: 'band-api-senior',
      values: { max: 210_000 },
      year: 2027,
      updated: '2026-11-30',
    });
    const served = await call<CompData>('comp.data', {});
    expect(rowIn(served, 'band-api-senior')).toMatchObject({
      min: 160_000,
      max: 210_000,
      year: 2027,
      updated: '2026-11-30',
    });
    expect(rowIn(served, 'band-api-mid')?.edited).toBeUndefined();
    const advice = await call<CompAdvice>('comp.advise', { archetype: 'api', level: 'senior' });
    expect(advice.band).toEqual({ min: 160_000, max: 210_000 });
    expect(advice.steps[0]?.source).toMatchObject({ year: 2027, updated: '2026-11-30' });
    // A date one day ahead of the core's UTC clock is accepted: the user's calendar may be there already.
    const ahead = await call<CompData>('comp.editRow', { id: 'bls-p90', updated: '2026-12-02' });
    expect(rowIn(ahead, 'bls-p90')).toMatchObject({ annual: 211_450, updated: '2026-12-02', edited: true });
  });

  it('refuse edits that are out of order, implausible, misdated or not figures of the row', async () => {
    expect(await refused('comp.editRow', { id: 'band-api-mid', values: { min: 150_000 } })).toContain(
      'minimum is above the maximum',
    );
    expect(await refused('comp.editRow', { id: 'bls-p50', values: { annual: 133 } })).toContain(
      'looks like a typo',
    );
    expect(await refused('comp.editRow', { id: 'mod-coastal', values: { max: 900 } })).toContain(
      'not plausible',
    );
    expect(await refused('comp.editRow', { id: 'ttf-senior', values: { maxDays: 400 } })).toContain(
      'year of days',
    );
    expect(
      await refused('comp.editRow', { id: 'band-api-mid', values: { min: 100_000 }, updated: '2026-13-01' }),
    ).toContain('does not exist');
    expect(
      await refused('comp.editRow', { id: 'band-api-mid', values: { min: 100_000 }, updated: '01/12/2026' }),
    ).toContain('YYYY-MM-DD');
    expect(
      await refused('comp.editRow', { id: 'band-api-mid', values: { min: 100_000 }, updated: '2026-12-03' }),
    ).toContain('in the future');
    expect(await refused('comp.editRow', { id: 'band-api-mid', values: { annual: 100_000 } })).toContain(
      'has min, max',
    );
    expect(await refused('comp.editRow', { id: 'band-api-mid', values: { min: '100000' } })).toContain(
      'Enter a number',
    );
    expect(await refused('comp.editRow', { id: 'no-such-row', values: { min: 1 } })).toContain(
      'no comp data row',
    );
    expect(await refused('comp.editRow', { id: 'band-api-mid' })).toContain('Nothing to change');
    // Nothing was stored by any of them.
    expect(await call<CompData>('comp.data', {})).toEqual(data);
  });

  it('reset one row, then all rows, back to the shipped figures', async () => {
    await call('comp.editRow', { id: 'band-data-mid', values: { min: 130_000 } });
    await call('comp.editRow', { id: 'bls-state-ca', values: { annual: 175_000 } });
    const afterOne = await call<CompData>('comp.reset', { scope: 'row', id: 'band-data-mid' });
    expect(rowIn(afterOne, 'band-data-mid')).toMatchObject({ min: 125_000, updated: '2026-11-23' });
    expect(rowIn(afterOne, 'band-data-mid')?.edited).toBeUndefined();
    expect(rowIn(afterOne, 'bls-state-ca')).toMatchObject({ annual: 175_000, edited: true });
    expect(await call<CompData>('comp.reset', { scope: 'all' })).toEqual(data);
    expect(core.database.sqlite.prepare('select count(*) from comp_edits').pluck().get()).toBe(0);
    expect(await refused('comp.reset', { scope: 'row', id: 'nope' })).toContain('no comp data row');
    expect(await refused('comp.reset', {})).toContain('input is not valid');
  });

  it('skip a stored edit that no longer fits its shipped row, rather than fail', async () => {
    core.database.sqlite
      .prepare('insert into comp_edits (row_id, figures, year, updated, edited_at) values (?, ?, ?, ?, ?)')
      .run('band-edge-mid', '{"min":999000}', null, '2026-11-30', 't');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (line: string) => warnings.push(line);
    try {
      expect(rowIn(await call<CompData>('comp.data', {}), 'band-edge-mid')).toMatchObject({ min: 115_000 });
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).toContain('band-edge-mid');
  });

  it('advise for a stored role, and refuse a bad ad-hoc input with a clear message', async () => {
    const role = await call<Role>('roles.create', {
      spec: { ...emptyRoleSpec(), archetype: 'data', level: 'mid', industry: 'healthcare', metro: 'Denver' },
    });
    const advice = await call<CompAdvice>('comp.adviseRole', { id: role.id });
    expect(advice.band).toEqual({ min: 145_000, max: 200_000 });
    expect(advice.warnings.map((w) => w.id)).toEqual(['pay-missing']);
    // A stored role and the same spec typed in the intake get the same advice, specialty and all.
    const specialist = {
      ...emptyRoleSpec(),
      archetype: 'api' as const,
      level: 'senior' as const,
      industry: 'financial-services' as const,
      specialty: true,
    };
    const stored = await call<Role>('roles.create', { spec: specialist });
    const forRole = await call<CompAdvice>('comp.adviseRole', { id: stored.id });
    expect(forRole.steps.map((step) => step.id)).toContain('senior-specialty');
    expect(forRole.band).toEqual((await call<CompAdvice>('comp.advise', compInputOf(specialist))).band);
    expect(await refused('comp.advise', { archetype: 'mobile' })).toContain('archetype');
    expect(await refused('comp.advise', { pay: { min: 200_000, max: 100_000, currency: 'USD' } })).toContain(
      'minimum is above the maximum',
    );
    expect((await call<CompAdvice>('comp.advise', {})).missing).toEqual(['archetype', 'level']);
  });
});
