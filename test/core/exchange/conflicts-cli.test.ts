import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import type { Debrief } from '../../../shared/debrief';
import type { ExchangeConflict } from '../../../shared/pack-exchange';
import type { Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { makeTempDir } from '../../support/temp-db';
import { forge } from '../../support/transfer-files';
import { startedInterview } from '../interviews/fixtures';
import { cli } from '../support/run-cli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Laptop A sends a pack; laptop B runs the interview and sends the scorecard back; A imports it. */
async function scorecardBackOnA(dir: string) {
  const dbA = path.join(dir, 'a.sqlite');
  const dbB = path.join(dir, 'b.sqlite');
  const ctxA = await openCore(dbA, { transport: 'cli' });
  const setup = await startedInterview(ctxA, 'Recruiter Self');
  await ctxA.database.close();
  const packFile = path.join(dir, 'dana.reqdesk-pack');
  const packArgs = [
    '--candidate',
    setup.candidate.id,
    '--round',
    setup.round.id,
    '--interviewer',
    'Dana Kim',
  ];
  expect((await cli('pack', 'export', ...packArgs, '--out', packFile, '--db', dbA)).code).toBe(0);
  expect((await cli('pack', 'import', packFile, '--db', dbB)).code).toBe(0);

  const ctxB = await openCore(dbB, { transport: 'cli' });
  const { call } = caller(ctxB);
  const interview = await call<{ id: string }>('interviews.start', {
    candidateId: setup.candidate.id,
    roundId: setup.round.id,
    interviewer: 'Dana Kim',
  });
  await call('interviews.end', { id: interview.id, roundElapsedMs: 60_000 });
  const draft = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
  await call('scorecards.submit', {
    id: draft.id,
    attributeRatings: draft.attributeRatings.map((a) => ({
      attribute: a.attribute,
      rating: 3,
      note: 'Clear',
    })),
    recommendation: 'no',
    summary: 'Ran out of time',
  });
  await ctxB.database.close();

  const cardFile = path.join(dir, 'dana.reqdesk-scorecard');
  expect((await cli('scorecard', 'export', draft.id, '--out', cardFile, '--db', dbB)).code).toBe(0);
  expect((await cli('scorecard', 'import', cardFile, '--db', dbA)).code).toBe(0);
  return { dbA, setup, cardFile, scorecardId: draft.id };
}

/** The scorecard file with its first version's content changed and signed again. */
function forgedCopy(dir: string, cardFile: string, name: string, recommendation: string, summary: string) {
  const file = path.join(dir, name);
  const content = forge(fs.readFileSync(cardFile, 'utf8'), (payload) => {
    const v1 = payload.records.find((r) => r.type === 'scorecard' && r.version === 1);
    Object.assign(v1?.body as object, { recommendation, summary });
  });
  fs.writeFileSync(file, content);
  return file;
}

async function debriefColumn(dbA: string, candidateId: string, roleId: string, scorecardId: string) {
  const ctx = await openCore(dbA, { transport: 'cli' });
  try {
    const debrief = await caller(ctx).call<Debrief>('debrief.get', { candidateId, roleId });
    return debrief.columns.find((c) => c.scorecardId === scorecardId);
  } finally {
    await ctx.database.close();
  }
}

describe('reqdesk conflicts', () => {
  it('lists a forged same-version scorecard as a conflict, keeps the side chosen, and lists it no more', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const { dbA, setup, cardFile, scorecardId } = await scorecardBackOnA(dir);
    const candidate = setup.candidate.id;
    const role = setup.role.id;

    const none = await cli('conflicts', 'list', '--db', dbA);
    expect(none).toMatchObject({ code: 0, out: expect.stringMatching(/^No conflicts/) });

    const forged = forgedCopy(
      dir,
      cardFile,
      'forged.reqdesk-scorecard',
      'strong-no',
      'Could not explain a join',
    );
    const imported = await cli('scorecard', 'import', forged, '--json', '--db', dbA);
    expect(JSON.parse(imported.out).counts.conflict).toBe(1);

    const listed = await cli('conflicts', 'list', '--candidate', candidate, '--json', '--db', dbA);
    expect(listed.code).toBe(0);
    const conflicts = JSON.parse(listed.out) as ExchangeConflict[];
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    if (!conflict) throw new Error('no conflict');
    expect(conflict).toMatchObject({ type: 'scorecard', recordId: scorecardId, version: 1, roleId: role });
    expect(conflict.local.scorecard).toMatchObject({ recommendation: 'no', summary: 'Ran out of time' });
    expect(conflict.incoming.scorecard).toMatchObject({
      recommendation: 'strong-no',
      summary: 'Could not explain a join',
      interviewer: 'Dana Kim',
    });
    expect(conflict.incoming.scorecard?.ratings[0]).toMatchObject({ rating: 3, note: 'Clear' });
    expect(conflict.incoming.fileName).toBe('forged.reqdesk-scorecard');

    const byRole = await cli('conflicts', 'list', '--role', role, '--json', '--db', dbA);
    expect(JSON.parse(byRole.out)).toHaveLength(1);
    const text = await cli('conflicts', 'list', '--db', dbA);
    expect(text.out).toContain(conflict.id);
    expect(text.out).toMatch(/local[\s\S]*recommendation: No[\s\S]*incoming[\s\S]*recommendation: Strong no/);

    const badKeep = await cli('conflicts', 'resolve', conflict.id, '--keep', 'both', '--db', dbA);
    expect(badKeep.code).toBe(1);
    expect(badKeep.err).toMatch(/--keep local or --keep incoming/);
    const unknown = await cli(
      'conflicts',
      'resolve',
      '00000000-0000-4000-8000-000000000000',
      '--keep',
      'local',
      '--db',
      dbA,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/resolved already, or never was one/);
    expect((await debriefColumn(dbA, candidate, role, scorecardId))?.recommendation).toBe('no');

    const resolved = await cli(
      'conflicts',
      'resolve',
      conflict.id,
      '--keep',
      'incoming',
      '--json',
      '--db',
      dbA,
    );
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.out)).toMatchObject({
      resolved: conflict.id,
      kept: 'incoming',
      remaining: [],
    });
    expect(await debriefColumn(dbA, candidate, role, scorecardId)).toMatchObject({
      recommendation: 'strong-no',
      summary: 'Could not explain a join',
      version: 2,
    });
    expect(JSON.parse((await cli('conflicts', 'list', '--json', '--db', dbA)).out)).toEqual([]);
    expect((await cli('conflicts', 'resolve', conflict.id, '--keep', 'local', '--db', dbA)).code).toBe(1);

    // Another forged first version, this time the recruiter keeps what is here: nothing changes.
    const again = forgedCopy(dir, cardFile, 'again.reqdesk-scorecard', 'yes', 'Fine after all');
    expect((await cli('scorecard', 'import', again, '--db', dbA)).code).toBe(0);
    const second = JSON.parse(
      (await cli('conflicts', 'list', '--json', '--db', dbA)).out,
    ) as ExchangeConflict[];
    expect(second.map((c) => c.incoming.scorecard?.recommendation)).toEqual(['yes']);
    const kept = await cli('conflicts', 'resolve', second[0]?.id ?? '', '--keep', 'local', '--db', dbA);
    expect(kept).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Kept the local content.*0 conflicts left/),
    });
    expect(await debriefColumn(dbA, candidate, role, scorecardId)).toMatchObject({
      recommendation: 'strong-no',
      version: 2,
    });
    expect((await cli('conflicts', 'list', '--db', dbA)).out).toMatch(/^No conflicts/);
  });

  it('refuses a candidate that is not there, two filters at once, and a --db path with no file', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const db = path.join(dir, 'empty.sqlite');
    await openCore(db, { transport: 'cli' }).then((ctx) => ctx.database.close());
    const id = '00000000-0000-4000-8000-000000000000';
    const missing = await cli('conflicts', 'list', '--candidate', id, '--db', db);
    expect(missing.code).toBe(1);
    const both = await cli('conflicts', 'list', '--candidate', id, '--role', id, '--db', db);
    expect(both).toMatchObject({ code: 1, err: expect.stringMatching(/not both/) });
    const noFile = await cli('conflicts', 'list', '--db', path.join(dir, 'nope.sqlite'));
    expect(noFile).toMatchObject({ code: 1, err: expect.stringMatching(/no database/) });
  });
});
