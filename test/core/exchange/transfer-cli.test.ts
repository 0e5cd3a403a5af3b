import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import type { Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { makeTempDir } from '../../support/temp-db';
import { startedInterview } from '../interviews/fixtures';
import { cli } from '../support/run-cli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('reqdesk pack, scorecard and role transfer commands', () => {
  it('round-trips a pack and its scorecard between two database files', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const dbA = path.join(dir, 'a.sqlite');
    const dbB = path.join(dir, 'b.sqlite');
    const ctxA = await openCore(dbA, { transport: 'cli' });
    const setup = await startedInterview(ctxA, 'Recruiter Self');
    await ctxA.database.close();
    await openCore(dbB, { transport: 'cli' }).then((ctx) => ctx.database.close());

    const packFile = path.join(dir, 'dana.reqdesk-pack');
    const exported = await cli(
      'pack',
      'export',
      '--candidate',
      setup.candidate.id,
      '--round',
      setup.round.id,
      '--interviewer',
      'Dana Kim',
      '--out',
      packFile,
      '--db',
      dbA,
    );
    expect(exported.code).toBe(0);
    expect(fs.existsSync(packFile)).toBe(true);

    const dry = await cli('pack', 'import', packFile, '--dry-run', '--json', '--db', dbB);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, counts: { added: 6 } });
    const applied = await cli('pack', 'import', packFile, '--json', '--db', dbB);
    expect(JSON.parse(applied.out).counts.added).toBe(6);
    const twice = await cli('pack', 'import', packFile, '--json', '--db', dbB);
    expect(JSON.parse(twice.out).counts).toMatchObject({ added: 0, unchanged: 6 });

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
        rating: 'not-assessed',
      })),
      recommendation: 'no',
      summary: 'Ran out of time',
    });
    await ctxB.database.close();

    const cardFile = path.join(dir, 'dana.reqdesk-scorecard');
    expect((await cli('scorecard', 'export', draft.id, '--out', cardFile, '--db', dbB)).code).toBe(0);
    const wrongKind = await cli('pack', 'import', cardFile, '--db', dbA);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.err).toMatch(/scorecard file/);
    const back = await cli('scorecard', 'import', cardFile, '--db', dbA);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/added\s+scorecard v1/);
    const shown = await cli('scorecard', 'show', draft.id, '--json', '--db', dbA);
    expect(JSON.parse(shown.out)).toMatchObject({
      interviewer: 'Dana Kim',
      candidateId: setup.candidate.id,
      recommendation: 'no',
    });
  });

  it('creates a role from a spec file (refusing a bad one), carries it as a bundle, refuses a gzip file with exit 1', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const db = path.join(dir, 'r.sqlite');
    const spec = path.join(dir, 'spec.json');
    fs.writeFileSync(
      spec,
      JSON.stringify({ title: 'Platform engineer', level: 'senior', mustHaves: ['Kubernetes'] }),
    );
    const created = await cli('role', 'create', '--spec', spec, '--db', db);
    expect(created.code).toBe(0);
    const roleId = created.out.trim();
    fs.writeFileSync(spec, JSON.stringify({ title: 'X', level: 'wizard' }));
    const bad = await cli('role', 'create', '--spec', spec, '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/level/);

    const bundle = path.join(dir, 'platform.reqdesk-role');
    expect((await cli('role', 'export', roleId, '--out', bundle, '--db', db)).code).toBe(0);
    const other = path.join(dir, 'other.sqlite');
    const imported = await cli('role', 'import', bundle, '--json', '--db', other);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out).counts.added).toBeGreaterThan(0);
    const shown = await cli('role', 'show', roleId, '--json', '--db', other);
    expect(JSON.parse(shown.out).spec).toMatchObject({
      title: 'Platform engineer',
      mustHaves: ['Kubernetes'],
    });

    const gz = path.join(dir, 'bomb.reqdesk-role');
    fs.writeFileSync(gz, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    const refused = await cli('role', 'import', gz, '--db', other);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/gzip/);
  });
});
