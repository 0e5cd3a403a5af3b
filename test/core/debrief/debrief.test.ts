import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CandidateRecord, Debrief, Decision } from '../../../shared/debrief';
import { aggregateScores } from '../../../shared/domain/debrief/aggregate';
import { decisionClock, describeClock, formatDuration } from '../../../shared/domain/debrief/clock';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import type { PanelCard } from './panel';
import { seedPanel } from './panel';
import { PANEL } from './panel-cards';

let core: TempCore;
let now = new Date('2026-12-01T09:00:00.000Z');
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  now = new Date('2026-12-01T09:00:00.000Z');
  core = await openTempCore();
  core.ctx.clock = () => now;
});
afterEach(async () => {
  await core.close();
});

const HOUR = 3_600_000;
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

const seed = (cards = PANEL, name?: string) => seedPanel(core.ctx, cards, name);

const debriefOf = (candidateId: string, extra: Record<string, unknown> = {}) =>
  call<Debrief>('debrief.get', { candidateId, ...extra });

describe('aggregate arithmetic', () => {
  it('takes mean, spread and count over the 1-4 scores only; not assessed and blanks are left out', () => {
    expect(aggregateScores([3, 'not-assessed', 1, null, 4])).toEqual({
      count: 3,
      notAssessed: 1,
      mean: 2.67,
      spread: 3,
      min: 1,
      max: 4,
    });
    expect(aggregateScores(['not-assessed', null])).toMatchObject({ count: 0, mean: null, spread: null });
  });
});

describe('debrief grid', () => {
  it('lays out attribute x interviewer with evidence, the aggregate per attribute and the recommendation tally', async () => {
    const { candidate } = await seed();
    const debrief = await debriefOf(candidate.id);
    expect(debrief.ready).toBe(true);
    expect(debrief.columns.map((c) => c.interviewer)).toEqual(['Dana Reyes', 'Lee Okafor', 'Kim Tanaka']);
    const row = (attribute: string) => debrief.rows.find((r) => r.attribute === attribute);
    expect(row('api-design')?.cells.map((c) => c?.score)).toEqual([3, 1, 2]);
    expect(row('api-design')?.aggregate).toMatchObject({ mean: 2, spread: 2, count: 3 });
    expect(row('data-modelling-sql')?.aggregate).toMatchObject({ mean: 3.33, spread: 1, count: 3 });
    // Lee's 'not assessed' on system design is shown, and never counted as a score.
    const system = row('system-design');
    expect(system?.cells.map((c) => c?.score)).toEqual([3, 'not-assessed', 3]);
    expect(system?.aggregate).toMatchObject({ mean: 3, spread: 0, count: 2, notAssessed: 1 });
    // Evidence one click away: the item that measured the attribute, with what was said.
    expect(row('data-modelling-sql')?.cells[0]?.evidence[0]).toMatchObject({
      topic: 'Schema design',
      rating: 4,
      evidence: 'Split the ledger table by month; showed the plan',
    });
    expect(debrief.tally).toEqual({ 'strong-no': 0, no: 1, yes: 1, 'strong-yes': 1 });
    expect(debrief.columns[1]).toMatchObject({
      recommendation: 'no',
      summary: 'Contracts were an afterthought.',
    });
  });

  it('waits for two submitted scorecards before it is ready', async () => {
    const { candidate } = await seed([PANEL[0] as PanelCard]);
    const debrief = await debriefOf(candidate.id);
    expect(debrief.ready).toBe(false);
    expect(debrief.columns).toHaveLength(1);
  });

  it('is refused to an interviewer whose own scorecard is still open, and shown to the recruiter', async () => {
    const { candidate } = await seed([
      PANEL[0] as PanelCard,
      PANEL[1] as PanelCard,
      { ...(PANEL[2] as PanelCard), leaveAs: 'ended' },
    ]);
    const refused = await refusal('debrief.get', { candidateId: candidate.id, viewer: 'kim tanaka ' });
    expect(refused.code).toBe('forbidden');
    expect((await debriefOf(candidate.id, { viewer: 'Dana Reyes' })).columns).toHaveLength(2);
    expect((await debriefOf(candidate.id, { viewer: 'Priya Recruiter' })).columns).toHaveLength(2);
  });

  it('answers a bad candidate id with not found', async () => {
    const refused = await refusal('debrief.get', { candidateId: '00000000-0000-4000-8000-000000000000' });
    expect(refused.code).toBe('not_found');
  });
});

describe('disagreement flags', () => {
  it('flags ratings two or more apart with the evidence of the lowest and highest scorers', async () => {
    const { candidate } = await seed();
    const gaps = (await debriefOf(candidate.id)).disagreements.filter((d) => d.kind === 'rating-gap');
    expect(gaps.map((g) => g.attribute)).toEqual(['api-design']); // communication is 2 vs 3: one apart
    const [gap] = gaps;
    expect(gap?.sides.map((s) => [s.interviewer, s.position])).toEqual([
      ['Lee Okafor', '1 - weak'],
      ['Dana Reyes', '3 - solid'],
    ]);
    expect(gap?.sides[0]?.evidence[0]?.evidence).toBe('Broke clients twice without a deprecation window');
    expect(gap?.sides[1]?.evidence[0]?.evidence).toBe('Kept v1 alive nine months for two partners');
  });

  it('flags a yes beside a no, and not yes beside strong yes', async () => {
    const { candidate } = await seed();
    const split = (await debriefOf(candidate.id)).disagreements.find(
      (d) => d.kind === 'recommendation-split',
    );
    expect(split?.sides.map((s) => [s.interviewer, s.position])).toEqual([
      ['Lee Okafor', 'No'],
      ['Dana Reyes', 'Strong yes'],
      ['Kim Tanaka', 'Yes'],
    ]);
    expect(split?.sides.every((s) => s.evidence.length === 2)).toBe(true);

    const agreeing = await seed([PANEL[0] as PanelCard, PANEL[2] as PanelCard], 'Ana Lima');
    const flags = (await debriefOf(agreeing.candidate.id)).disagreements;
    expect(flags.some((d) => d.kind === 'recommendation-split')).toBe(false);
  });

  it('flags a red flag raised by one interviewer only, not one the panel shares', async () => {
    const { candidate } = await seed();
    const lone = (await debriefOf(candidate.id)).disagreements.filter((d) => d.kind === 'lone-red-flag');
    expect(lone).toHaveLength(1);
    expect(lone[0]?.redFlag).toBe('Shaky on databases');
    const [raised, ...others] = lone[0]?.sides ?? [];
    expect(raised).toMatchObject({ interviewer: 'Lee Okafor', position: 'raised it' });
    expect(raised?.evidence.map((e) => e.topic)).toEqual(['API contracts']);
    // The others' evidence on the same ground (the API question measures the same attributes).
    expect(others.map((s) => [s.interviewer, s.evidence.map((e) => e.evidence)])).toEqual([
      ['Dana Reyes', ['Kept v1 alive nine months for two partners']],
      ['Kim Tanaka', ['Versioned in the path, unsure about sunsetting']],
    ]);

    const shared = PANEL.map((c) => ({
      ...c,
      items: c.items.map((i, n) => (n === 1 ? { ...i, redFlags: ['Shaky on databases'] } : i)),
    }));
    const both = await seed(shared, 'Ana Lima');
    const flags = (await debriefOf(both.candidate.id)).disagreements;
    expect(flags.some((d) => d.kind === 'lone-red-flag')).toBe(false);
  });
});

describe('missing scorecards and the 48-hour clock', () => {
  it('has not started while no interview has ended, and waits while one is still open', async () => {
    expect(decisionClock([], now, null)).toMatchObject({ state: 'no-interview-ended', dueAt: null });
    const { candidate } = await seed([{ ...(PANEL[0] as PanelCard), leaveAs: 'in-progress' }]);
    const debrief = await debriefOf(candidate.id);
    expect(debrief.clock).toMatchObject({ state: 'interview-open', openInterviews: 1, remainingMs: null });
    expect(debrief.missing).toEqual([]);
  });

  it('waits for the one interview still open even when others ended', async () => {
    const { candidate } = await seed([
      PANEL[0] as PanelCard,
      { ...(PANEL[1] as PanelCard), leaveAs: 'in-progress' },
    ]);
    const debrief = await debriefOf(candidate.id);
    expect(debrief.clock.state).toBe('interview-open');
    expect(debrief.clock.lastEndedAt).not.toBeNull();
  });

  it('runs 48 hours from the end of the last interview, then shows overdue, and lists who has not scored', async () => {
    const { candidate } = await seed([
      PANEL[0] as PanelCard,
      { ...(PANEL[1] as PanelCard), leaveAs: 'ended' },
    ]);
    let debrief = await debriefOf(candidate.id);
    const endedAt = Date.parse(debrief.interviews[1]?.endedAt ?? '');
    expect(debrief.clock.lastEndedAt).toBe(new Date(endedAt).toISOString());
    now = new Date(endedAt);
    debrief = await debriefOf(candidate.id);
    expect(debrief.clock).toMatchObject({
      state: 'running',
      dueAt: new Date(endedAt + 48 * HOUR).toISOString(),
      remainingMs: 48 * HOUR,
    });
    expect(debrief.missing).toEqual([
      expect.objectContaining({ interviewer: 'Lee Okafor', scorecardStatus: 'draft', waitingMs: 0 }),
    ]);
    advance(48 * HOUR);
    debrief = await debriefOf(candidate.id);
    expect(debrief.clock).toMatchObject({ state: 'running', remainingMs: 0 });
    advance(1);
    debrief = await debriefOf(candidate.id);
    expect(debrief.clock).toMatchObject({ state: 'overdue', remainingMs: -1 });
    expect(debrief.missing[0]?.waitingMs).toBe(48 * HOUR + 1);
  });
});

describe('the decision', () => {
  async function decide(candidateId: string, fields: Record<string, unknown>) {
    return call<Decision>('debrief.decide', {
      candidateId,
      outcome: 'hire',
      rationale: 'Strong on data, the split on API design was talked through',
      decidedBy: 'Priya Natarajan',
      expectedVersion: 0,
      ...fields,
    });
  }

  it('is locked when recorded; a change is a new version with its reason; the stage follows', async () => {
    const { candidate } = await seed();
    advance(5 * HOUR);
    const first = await decide(candidate.id, {});
    expect(first).toMatchObject({
      version: 1,
      outcome: 'hire',
      decidedBy: 'Priya Natarajan',
      changeReason: null,
    });
    expect(first.decidedAt).toBe(now.toISOString());
    let record = await call<CandidateRecord>('debrief.candidate', { candidateId: candidate.id });
    expect(record.debrief.candidate.stage).toBe('offer');
    expect(record.debrief.clock).toMatchObject({ state: 'decided', decidedOnTime: true });

    const locked = await refusal('debrief.decide', {
      candidateId: candidate.id,
      outcome: 'hold',
      rationale: 'Wait for the other finalist',
      decidedBy: 'Priya Natarajan',
      expectedVersion: 1,
    });
    expect(locked.message).toMatch(/locked/);
    const stale = await refusal('debrief.decide', {
      candidateId: candidate.id,
      outcome: 'hold',
      rationale: 'Wait',
      decidedBy: 'Priya Natarajan',
      expectedVersion: 0,
    });
    expect(stale.code).toBe('conflict');
    const noReason = await refusal('debrief.decide', {
      candidateId: candidate.id,
      outcome: 'no-hire',
      rationale: 'Reference check raised the contract breakages again',
      decidedBy: 'Priya Natarajan',
      changeReason: 'References came back',
      expectedVersion: 1,
    });
    expect(noReason.message).toMatch(/rejection reason/);

    advance(HOUR);
    const second = await decide(candidate.id, {
      outcome: 'no-hire',
      rationale: 'Reference check raised the contract breakages again',
      rejectionReason: 'Skills below what the role needs',
      changeReason: 'References came back',
      expectedVersion: 1,
    });
    expect(second).toMatchObject({ version: 2, outcome: 'no-hire', changeReason: 'References came back' });
    record = await call<CandidateRecord>('debrief.candidate', { candidateId: candidate.id });
    expect(record.debrief.decisionVersions.map((d) => [d.version, d.outcome])).toEqual([
      [1, 'hire'],
      [2, 'no-hire'],
    ]);
    expect(record.debrief.candidate.stage).toBe('rejected');
    expect(record.stageTimeline.map((s) => s.stage)).toEqual(['interviewing', 'offer', 'rejected']);
    expect(() =>
      core.database.sqlite.prepare("update decisions set outcome = 'hire' where version = 1").run(),
    ).toThrow(/cannot change/);
  });

  it('needs a rationale, and a rejection reason from the editable list is kept as given', async () => {
    const { candidate } = await seed();
    const empty = await refusal('debrief.decide', {
      candidateId: candidate.id,
      outcome: 'hire',
      rationale: '   ',
      decidedBy: 'Priya',
      expectedVersion: 0,
    });
    expect(empty.message).toMatch(/rationale is empty/i);
    const reasons = await call<string[]>('debrief.setRejectionReasons', {
      reasons: ['Level too junior', 'Pay gap', 'Level too junior '],
    });
    expect(reasons).toEqual(['Level too junior', 'Pay gap']);
    await decide(candidate.id, { outcome: 'no-hire', rejectionReason: 'Pay gap' });
    await call('debrief.setRejectionReasons', { reasons: ['Other'] });
    const debrief = await debriefOf(candidate.id);
    expect(debrief.decision?.rejectionReason).toBe('Pay gap');
    expect(debrief.rejectionReasons).toEqual(['Other']);
  });

  it('is refused before any interview has ended', async () => {
    const { candidate } = await seed([{ ...(PANEL[0] as PanelCard), leaveAs: 'in-progress' }]);
    expect(
      (
        await refusal('debrief.decide', {
          candidateId: candidate.id,
          outcome: 'hire',
          rationale: 'Too early',
          decidedBy: 'Priya',
          expectedVersion: 0,
        })
      ).code,
    ).toBe('conflict');
  });
});

describe('candidate record', () => {
  it('keeps dated notes, newest first, and removes them with the candidate', async () => {
    const { candidate } = await seed([PANEL[0] as PanelCard]);
    await call('candidates.addNote', { candidateId: candidate.id, text: 'Prefers a hybrid week' });
    advance(1000);
    const notes = await call<{ text: string }[]>('candidates.addNote', {
      candidateId: candidate.id,
      text: 'Notice period: four weeks',
    });
    expect(notes.map((n) => n.text)).toEqual(['Notice period: four weeks', 'Prefers a hybrid week']);
    await call('candidates.delete', { id: candidate.id });
    const left = core.database.sqlite.prepare('select count(*) as n from candidate_notes').get() as {
      n: number;
    };
    expect(left.n).toBe(0);
  });
});

describe('clock wording', () => {
  it('counts hours up to three days and says overdue plainly', () => {
    const ended = '2026-12-01T09:00:00.000Z';
    const at = (iso: string) => decisionClock([{ status: 'ended', endedAt: ended }], new Date(iso), null);
    expect(describeClock(at('2026-12-01T09:00:30.000Z'))).toBe(
      'Decision due in 47 h 59 min (by 2026-12-03 09:00 UTC).',
    );
    expect(describeClock(at('2026-12-03T10:30:00.000Z'))).toBe(
      'Overdue by 1 h 30 min: the decision was due 2026-12-03 09:00 UTC.',
    );
    expect(formatDuration(5 * 24 * HOUR + 2 * HOUR)).toBe('5 d 2 h');
  });
});
