import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { openCore } from '../../electron/core/open-core';
import { createRole } from '../../electron/core/roles/roles';
import { emptyRoleSpec } from '../../shared/roles';
import type { Scorecard } from '../../shared/scorecards';
import { caller } from '../support/core-caller';
import { makeTempDir } from '../support/temp-db';
import { startedInterview } from './interviews/fixtures';
import { completeSpec } from './jd/specs';
import { cli } from './support/run-cli';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempPath(name = 'reqdesk.sqlite'): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, name);
}

/** A database file as the app leaves it: made and migrated. */
async function newDatabase(): Promise<string> {
  const db = tempPath();
  await (await openCore(db, { transport: 'cli' })).database.close();
  return db;
}

describe('reqdesk CLI', () => {
  it('lists its commands with --help and fails without a command', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('db-check');
    expect(help.out).toContain('info');
    expect((await cli()).code).toBe(1);
  });

  it('fails clearly on an unknown command or option', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Unknown command "frobnicate"');
    const badFlag = await cli('info', '--colour');
    expect(badFlag.code).toBe(1);
    expect(badFlag.err).toContain('--colour');
  });

  it('info --json describes the database it opened', async () => {
    const db = tempPath();
    const { code, out } = await cli('info', '--db', db, '--json');
    expect(code).toBe(0);
    const info = JSON.parse(out);
    expect(info).toMatchObject({
      name: 'Reqdesk',
      databasePath: db,
      schemaVersion: LATEST_SCHEMA_VERSION,
      transport: 'cli',
    });
  });

  it('db-check passes a healthy file and reports it as JSON', async () => {
    const db = tempPath();
    await cli('info', '--db', db);
    const { code, out } = await cli('db-check', '--db', db, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      status: 'ok',
      healthy: true,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
  });

  it('db-check exits 1 on a damaged, missing or newer file and changes none of them', async () => {
    const garbage = tempPath('garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    const damaged = await cli('db-check', '--db', garbage);
    expect(damaged.code).toBe(1);
    expect(damaged.out).toContain('damaged');
    expect(fs.readFileSync(garbage).equals(Buffer.alloc(8192, 7))).toBe(true);

    const missing = tempPath('missing.sqlite');
    expect((await cli('db-check', '--db', missing)).code).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);

    const future = tempPath('future.sqlite');
    await cli('info', '--db', future);
    const raw = new BetterSqlite3(future);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const tooNew = await cli('db-check', '--db', future, '--json');
    expect(tooNew.code).toBe(1);
    expect(JSON.parse(tooNew.out)).toMatchObject({ status: 'too_new', healthy: false });
    const info = await cli('info', '--db', future);
    expect(info.code).toBe(1);
    expect(info.err).toContain('newer Reqdesk');
  });

  it('runs as the reqdesk bin with the exit code of the command', async () => {
    const bin = path.resolve('bin/reqdesk.mjs');
    const db = tempPath();
    const run = promisify(execFile);
    const ok = await run(process.execPath, [bin, 'info', '--db', db, '--json']);
    expect(JSON.parse(ok.stdout).databasePath).toBe(db);
    const failed = await run(process.execPath, [bin, 'db-check', '--db', `${db}.missing`]).catch(
      (e: { code: number }) => e,
    );
    expect((failed as { code: number }).code).toBe(1);
  });
});

describe('reqdesk bank', () => {
  const sheet = [
    'question,category,topic,levels,tags',
    '"Walk me through a slow query you fixed on the Quokka orders table.",technical,Slow query on a large table,"senior, lead",postgres',
    '"How do you review a pull request from a new teammate?",behavioural,Code review habits,mid,',
  ].join('\n');

  it('imports a CSV (dry run first), finds it by search, exports and re-imports with no change', async () => {
    const db = tempPath();
    const csvFile = tempPath('bank.csv');
    fs.writeFileSync(csvFile, sheet);

    const dry = await cli('bank', 'import', csvFile, '--dry-run', '--db', db, '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out).counts).toMatchObject({ new: 2, invalid: 0 });
    // A new file holds the shipped starter bank, but not the spreadsheet's questions yet.
    const empty = await cli('bank', 'search', 'quokka', '--db', db, '--json');
    expect(JSON.parse(empty.out).total).toBe(0);

    expect((await cli('bank', 'import', csvFile, '--db', db)).out).toContain('imported: 2 new');
    const found = await cli('bank', 'search', 'quok slow', '--level', 'senior', '--db', db, '--json');
    expect(JSON.parse(found.out)).toMatchObject({
      total: 1,
      hits: [{ text: 'Walk me through a slow query you fixed on the Quokka orders table.' }],
    });
    const text = await cli('bank', 'search', 'review', '--db', db);
    expect(text.out).toContain('[review]');

    const jsonFile = tempPath('bank.json');
    const exported = JSON.parse((await cli('bank', 'export', jsonFile, '--db', db, '--json')).out);
    const all = JSON.parse((await cli('bank', 'search', '', '--db', db, '--json')).out).total;
    expect(exported.count).toBe(all);
    const again = await cli('bank', 'import', jsonFile, '--db', db, '--json');
    expect(JSON.parse(again.out).plan.counts).toMatchObject({ unchanged: all, new: 0, updated: 0 });
  });

  it('exits 1 with a clear message on files it refuses', async () => {
    const db = tempPath();
    const binary = tempPath('bank.csv');
    fs.writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const refused = await cli('bank', 'import', binary, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not a text file');
    const wrongKind = tempPath('bank.docx');
    fs.writeFileSync(wrongKind, 'x');
    expect((await cli('bank', 'import', wrongKind, '--db', db)).err).toContain('.json or .csv');
    expect((await cli('bank', 'import', tempPath('missing.json'), '--db', db)).err).toContain('no such file');
    expect((await cli('bank', 'frob', '--db', db)).code).toBe(1);
  });
});

describe('reqdesk role', () => {
  it('lists roles and shows one, as text and as JSON; an unknown id exits 1', async () => {
    const db = tempPath();
    const ctx = await openCore(db, { transport: 'cli' });
    const role = await createRole(ctx, {
      ...emptyRoleSpec(),
      title: 'Senior data-intensive engineer',
      company: 'Harbor Health',
      archetype: 'data',
      level: 'senior',
      status: 'open',
      pay: { min: 165_000, max: 215_000, currency: 'USD' },
    });
    await ctx.database.close();

    const list = await cli('role', 'list', '--db', db, '--json');
    expect(JSON.parse(list.out)).toEqual([
      expect.objectContaining({ id: role.id, status: 'open', level: 'senior' }),
    ]);
    expect((await cli('role', 'list', '--db', db)).out).toContain(
      'Senior data-intensive engineer at Harbor Health',
    );
    expect((await cli('role', 'list', '--status', 'draft', '--db', db)).out).toBe('No roles yet.');

    const shown = await cli('role', 'show', role.id, '--db', db);
    expect(shown.out).toContain('pay:       165000-215000 USD');
    expect(JSON.parse((await cli('role', 'show', role.id, '--db', db, '--json')).out).spec.company).toBe(
      'Harbor Health',
    );
    const missing = await cli('role', 'show', '00000000-0000-4000-8000-000000000000', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('That role no longer exists.');
    expect((await cli('role', 'frobnicate', '--db', db)).code).toBe(1);
  });
});

describe('reqdesk comp', () => {
  it('shows the band step by step with warnings, sources, cost and time to fill; --json prints the advice', async () => {
    const db = await newDatabase();
    const flags = [
      '--archetype',
      'api',
      '--level',
      'senior',
      '--metro',
      'San Francisco',
      '--industry',
      'healthcare',
    ];
    const human = await cli('comp', ...flags, '--db', db);
    expect(human.code).toBe(0);
    // $175K-$215K coastal quote, then 175 x1.08 = 189 and 215 x1.15 = 247.25 -> 247.
    expect(human.out).toContain('Recommended band: $189K-$247K');
    expect(human.out).toMatch(/1\. Base band: API \/ services, senior -> \$155K-\$200K/);
    expect(human.out).toMatch(/2\. Coastal metro \(San Francisco\).* -> \$175K-\$215K/);
    expect(human.out).toMatch(/3\. Regulated industry \(Healthcare\): \+8% to \+15% -> \$189K-\$247K/);
    expect(human.out).toContain('Source: KORE1 backend developer JD template, 2026');
    expect(human.out).toContain('[error] No pay range is posted.');
    expect(human.out).toContain('BLS, San Francisco-Oakland-Berkeley: typical $161K');
    expect(human.out).toContain(
      'Total cost of employment: $227K-$321K a year: salary plus 20-30% for benefits, payroll taxes and overhead (recommended band)',
    );
    expect(human.out).toContain('Time to fill: 45-60 days.');

    const json = await cli(
      'comp',
      ...flags,
      '--specialty',
      '--min',
      '200k',
      '--max',
      '$280,000',
      '--json',
      '--db',
      db,
    );
    expect(json.code).toBe(0);
    const advice = JSON.parse(json.out);
    expect(advice.band).toEqual({ min: 208_000, max: 284_000 });
    expect(advice.steps.map((s: { id: string }) => s.id)).toEqual([
      'base',
      'coastal',
      'regulated-industry',
      'senior-specialty',
    ]);
    expect(advice.totalCost).toMatchObject({ min: 240_000, max: 364_000, basis: 'posted' });
  });

  it('reads --state, --work-mode and --role, and exits 1 with a clear message on a bad value', async () => {
    const db = await newDatabase();
    const remote = await cli(
      'comp',
      '--archetype',
      'edge',
      '--level',
      'mid',
      '--work-mode',
      'Remote',
      '--state',
      'CO',
      '--db',
      db,
    );
    expect(remote.code).toBe(0);
    expect(remote.out).toContain('JD guide, Remote (US), mid: $80K-$125K');
    expect(remote.out).toContain('BLS, Colorado: typical $141,220');

    const ctx = await openCore(db, { transport: 'cli' });
    const role = await createRole(ctx, {
      ...emptyRoleSpec(),
      archetype: 'data',
      level: 'lead',
      industry: 'financial-services',
    });
    await ctx.database.close();
    expect((await cli('comp', '--role', role.id, '--db', db)).out).toContain('Recommended band: $225K-$290K');

    const cases: [string[], string][] = [
      [
        ['--archetype', 'mobile', '--level', 'senior'],
        '--archetype "mobile" is not one of: api, data, platform, edge',
      ],
      [['--archetype', 'api', '--level', 'principal'], '--level "principal" is not one of'],
      [['--archetype', 'api', '--level', 'mid', '--industry', 'crypto'], '--industry "crypto" is not one of'],
      [['--archetype', 'api', '--level', 'mid', '--min', 'lots'], '--min "lots" is not an amount'],
      [
        ['--archetype', 'api', '--level', 'mid', '--min', '200000', '--max', '100000'],
        'minimum is above the maximum',
      ],
      [['--archetype', 'api'], '--archetype and --level are needed'],
      [['--role', 'not-a-uuid'], 'That is not a role id.'],
      [['--archetype', 'api', '--level', 'mid', '--colour'], '--colour'],
    ];
    for (const [argv, message] of cases) {
      const result = await cli('comp', ...argv, '--db', db);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.err).toContain(message);
    }
  });
});

describe('reqdesk jd check', () => {
  const jds = path.join(import.meta.dirname, '../fixtures/jds');

  it('exits 0 on a clean JD and 1 when a finding is an error', async () => {
    const good = await cli('jd', 'check', path.join(jds, '01-good-ledger-go.md'));
    expect(good.code).toBe(0);
    expect(good.out).toContain('01-good-ledger-go.md: score 100/100 (0 errors, 0 warnings, 0 notes)');
    const noPay = path.join(jds, '11-bad-no-pay-california.md');
    const bad = await cli('jd', 'check', noPay, '--location', 'San Francisco, CA');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('error   missing-pay-range (compensation)');
    expect(bad.out).toContain("California's SB 1162");
    // The same JD in Texas has no law behind the missing range: a warning, exit 0.
    const texas = await cli('jd', 'check', noPay, '--location', 'Austin, TX');
    expect(texas.code).toBe(0);
    expect(texas.out).toContain('warning missing-pay-range');
  });

  it('prints the score once, then the points each check took off it', async () => {
    const { out } = await cli('jd', 'check', path.join(jds, '24-bad-candidate-jargon.md'));
    expect(out).toContain('24-bad-candidate-jargon.md: score 85/100 (0 errors, 3 warnings, 0 notes)');
    expect(out.match(/score/gi)).toHaveLength(1);
    const after = out.slice(out.indexOf('Points off 100:'));
    const points = [...after.matchAll(/^ {2}-\s*(\d+) {2}\S/gm)].map((m) => Number(m[1]));
    expect(points).toEqual([10, 5]);
    expect(after).toContain('jargon: 2 warnings x 5.');
    expect(after).toContain('the-candidate: 1 warning x 5.');

    // Points past 100 take the score to 0 and no lower, and the report says so.
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const worst = path.join(dir, 'worst.md');
    fs.writeFileSync(
      worst,
      [
        '# Rockstar Developer/DevOps/QA',
        '## About the role',
        'The ideal candidate is a [Company Name] rockstar. The candidate must be a digital native. [Team Name] wants a young, energetic self-starter.',
        '## Responsibilities',
        '(List six responsibilities, each naming the service or project.)',
        '- Build features',
        '- Other duties as assigned',
        '- Wear many hats',
        '## Requirements',
        '- 10+ years of experience',
        '- Java, Python, Go, Rust, C++, Scala, Ruby, PHP, Elixir, Haskell',
      ].join('\n'),
    );
    const bad = await cli('jd', 'check', worst, '--location', 'San Francisco, CA');
    expect(bad.out).toMatch(/^worst\.md: score 0\/100 /);
    const taken = [...bad.out.matchAll(/^ {2}-\s*(\d+) {2}\S/gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(taken).toBeGreaterThan(100);
    expect(bad.out).toContain(`${taken} points in all; the score stops at 0.`);
  });

  it('--json prints one object with the score and each finding', async () => {
    const { code, out } = await cli('jd', 'check', path.join(jds, '24-bad-candidate-jargon.md'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['score', 'words', 'inferred', 'boilerplate', 'findings']);
    expect(report.score).toBe(85);
    expect(report.findings.map((f: { id: string }) => f.id).sort()).toEqual([
      'jargon',
      'jargon',
      'the-candidate',
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['id', 'severity', 'start', 'end', 'message', 'fix']);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('reads a .docx and refuses missing, oversize and non-Word files with a clear message', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const { Document, Packer, Paragraph } = await import('docx');
    const docx = path.join(dir, 'old.docx');
    const lines = ['Backend Developer (Go)', 'About the role', 'You will own the refunds service.'];
    fs.writeFileSync(
      docx,
      await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })),
    );
    const read = await cli('jd', 'check', docx, '--json');
    expect(JSON.parse(read.out).findings.some((f: { id: string }) => f.id === 'jd-length')).toBe(true);

    const missing = await cli('jd', 'check', path.join(dir, 'nope.md'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('There is no file at') });
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x61));
    expect((await cli('jd', 'check', big)).err).toContain(
      'big.txt is 6.0 MB; a job description file can be at most 5.0 MB.',
    );
    const fake = path.join(dir, 'fake.docx');
    fs.writeFileSync(fake, 'just text');
    expect(await cli('jd', 'check', fake)).toMatchObject({
      code: 1,
      err: expect.stringContaining('is not a Word document'),
    });
    expect((await cli('jd', 'show')).err).toContain('Usage: reqdesk jd check');
  });
});

describe('reqdesk jd show and export', () => {
  async function roleDb(spec: Parameters<typeof createRole>[1]) {
    const db = tempPath();
    const ctx = await openCore(db, { transport: 'cli' });
    const role = await createRole(ctx, spec);
    await ctx.database.close();
    return { db, role, dir: path.dirname(db) };
  }

  it('show prints the generated JD and its check summary; --json gives sections and findings', async () => {
    const { db, role } = await roleDb(completeSpec());
    const shown = await cli('jd', 'show', role.id, '--db', db);
    expect(shown.code).toBe(0);
    expect(shown.out.split('\n')[0]).toBe('Senior Backend Engineer (Data Platform)');
    expect(shown.out).toContain('About the role\nYou will own the shipment events pipeline');
    expect(shown.out).toMatch(/Checks: score \d+\/100 \(0 errors, /);
    const json = JSON.parse((await cli('jd', 'show', role.id, '--db', db, '--json')).out);
    expect(json.jd.sections.map((s: { id: string }) => s.id)).toEqual([
      'title',
      'about',
      'first90',
      'requirements',
      'compensation',
      'company',
    ]);
    expect(json.jd.sections.every((s: { edited: boolean }) => s.edited === false)).toBe(true);
    expect(json.check.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const missing = await cli('jd', 'show', '00000000-0000-4000-8000-000000000000', '--db', db);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('That role no longer exists.') });
  });

  it('export writes the DOCX and PDF it is given and records a version', async () => {
    const { db, role, dir } = await roleDb(completeSpec());
    const docx = path.join(dir, 'out.docx');
    const pdf = path.join(dir, 'out.pdf');
    const done = await cli('jd', 'export', role.id, '--docx', docx, '--pdf', pdf, '--db', db);
    expect(done).toMatchObject({ code: 0, out: `wrote ${docx}\nwrote ${pdf}` });
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    const sqlite = new BetterSqlite3(db, { readonly: true });
    cleanups.push(() => sqlite.close());
    expect(sqlite.prepare('select formats from jd_versions').pluck().all()).toEqual(['["docx","pdf"]']);
    const usage = await cli('jd', 'export', role.id, '--db', db);
    expect(usage).toMatchObject({ code: 1, err: expect.stringContaining('Give --docx, --pdf or both.') });
  });

  it('export of a final JD without a required range exits 1 with the refusal; --override records the reason', async () => {
    const { db, role, dir } = await roleDb(
      completeSpec({ pay: { min: null, max: null, currency: 'USD' }, city: 'Seattle', state: 'WA' }),
    );
    const ctx = await openCore(db, { transport: 'cli' });
    const { jdForRole, markJdFinal, saveJd } = await import('../../electron/core/jd/builder');
    const jd = await jdForRole(ctx, role.id);
    await saveJd(ctx, {
      id: jd.id,
      sections: [{ id: 'compensation', text: 'Benefits: medical.' }],
      clientSeq: 1,
    });
    await markJdFinal(ctx, jd.id, true);
    await ctx.database.close();

    const pdf = path.join(dir, 'final.pdf');
    const refused = await cli('jd', 'export', role.id, '--pdf', pdf, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/marked final .*Washington/);
    expect(fs.existsSync(pdf)).toBe(false);
    const blank = await cli('jd', 'export', role.id, '--pdf', pdf, '--override', ' ', '--db', db);
    expect(blank.code).toBe(1);
    const overridden = await cli(
      'jd',
      'export',
      role.id,
      '--pdf',
      pdf,
      '--override',
      'Posted only in Canada',
      '--db',
      db,
    );
    expect(overridden.code).toBe(0);
    expect(fs.existsSync(pdf)).toBe(true);
    const sqlite = new BetterSqlite3(db, { readonly: true });
    cleanups.push(() => sqlite.close());
    expect(sqlite.prepare("select final || ':' || override_reason from jd_versions").pluck().all()).toEqual([
      '1:Posted only in Canada',
    ]);
  });

  it('export asks for --remove-placeholders while the JD has any', async () => {
    const { db, role, dir } = await roleDb(completeSpec({ scale: '' }));
    const docx = path.join(dir, 'p.docx');
    const asked = await cli('jd', 'export', role.id, '--docx', docx, '--db', db);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('[scale, e.g. requests a day]');
    expect(fs.existsSync(docx)).toBe(false);
    const cut = await cli('jd', 'export', role.id, '--docx', docx, '--remove-placeholders', '--db', db);
    expect(cut.code).toBe(0);
    expect(cut.out).toContain('cut out: [scale, e.g. requests a day]');
  });
});

describe('reqdesk interview and scorecard', () => {
  it('interview list filters by role; scorecard show prints the card and its versions, as text and JSON', async () => {
    const db = tempPath();
    const ctx = await openCore(db, { transport: 'cli' });
    const { call } = caller(ctx);
    const { interview, role } = await startedInterview(ctx);
    const other = await startedInterview(ctx, 'Kofi Mensah');
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: interview.items[0]?.id,
      rating: 4,
      evidence: 'Partitioned the ledger by month',
      clientSeq: 1,
    });
    await call('interviews.end', { id: interview.id, roundElapsedMs: 2_400_000 });
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
    await call('scorecards.submit', {
      id: card.id,
      attributeRatings: card.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 3 })),
      recommendation: 'yes',
      summary: 'Clear about data trade-offs.',
    });
    await call('scorecards.revise', {
      id: card.id,
      reason: 'Debrief changed my mind',
      recommendation: 'strong-yes',
    });
    await ctx.database.close();

    const all = JSON.parse((await cli('interview', 'list', '--db', db, '--json')).out) as { id: string }[];
    expect(all.map((i) => i.id).sort()).toEqual([interview.id, other.interview.id].sort());
    const mine = await cli('interview', 'list', '--role', role.id, '--db', db);
    expect(mine.code).toBe(0);
    expect(mine.out).toContain(`${interview.id}`);
    expect(mine.out).toContain(
      'Amaru Quispe - Technical screen with Dana Reyes (ended, scorecard submitted)',
    );
    expect(mine.out).not.toContain(other.interview.id);
    expect((await cli('interview', 'list', '--role', 'nope', '--db', db)).code).toBe(1);

    const shown = await cli('scorecard', 'show', card.id, '--db', db);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('version 2, submitted');
    expect(shown.out).toContain('recommendation: Strong yes');
    expect(shown.out).toContain('Schema design [4 - strong]: Partitioned the ledger by month');
    expect(shown.out).toMatch(
      / {2}1 {2}\S+ {2}Yes\n {2}2 {2}\S+ {2}Strong yes {2}\(Debrief changed my mind\)/,
    );
    const json = JSON.parse((await cli('scorecard', 'show', card.id, '--db', db, '--json')).out);
    expect(json).toMatchObject({ id: card.id, version: 2, recommendation: 'strong-yes' });
    expect(json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const missing = await cli('scorecard', 'show', '00000000-0000-4000-8000-000000000000', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('That scorecard no longer exists.');
    expect((await cli('scorecard', 'show', 'abc', '--db', db)).code).toBe(1);
    // The interview id that `interview list` prints finds its scorecard too.
    const byInterview = await cli('scorecard', 'show', interview.id, '--db', db, '--json');
    expect(JSON.parse(byInterview.out)).toMatchObject({ id: card.id });
  });
});

describe('reqdesk commands that read', () => {
  it('refuse a --db path with no file instead of making an empty database there', async () => {
    const nowhere = tempPath('typo.sqlite');
    for (const argv of [
      ['role', 'list'],
      ['interview', 'list'],
      ['scorecard', 'show', '00000000-0000-4000-8000-000000000000'],
      ['comp', '--archetype', 'api', '--level', 'senior'],
    ]) {
      const { code, err } = await cli(...argv, '--db', nowhere);
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toContain(`There is no database at ${nowhere}`);
    }
    expect(fs.existsSync(nowhere)).toBe(false);
  });

  it('refuse words they do not take, and --role with flags it replaces', async () => {
    const db = await newDatabase();
    const extra = await cli('role', 'list', 'extra', '--db', db);
    expect(extra.code).toBe(1);
    expect(extra.err).toContain('Unexpected "extra"');
    const both = await cli(
      'comp',
      '--role',
      '00000000-0000-4000-8000-000000000000',
      '--level',
      'junior',
      '--db',
      db,
    );
    expect(both.code).toBe(1);
    expect(both.err).toContain('leave out --level');
  });

  it('stops quietly when the reader of its output closes the pipe', async () => {
    const bin = path.resolve('bin/reqdesk.mjs');
    const db = await newDatabase();
    // `| head -1`: the shell closes the pipe after one line, before the command has written all.
    const { stderr } = await promisify(execFile)('bash', [
      '-c',
      `"${process.execPath}" "${bin}" comp --archetype api --level senior --db "${db}" | head -1`,
    ]);
    expect(stderr).not.toContain('EPIPE');
  });
});
