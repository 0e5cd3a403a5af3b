import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, CandidateDeleteResult, CandidateListItem } from '../../shared/candidates';
import type { Interview } from '../../shared/interviews';
import type { Scorecard } from '../../shared/scorecards';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';
import { makeRole, startedInterview } from './interviews/fixtures';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const TABLES = ['candidates', 'interviews', 'interview_items', 'scorecards', 'scorecard_versions'] as const;
const counts = () =>
  Object.fromEntries(
    TABLES.map((t) => [t, core.database.sqlite.prepare(`select count(*) from ${t}`).pluck().get() as number]),
  );

describe('candidates', () => {
  it('are created, listed per role and updated, with checked fields', async () => {
    const roleA = await makeRole(core.ctx);
    const roleB = await makeRole(core.ctx);
    const a = await call<Candidate>('candidates.create', {
      name: '  Siobhán Ó Briain 🎧 ',
      email: 'siobhan@example.ie',
      phone: '+353 1 555 0100',
      roleId: roleA.id,
      source: 'Referral',
    });
    expect(a).toMatchObject({ name: 'Siobhán Ó Briain 🎧', stage: 'new', email: 'siobhan@example.ie' });
    await call('candidates.create', { name: 'Li Wei', roleId: roleB.id });
    expect(
      (await call<CandidateListItem[]>('candidates.list', { roleId: roleA.id })).map((c) => c.name),
    ).toEqual(['Siobhán Ó Briain 🎧']);
    expect(await call<CandidateListItem[]>('candidates.list', {})).toHaveLength(2);

    const updated = await call<Candidate>('candidates.update', {
      id: a.id,
      stage: 'interviewing',
      email: null,
    });
    expect(updated).toMatchObject({ stage: 'interviewing', email: null, phone: '+353 1 555 0100' });
    expect(updated.updatedAt >= a.updatedAt).toBe(true);

    for (const bad of [
      { name: 'Tab\u0001bed', roleId: roleA.id },
      { name: '', roleId: roleA.id },
      { name: 'x'.repeat(121), roleId: roleA.id },
      { name: 'Ok', email: 'not-an-email', roleId: roleA.id },
      { name: 'Ok', phone: 'call me', roleId: roleA.id },
      { name: 'Ok', roleId: roleA.id, stage: 'ghosted' },
    ]) {
      expect((await refusal('candidates.create', bad)).code).toBe('bad_input');
    }
    expect((await refusal('candidates.create', { name: 'Ok', roleId: crypto.randomUUID() })).code).toBe(
      'not_found',
    );
    expect((await refusal('candidates.get', { id: crypto.randomUUID() })).code).toBe('not_found');
  });

  it('deleting one removes their interviews, notes, scorecards and versions in one action, and nobody else’s', async () => {
    const { candidate, interview, role, round } = await startedInterview(core.ctx);
    const item = interview.items[0];
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: item?.id,
      rating: 3,
      evidence: 'Explained the partial index they added.',
      clientSeq: 1,
    });
    await call('interviews.end', { id: interview.id, roundElapsedMs: 1000 });
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
    await call('scorecards.submit', {
      id: card.id,
      attributeRatings: card.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 3 })),
      recommendation: 'yes',
      summary: 'Solid on data modelling.',
    });
    await call('scorecards.revise', {
      id: card.id,
      reason: 'Second look at the notes',
      recommendation: 'strong-yes',
    });
    // Someone else, interviewed by the same person in the same round, stays.
    const other = await call<Candidate>('candidates.create', { name: 'Other person', roleId: role.id });
    const otherInterview = await call<Interview>('interviews.start', {
      candidateId: other.id,
      roundId: round.id,
      interviewer: 'Dana Reyes',
    });
    await call('interviews.end', { id: otherInterview.id, roundElapsedMs: 10 });

    const before = counts();
    expect(before).toEqual({
      candidates: 2,
      interviews: 2,
      interview_items: 4,
      scorecards: 2,
      scorecard_versions: 2,
    });
    const result = await call<CandidateDeleteResult>('candidates.delete', { id: candidate.id });
    expect(result.removed).toEqual({
      candidates: 1,
      interviews: 1,
      interviewItems: 2,
      scorecards: 1,
      scorecardVersions: 2,
    });
    expect(counts()).toEqual({
      candidates: 1,
      interviews: 1,
      interview_items: 2,
      scorecards: 1,
      scorecard_versions: 0,
    });
    // Nothing with their name or notes is left anywhere.
    const dump = core.database.sqlite
      .prepare(
        "select group_concat(x, '|') from (select name as x from candidates union all select evidence from interview_items union all select summary from scorecards)",
      )
      .pluck()
      .get() as string;
    expect(dump).not.toContain('Amaru');
    expect(dump).not.toContain('partial index');
    // Nor in the file on disk: no free page or log frame still holds the text.
    for (const file of [core.dbPath, `${core.dbPath}-wal`]) {
      const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      expect(bytes.includes('Amaru Quispe'), file).toBe(false);
      expect(bytes.includes('partial index'), file).toBe(false);
    }
    expect((await refusal('interviews.get', { id: interview.id })).code).toBe('not_found');
    expect((await refusal('candidates.delete', { id: candidate.id })).code).toBe('not_found');
    expect(core.database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('erases the deleted candidate from the write-ahead log once another reader lets go, and says it is pending until then', async () => {
    const { candidate } = await startedInterview(core.ctx);
    const walHoldsName = () => {
      const wal = `${core.dbPath}-wal`;
      return fs.existsSync(wal) && fs.readFileSync(wal).includes('Amaru Quispe');
    };
    // Another window reading: its snapshot still needs the log's old pages.
    const reader = new BetterSqlite3(core.dbPath, { readonly: true });
    reader.exec('begin');
    reader.prepare('select count(*) from candidates').get();
    let result: CandidateDeleteResult;
    try {
      result = await call<CandidateDeleteResult>('candidates.delete', { id: candidate.id });
      expect(result.erasedFromDisk).toBe(false);
      expect(walHoldsName()).toBe(true);
    } finally {
      reader.exec('commit');
      reader.close();
    }
    // Reqdesk keeps trying on its own; no reopen, no further action.
    await vi.waitFor(() => expect(walHoldsName()).toBe(false), { timeout: 60_000, interval: 250 });
    expect(fs.readFileSync(core.dbPath).includes('Amaru Quispe')).toBe(false);
  });

  it('says the erasure is complete when no one else reads the file', async () => {
    const { candidate } = await startedInterview(core.ctx);
    const result = await call<CandidateDeleteResult>('candidates.delete', { id: candidate.id });
    expect(result.erasedFromDisk).toBe(true);
  });
});
