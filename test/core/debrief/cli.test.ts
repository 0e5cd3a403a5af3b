import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import type { CalibrationReport, Debrief } from '../../../shared/debrief';
import { caller } from '../../support/core-caller';
import { makeTempDir } from '../../support/temp-db';
import { cli } from '../support/run-cli';
import { seedPanel } from './panel';
import { PANEL } from './panel-cards';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A database file holding the three-interviewer panel and a recorded decision. */
async function panelDatabase() {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const db = path.join(dir, 'reqdesk.sqlite');
  const ctx = await openCore(db, { transport: 'cli' });
  const seeded = await seedPanel(ctx, PANEL);
  await caller(ctx).call('debrief.decide', {
    candidateId: seeded.candidate.id,
    outcome: 'no-hire',
    rationale: 'The API contract gap is the core of the job.',
    rejectionReason: 'Skills below what the role needs',
    decidedBy: 'Priya Natarajan',
    expectedVersion: 0,
  });
  await ctx.database.close();
  return { db, ...seeded };
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('reqdesk candidate, debrief and calibration', () => {
  it('list and show candidates; the debrief prints the grid, flags and decision as text and JSON', async () => {
    const { db, candidate, role } = await panelDatabase();
    const list = await cli('candidate', 'list', '--role', role.id, '--db', db);
    expect(list.code).toBe(0);
    expect(list.out).toContain(`${candidate.id}  Rejected`);
    expect(list.out).toContain('Amaru Quispe');
    expect(list.out).toContain('(3 interviews, 3 scored)');

    const show = await cli('candidate', 'show', candidate.id, '--db', db);
    expect(show.code).toBe(0);
    expect(show.out).toContain('decision: No hire (version 1) by Priya Natarajan');
    expect(show.out).toMatch(/stage timeline:\n.*Interviewing\n.*Rejected/);

    const text = await cli('debrief', candidate.id, '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/attribute\s+Dana Reyes\s+Lee Okafor\s+Kim Tanaka\s+mean\s+spread\s+count/);
    expect(text.out).toMatch(/API design\s+3\s+1\s+2\s+2\.00\s+2\s+3/);
    expect(text.out).toMatch(/System design\s+3\s+not assessed\s+3\s+3\.00\s+0\s+2/);
    expect(text.out).toContain('Split recommendation: 2 for, 1 against');
    expect(text.out).toContain('Red flag raised by Lee Okafor only: Shaky on databases');
    expect(text.out).toContain('reason: Skills below what the role needs');

    const json = await cli('debrief', candidate.id, '--role', role.id, '--db', db, '--json');
    const debrief = JSON.parse(json.out) as Debrief;
    expect(debrief.rows.find((r) => r.attribute === 'api-design')?.aggregate).toMatchObject({
      mean: 2,
      count: 3,
    });
    expect(debrief.decision?.outcome).toBe('no-hire');

    const calibration = await cli('calibration', '--role', role.id, '--db', db);
    expect(calibration.code).toBe(0);
    expect(calibration.out).toMatch(/Dana Reyes\s+1\s+3\.25/);
    expect(calibration.out).toContain('too few to judge');
    const report = JSON.parse(
      (await cli('calibration', '--role', role.id, '--db', db, '--json')).out,
    ) as CalibrationReport;
    expect(report.interviewers).toHaveLength(3);
  });

  it('exits 1 with a reason on a bad or unknown id', async () => {
    const { db } = await panelDatabase();
    const cases: [string[], RegExp][] = [
      [['candidate', 'show', 'nope'], /not a candidate id/],
      [['candidate', 'show', MISSING], /no longer exists/],
      [['candidate', 'list', '--role', MISSING], /role/i],
      [['debrief', MISSING], /no longer exists/],
      [['debrief', 'nope'], /not a candidate id/],
      [['calibration', '--role', MISSING], /does not exist/],
      [['calibration'], /Usage/],
    ];
    for (const [argv, reason] of cases) {
      const result = await cli(...argv, '--db', db);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.err, argv.join(' ')).toMatch(reason);
    }
  });
});
