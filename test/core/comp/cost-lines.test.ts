import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../../resources/data/comp/comp-data.json' with { type: 'json' };
import { type CompAdvice, type CompInput, compInput } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import { type CompData, compData } from '../../../shared/domain/comp/comp-data';
import { costNote, sourceLine } from '../../../shared/domain/comp/format';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';

/**
 * The cost lines of the advisor (total cost of employment, agency fee) carry the percentages
 * they were worked out with, from the comp data, and the source of those percentages; the
 * side panel words them from the advice, so an edited figure shows as edited.
 */

const data: CompData = compData.parse(shipped);
const K = 1000;

const apiSenior: CompInput = compInput({ archetype: 'api', level: 'senior', engagement: 'direct-hire' });

function withFigure(id: string, min: number, max: number): CompData {
  return { ...data, figures: data.figures.map((f) => (f.id === id ? { ...f, min, max } : f)) };
}

describe('cost lines', () => {
  it('carry the shipped percentages and their source', () => {
    const advice = adviseComp(apiSenior, data);
    expect(advice.totalCost).toMatchObject({ percent: { min: 20, max: 30 } });
    expect(advice.agencyFee).toMatchObject({ percent: { min: 20, max: 25 } });
    if (!advice.totalCost || !advice.agencyFee) throw new Error('no cost lines');
    expect(costNote('totalCost', advice.totalCost)).toBe(
      'salary plus 20-30% for benefits, payroll taxes and overhead (recommended band)',
    );
    expect(costNote('agencyFee', advice.agencyFee)).toBe('20-25% of first-year salary (recommended band)');
    expect(sourceLine(advice.totalCost.source)).toBe('Backend developer hiring guide, 2026');
    expect(sourceLine(advice.agencyFee.source)).toBe('Backend developer hiring guide, 2026');
  });

  it('follow an edited total-cost row: 25-40% is what is applied and what is said', () => {
    const advice = adviseComp(apiSenior, withFigure('fig-total-cost', 25, 40));
    // 155 x1.25 = 193.75 -> 194; 200 x1.40 = 280
    expect(advice.totalCost).toMatchObject({ min: 194 * K, max: 280 * K, percent: { min: 25, max: 40 } });
    if (!advice.totalCost) throw new Error('no total cost');
    const note = costNote('totalCost', advice.totalCost);
    expect(note).toContain('salary plus 25-40%');
    expect(note).not.toContain('20-30%');
  });

  it('follow an edited agency fee, and say a single figure once', () => {
    const advice = adviseComp(
      { ...apiSenior, pay: { min: 160 * K, max: 190 * K, currency: 'USD' } },
      withFigure('fig-agency-fee', 15, 15),
    );
    // 160 x 0.15 = 24; 190 x 0.15 = 28.5 -> 29
    expect(advice.agencyFee).toMatchObject({ min: 24 * K, max: 29 * K, percent: { min: 15, max: 15 } });
    if (!advice.agencyFee) throw new Error('no agency fee');
    expect(costNote('agencyFee', advice.agencyFee)).toBe('15% of first-year salary (posted range)');
  });
});

describe('cost lines with stored edits', () => {
  let core: TempCore;
  beforeEach(async () => {
    core = await openTempCore();
  });
  afterEach(async () => {
    await core.close();
  });
  const { call } = caller(() => core.ctx);

  it('show the edited percentages, year and source after an edit in settings', async () => {
    await call('comp.editRow', { id: 'fig-total-cost', values: { min: 25, max: 40 }, year: 2027 });
    const advice = await call<CompAdvice>('comp.advise', { archetype: 'api', level: 'senior' });
    expect(advice.totalCost).toMatchObject({ percent: { min: 25, max: 40 } });
    if (!advice.totalCost) throw new Error('no total cost');
    expect(costNote('totalCost', advice.totalCost)).toContain('salary plus 25-40%');
    expect(sourceLine(advice.totalCost.source)).toBe('Backend developer hiring guide, 2027');
  });
});

describe('time to fill wording', () => {
  it('says "60 days", never "60-60 days"', async () => {
    const { formatDays } = await import('../../../shared/domain/comp/format');
    expect(formatDays(60, 60)).toBe('60 days');
    expect(formatDays(45, 60)).toBe('45-60 days');
    // A floor the source gives ("runs past 60 days") reads as one.
    expect(formatDays(60, 60, true)).toBe('60+ days');
  });
});
