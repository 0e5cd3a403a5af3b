import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../shared/backup';
import type { Debrief } from '../../../shared/debrief';
import type { Interview } from '../../../shared/interviews';
import type { ExchangeConflict, ExchangeFile, ExchangeReport } from '../../../shared/pack-exchange';
import type { Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { forge, sha } from '../../support/transfer-files';
import { startedInterview } from '../interviews/fixtures';

let recruiter: TempCore;
let interviewer: TempCore;
beforeEach(async () => {
  recruiter = await openTempCore();
  interviewer = await openTempCore();
});
afterEach(async () => {
  await recruiter.close();
  await interviewer.close();
});

const onA = () => caller(recruiter.ctx);
const onB = () => caller(interviewer.ctx);

/** The recruiter's loop and candidate, and a pack for Dana (the started interview is the recruiter's own, not sent). */
async function recruiterSetup() {
  const setup = await startedInterview(recruiter.ctx, 'Recruiter Self');
  await onA().call('roles.patch', {
    id: setup.role.id,
    patch: {
      title: 'Payments API engineer',
      mustHaves: ['Postgres at scale'],
      pay: { min: 150000, max: 180000, currency: 'USD' },
      notes: 'Secret: ceiling is flexible',
    },
    clientSeq: 2,
  });
  const pack = await onA().call<ExchangeFile>('exchange.export', {
    kind: 'pack',
    candidateId: setup.candidate.id,
    roundId: setup.round.id,
    interviewer: 'Dana Kim',
  });
  return { ...setup, pack };
}

/** On the interviewer's laptop: import the pack, run the interview, submit the scorecard, export it. */
async function interviewOnB(pack: ExchangeFile) {
  const report = await onB().call<ExchangeReport>('exchange.applyImport', {
    fileName: pack.fileName,
    content: pack.content,
  });
  const target = report.target;
  if (!target?.candidateId || !target.roundId || !target.interviewer) throw new Error('no target');
  const interview = await onB().call<Interview>('interviews.start', {
    candidateId: target.candidateId,
    roundId: target.roundId,
    interviewer: target.interviewer,
  });
  const [first] = interview.items;
  if (!first) throw new Error('no items');
  await onB().call('interviews.saveItem', {
    interviewId: interview.id,
    itemId: first.id,
    rating: 4,
    evidence: 'Partitioned the ledger by month',
    clientSeq: 1,
  });
  await onB().call('interviews.end', { id: interview.id, roundElapsedMs: 1_800_000 });
  const draft = await onB().call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
  const card = await onB().call<Scorecard>('scorecards.submit', {
    id: draft.id,
    attributeRatings: draft.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 3 })),
    recommendation: 'yes',
    summary: 'Solid on data, clear on trade-offs',
  });
  const file = await onB().call<ExchangeFile>('exchange.export', { kind: 'scorecard', scorecardId: card.id });
  return { report, interview, card, file };
}

describe('a pack and its scorecard between two laptops', () => {
  it('carries what the interviewer needs and nothing else, and the interview is ready to start', async () => {
    const { pack, candidate, round } = await recruiterSetup();
    expect(pack.fileName).toMatch(/\.reqdesk-pack$/);
    expect(pack.content).not.toContain('150000');
    expect(pack.content).not.toContain('ceiling is flexible');
    expect(pack.content).toContain('Postgres at scale');
    const { report, interview } = await interviewOnB(pack);
    expect(report.counts).toMatchObject({ added: 6, conflict: 0, refused: 0 });
    expect(interview.candidateName).toBe(candidate.name);
    expect(interview.roundId).toBe(round.id);
    expect(interview.items.map((i) => i.question.topic)).toEqual(['Schema design', 'API contracts']);
  });

  it('brings the scorecard back onto the right candidate, round and interviewer, shown in the debrief', async () => {
    const { pack, candidate, role } = await recruiterSetup();
    const { file, card } = await interviewOnB(pack);
    const dry = await onA().call<ExchangeReport>('exchange.previewImport', {
      fileName: file.fileName,
      content: file.content,
    });
    expect(dry).toMatchObject({ dryRun: true, counts: { added: 2 } });
    expect(await onA().refusal('scorecards.get', { id: card.id, viewer: 'Dana Kim' })).toMatchObject({
      code: 'not_found',
    });
    const report = await onA().call<ExchangeReport>('exchange.applyImport', {
      fileName: file.fileName,
      content: file.content,
    });
    expect(report.target).toMatchObject({ candidateId: candidate.id, scorecardId: card.id });
    const debrief = await onA().call<Debrief>('debrief.get', { candidateId: candidate.id, roleId: role.id });
    const column = debrief.columns.find((c) => c.scorecardId === card.id);
    expect(column).toMatchObject({ interviewer: 'Dana Kim', roundName: 'Technical screen', version: 1 });
  });

  it('forgets everything that travelled about a candidate when the candidate is deleted, on both laptops', async () => {
    const { pack, candidate } = await recruiterSetup();
    const { file, report } = await interviewOnB(pack);
    await onA().call('exchange.applyImport', { fileName: file.fileName, content: file.content });
    const mentions = (core: TempCore, id: string) =>
      core.database.sqlite
        .prepare(
          `select (select count(*) from transfer_records where record_id = @id or instr(body, @id) > 0)
                + (select count(*) from transfer_packs where candidate_id = @id)`,
        )
        .pluck()
        .get({ id });
    expect(mentions(recruiter, candidate.id)).toBeGreaterThan(0);
    const onLaptopB = report.target?.candidateId ?? '';
    expect(mentions(interviewer, onLaptopB)).toBeGreaterThan(0);

    await onA().call('candidates.delete', { id: candidate.id });
    await onB().call('candidates.delete', { id: onLaptopB });

    expect(mentions(recruiter, candidate.id)).toBe(0);
    expect(mentions(interviewer, onLaptopB)).toBe(0);
    for (const core of [recruiter, interviewer]) {
      const names = core.database.sqlite
        .prepare("select count(*) from transfer_records where instr(body, 'Dana Kim') > 0")
        .pluck()
        .get();
      expect(names).toBe(0); // the interviewer's scorecard about them went too
    }
  });

  it('changes nothing the second time, adds a revision as a version, and keeps a forged version as a conflict', async () => {
    const { pack } = await recruiterSetup();
    const { file, card } = await interviewOnB(pack);
    await onA().call('exchange.applyImport', { fileName: file.fileName, content: file.content });
    const again = await onA().call<ExchangeReport>('exchange.applyImport', {
      fileName: file.fileName,
      content: file.content,
    });
    expect(again.counts).toMatchObject({
      added: 0,
      'new-version': 0,
      conflict: 0,
      unchanged: again.records.length,
    });

    await onB().call('scorecards.revise', {
      id: card.id,
      reason: 'Rewatched the notes',
      recommendation: 'strong-yes',
    });
    const revised = await onB().call<ExchangeFile>('exchange.export', {
      kind: 'scorecard',
      scorecardId: card.id,
    });
    const second = await onA().call<ExchangeReport>('exchange.applyImport', {
      fileName: 'r.reqdesk-scorecard',
      content: revised.content,
    });
    expect(second.records.filter((r) => r.outcome === 'new-version').map((r) => [r.type, r.version])).toEqual(
      [['scorecard', 2]],
    );
    const versions = await onA().call<{ version: number; recommendation: string }[]>('scorecards.versions', {
      id: card.id,
      viewer: 'Dana Kim',
    });
    expect(versions.map((v) => [v.version, v.recommendation])).toEqual([
      [1, 'yes'],
      [2, 'strong-yes'],
    ]);

    const forged = forge(revised.content, (payload) => {
      const v2 = payload.records.find((r) => r.type === 'scorecard' && r.version === 2);
      (v2?.body as { recommendation: string }).recommendation = 'strong-no';
    });
    const third = await onA().call<ExchangeReport>('exchange.applyImport', {
      fileName: 'forged.reqdesk-scorecard',
      content: forged,
    });
    expect(third.counts.conflict).toBe(1);
    const conflicts = await onA().call<ExchangeConflict[]>('exchange.conflicts', {});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.incoming.preview).toContain('Recommendation: strong-no');
    expect(conflicts[0]?.local.preview).toContain('Recommendation: strong-yes');
    const stillTwo = await onA().call<{ version: number }[]>('scorecards.versions', {
      id: card.id,
      viewer: 'Dana Kim',
    });
    expect(stillTwo).toHaveLength(2);
    const left = await onA().call<ExchangeConflict[]>('exchange.resolveConflict', {
      id: conflicts[0]?.id,
      keep: 'incoming',
    });
    expect(left).toEqual([]);
    const after = await onA().call<{ version: number; recommendation: string }[]>('scorecards.versions', {
      id: card.id,
      viewer: 'Dana Kim',
    });
    expect(after.map((v) => [v.version, v.recommendation])).toEqual([
      [1, 'yes'],
      [2, 'strong-yes'],
      [3, 'strong-no'],
    ]);
  });

  it('takes a backup before an import that writes, and none before one that changes nothing', async () => {
    const { pack } = await recruiterSetup();
    const importBackups = async () =>
      (await onB().call<BackupStatus>('backup.status', {})).backups.filter(
        (b) => b.reason === 'before-import',
      ).length;
    const before = await importBackups();
    await onB().call('exchange.applyImport', { fileName: pack.fileName, content: pack.content });
    expect(await importBackups()).toBe(before + 1);
    const hash = sha(interviewer.dbPath);
    const again = await onB().call<ExchangeReport>('exchange.applyImport', {
      fileName: pack.fileName,
      content: pack.content,
    });
    expect(again.counts.unchanged).toBe(again.records.length);
    expect(await importBackups()).toBe(before + 1);
    expect(sha(interviewer.dbPath)).toBe(hash);
  });

  it('refuses a scorecard for a pack this database never sent, and takes it as a new candidate when asked', async () => {
    const { pack } = await recruiterSetup();
    const { file } = await interviewOnB(pack);
    const stranger = await openTempCore();
    try {
      const { call } = caller(stranger.ctx);
      const before = sha(stranger.dbPath);
      const refused = await call<ExchangeReport>('exchange.applyImport', {
        fileName: file.fileName,
        content: file.content,
      });
      expect(refused.unknownPack?.message).toMatch(/never sent/);
      expect(refused.counts.added).toBe(0);
      expect(sha(stranger.dbPath)).toBe(before);
      const taken = await call<ExchangeReport>('exchange.applyImport', {
        fileName: file.fileName,
        content: file.content,
        allowUnknownPack: true,
      });
      expect(taken.unknownPack).toBeNull();
      expect(taken.counts.refused).toBe(0);
      const twice = await call<ExchangeReport>('exchange.applyImport', {
        fileName: file.fileName,
        content: file.content,
        allowUnknownPack: true,
      });
      expect(twice.counts.added).toBe(0);
      const candidates = await call<unknown[]>('candidates.list', {});
      expect(candidates).toHaveLength(1);
    } finally {
      await stranger.close();
    }
  });

  it('carries a whole role to a colleague by the same rules', async () => {
    const { pack, role } = await recruiterSetup();
    const { file } = await interviewOnB(pack);
    await onA().call('exchange.applyImport', { fileName: file.fileName, content: file.content });
    const bundle = await onA().call<ExchangeFile>('exchange.export', {
      kind: 'role-bundle',
      roleId: role.id,
    });
    const colleague = await openTempCore();
    try {
      const { call } = caller(colleague.ctx);
      const report = await call<ExchangeReport>('exchange.applyImport', {
        fileName: bundle.fileName,
        content: bundle.content,
      });
      expect(report.counts).toMatchObject({ conflict: 0, refused: 0 });
      const again = await call<ExchangeReport>('exchange.applyImport', {
        fileName: bundle.fileName,
        content: bundle.content,
      });
      expect(again.counts.unchanged).toBe(again.records.length);
      const loop = await call<{ rounds: { id: string }[] }>('loop.get', { roleId: role.id });
      const original = await onA().call<{ rounds: { id: string }[] }>('loop.get', { roleId: role.id });
      expect(loop.rounds.map((r) => r.id)).toEqual(original.rounds.map((r) => r.id));
    } finally {
      await colleague.close();
    }
  });
});
