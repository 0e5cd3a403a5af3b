import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { listBackups, openDatabase } from '../../../electron/core/db/open';
import { makeTempDir } from '../../support/temp-db';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempFile(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'reqdesk.sqlite');
}

describe('migrations', () => {
  it('are numbered in order with no gaps, so the schema version is their count', () => {
    const names = Object.keys(migrations);
    expect(names.length).toBe(LATEST_SCHEMA_VERSION);
    names.forEach((name, index) => {
      expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
      expect(Number(name.slice(0, 4))).toBe(index + 1);
    });
  });

  it('run from empty to latest and record every step', async () => {
    const database = await openDatabase(tempFile());
    cleanups.push(() => database.close());
    const executed = database.sqlite.prepare('select name from kysely_migration order by name').pluck().all();
    expect(executed).toEqual(Object.keys(migrations));
  });

  it('0001 creates settings and meta that hold rows', async () => {
    const database = await openDatabase(tempFile(), { migrateTo: 1 });
    cleanups.push(() => database.close());
    database.sqlite
      .prepare(
        "insert into settings (key, value, updated_at) values ('theme', '\"dark\"', '2026-01-01T00:00:00Z')",
      )
      .run();
    expect(database.sqlite.prepare("select value from settings where key = 'theme'").pluck().get()).toBe(
      '"dark"',
    );
    expect(database.sqlite.prepare("select count(*) from meta where key = 'install_id'").pluck().get()).toBe(
      1,
    );
  });

  it('back the file up before running pending migrations on existing data', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrateTo: LATEST_SCHEMA_VERSION - 1 });
    old.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('theme', '\"light\"', 'x')")
      .run();
    await old.close();
    const now = new Date('2026-11-22T10:00:00Z');
    const upgraded = await openDatabase(file, { clock: () => now });
    cleanups.push(() => upgraded.close());
    expect(upgraded.backupPath).not.toBeNull();
    expect(listBackups(file)).toEqual([upgraded.backupPath]);
    expect(path.basename(upgraded.backupPath ?? '')).toBe(
      `reqdesk-schema-v${LATEST_SCHEMA_VERSION - 1}-2026-11-22T10-00-00-000Z.sqlite`,
    );
    // The backup is a whole, openable copy of the file as it was.
    const copy = new BetterSqlite3(upgraded.backupPath ?? '', { readonly: true });
    cleanups.push(() => {
      copy.close();
    });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(copy.prepare("select value from settings where key = 'theme'").pluck().get()).toBe('"light"');
  });

  it('0002 keeps existing rows and adds the question tables, index and facet lookups', async () => {
    const file = tempFile();
    const v1 = await openDatabase(file, { migrateTo: 1 });
    v1.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('pageSize', '\"a4\"', 'x')")
      .run();
    await v1.close();
    const v2 = await openDatabase(file, { migrateTo: 2 });
    cleanups.push(() => v2.close());
    expect(v2.sqlite.prepare("select value from settings where key = 'pageSize'").pluck().get()).toBe('"a4"');
    const plan = v2.sqlite
      .prepare(
        "explain query plan select seq from question_facets where facet = 'level' and value = 'senior'",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX|PRIMARY KEY/);
    const tables = v2.sqlite.prepare("select name from sqlite_schema where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['questions', 'question_facets', 'questions_fts']));
  });

  it('0003 keeps the question bank and adds roles, with list columns generated from the spec', async () => {
    const file = tempFile();
    const v2 = await openDatabase(file, { migrateTo: 2 });
    v2.sqlite
      .prepare(
        `insert into questions (id, category, topic, text, strong_answer, anchors, probes, red_flags, levels, archetypes, rounds, attributes, tags, minutes, origin, created_at, updated_at)
         values ('q1', 'technical', 'Caching strategies', 'Which cache did you run?', 'x', '["a","b","c","d"]', '[]', '[]', '["mid"]', '["any"]', '["onsite"]', '["testing"]', '[]', 5, 'custom', 't', 't')`,
      )
      .run();
    await v2.close();
    const v3 = await openDatabase(file, { migrateTo: 3 });
    cleanups.push(() => v3.close());
    expect(
      v3.sqlite
        .prepare("select count(*) from questions_fts where questions_fts match 'cache*'")
        .pluck()
        .get(),
    ).toBe(1);
    v3.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Senior data engineer', 'status', 'open'), 't', 't')",
      )
      .run();
    expect(v3.sqlite.prepare("select title || '/' || status from roles where id = 'r1'").pluck().get()).toBe(
      'Senior data engineer/open',
    );
    expect(() =>
      v3.sqlite
        .prepare("insert into roles (id, spec, created_at, updated_at) values ('r2', '{oops', 't', 't')")
        .run(),
    ).toThrow(/CHECK constraint|malformed JSON/);
  });

  it('0004 keeps the roles and adds comp_edits, which holds a JSON object of figures and a dated row', async () => {
    const file = tempFile();
    const v3 = await openDatabase(file, { migrateTo: 3 });
    v3.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Platform lead', 'status', 'draft'), 't', 't')",
      )
      .run();
    await v3.close();
    const v4 = await openDatabase(file, { migrateTo: 4 });
    cleanups.push(() => v4.close());
    expect(v4.sqlite.prepare("select title from roles where id = 'r1'").pluck().get()).toBe('Platform lead');
    const insert = v4.sqlite.prepare(
      'insert into comp_edits (row_id, figures, year, updated, edited_at) values (?, ?, ?, ?, ?)',
    );
    insert.run('band-api-mid', '{"min":120000}', 2027, '2027-01-15', '2027-01-15T09:00:00Z');
    expect(
      v4.sqlite
        .prepare("select json_extract(figures, '$.min') from comp_edits where row_id = 'band-api-mid'")
        .pluck()
        .get(),
    ).toBe(120000);
    expect(() => insert.run('band-api-mid', '{}', null, '2027-01-15', 't')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('bls-p10', '[1, 2]', null, '2027-01-15', 't')).toThrow(/CHECK constraint/);
    expect(() => insert.run('bls-p25', '{oops', null, '2027-01-15', 't')).toThrow(
      /CHECK constraint|malformed JSON/,
    );
    expect(() => insert.run('bls-p50', '{}', null, '15/01/2027', 't')).toThrow(/CHECK constraint/);
    expect(() => insert.run('bls-p75', '{}', 'last year', '2027-01-15', 't')).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
  });

  it('0005 keeps the roles and adds jds (one per role) and jd_versions, read newest first by index', async () => {
    const file = tempFile();
    const v4 = await openDatabase(file, { migrateTo: 4 });
    v4.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Edge engineer', 'status', 'open'), 't', 't')",
      )
      .run();
    await v4.close();
    const v5 = await openDatabase(file, { migrateTo: 5 });
    cleanups.push(() => v5.close());
    expect(v5.sqlite.prepare("select title from roles where id = 'r1'").pluck().get()).toBe('Edge engineer');
    const jd = v5.sqlite.prepare(
      'insert into jds (id, role_id, sections, created_at, updated_at) values (?, ?, ?, ?, ?)',
    );
    jd.run(
      'j1',
      'r1',
      '[{"id":"title","heading":"","text":"Edge Engineer (TypeScript)","generated":""}]',
      't',
      't',
    );
    expect(
      v5.sqlite.prepare("select revision || '/' || last_client_seq from jds where id = 'j1'").pluck().get(),
    ).toBe('1/0');
    expect(() => jd.run('j2', 'r1', '[]', 't', 't')).toThrow(/UNIQUE/);
    expect(() => jd.run('j3', 'no-such-role', '[]', 't', 't')).toThrow(/FOREIGN KEY/);
    expect(() => jd.run('j4', 'r1', '{"not":"a list"}', 't', 't')).toThrow(/CHECK constraint/);
    const version = v5.sqlite.prepare(
      'insert into jd_versions (id, jd_id, created_at, formats, final, override_reason, text, sections) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    version.run('v1', 'j1', 't1', '["docx"]', 0, null, 'Edge Engineer (TypeScript)', '[]');
    version.run(
      'v2',
      'j1',
      't2',
      '["docx","pdf"]',
      1,
      'Posted outside the US',
      'Edge Engineer (TypeScript)',
      '[]',
    );
    expect(() => version.run('v3', 'j1', 't3', '[]', 2, null, '', '[]')).toThrow(/CHECK constraint/);
    expect(() => version.run('v4', 'nope', 't3', '[]', 0, null, '', '[]')).toThrow(/FOREIGN KEY/);
    const newestFirst = "select id from jd_versions where jd_id = 'j1' order by seq desc";
    expect(v5.sqlite.prepare(newestFirst).pluck().all()).toEqual(['v2', 'v1']);
    const plan = v5.sqlite
      .prepare(`explain query plan ${newestFirst}`)
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('jd_versions_by_jd');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('0006 keeps the roles and adds the loop: rounds, kit items and calibration, removed with the loop', async () => {
    const file = tempFile();
    const v5 = await openDatabase(file, { migrateTo: 5 });
    v5.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'API engineer', 'status', 'open'), 't', 't')",
      )
      .run();
    await v5.close();
    const v6 = await openDatabase(file, { migrateTo: 6 });
    cleanups.push(() => v6.close());
    const db = v6.sqlite;
    expect(db.prepare("select title from roles where id = 'r1'").pluck().get()).toBe('API engineer');
    db.prepare("insert into loops (role_id, created_at, updated_at) values ('r1', 't', 't')").run();
    const round = db.prepare(
      'insert into loop_rounds (id, role_id, position, kind, name, minutes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    round.run('a', 'r1', 0, 'screen', 'Recruiter screen', 30, 't', 't');
    round.run('b', 'r1', 1, 'custom', 'References', 20, 't', 't');
    expect(() => round.run('c', 'r1', 2, 'lunch', 'Lunch', 60, 't', 't')).toThrow(/CHECK constraint/);
    expect(() => round.run('d', 'r1', 2, 'custom', 'Zero', 0, 't', 't')).toThrow(/CHECK constraint/);
    expect(() => round.run('e', 'no-loop', 0, 'custom', 'X', 5, 't', 't')).toThrow(/FOREIGN KEY/);
    const item = db.prepare(
      'insert into kit_items (id, round_id, question_id, position, minutes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    item.run('i1', 'a', 'q1', 0, 10, 't', 't');
    expect(() => item.run('i2', 'a', 'q1', 1, 10, 't', 't')).toThrow(/UNIQUE/);
    db.prepare(
      "insert into loop_calibration (role_id, question_id, core, agreed_answer, created_at, updated_at) values ('r1', 'q1', 1, null, 't', 't')",
    ).run();
    expect(
      db.prepare("select sessions || focus_attributes from loop_rounds where id = 'a'").pluck().get(),
    ).toBe('[][]');
    const byRole = "select id from loop_rounds where role_id = 'r1' order by position";
    const plan = db
      .prepare(`explain query plan ${byRole}`)
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('loop_rounds_by_role');
    expect(plan).not.toContain('TEMP B-TREE');
    // Removing a round removes its kit; removing the loop removes everything under it.
    db.prepare("delete from loop_rounds where id = 'a'").run();
    expect(db.prepare('select count(*) from kit_items').pluck().get()).toBe(0);
    db.prepare("delete from loops where role_id = 'r1'").run();
    expect(db.prepare('select count(*) from loop_rounds').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from loop_calibration').pluck().get()).toBe(0);
  });

  it('0007 adds candidates, interviews, items and scorecards, all removed with the candidate; versions are read-only', async () => {
    const file = tempFile();
    const v6 = await openDatabase(file, { migrateTo: 6 });
    v6.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Data engineer', 'status', 'open'), 't', 't')",
      )
      .run();
    v6.sqlite.prepare("insert into loops (role_id, created_at, updated_at) values ('r1', 't', 't')").run();
    v6.sqlite
      .prepare(
        "insert into loop_rounds (id, role_id, position, kind, name, minutes, created_at, updated_at) values ('round', 'r1', 0, 'onsite', 'Onsite', 240, 't', 't')",
      )
      .run();
    await v6.close();
    const v7 = await openDatabase(file, { migrateTo: 7 });
    cleanups.push(() => v7.close());
    const db = v7.sqlite;
    expect(db.prepare("select name from loop_rounds where id = 'round'").pluck().get()).toBe('Onsite');
    const candidate = db.prepare(
      'insert into candidates (id, role_id, name, stage, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    );
    candidate.run('c1', 'r1', 'Zoë 🌱', 'new', 't1', 't1');
    candidate.run('c2', 'r1', 'Kept', 'screening', 't2', 't2');
    expect(() => candidate.run('c3', 'r1', 'X', 'ghosted', 't', 't')).toThrow(/CHECK constraint/);
    expect(() => candidate.run('c4', 'nope', 'X', 'new', 't', 't')).toThrow(/FOREIGN KEY/);
    const interview = db.prepare(
      `insert into interviews (id, candidate_id, role_id, round_id, round_name, round_kind, round_minutes, focus_attributes,
        interviewer, interviewer_key, status, started_at, created_at, updated_at)
       values (?, ?, 'r1', 'round', 'Onsite', 'onsite', 240, '[]', 'Dana', 'dana', 'in-progress', 't', 't', 't')`,
    );
    interview.run('i1', 'c1');
    interview.run('i2', 'c2');
    const item = db.prepare(
      `insert into interview_items (id, interview_id, question_id, position, minutes, question, rating, created_at, updated_at)
       values (?, ?, 'q', 0, 10, '{}', ?, 't', 't')`,
    );
    item.run('it1', 'i1', '4');
    item.run('it2', 'i2', 'not-asked');
    expect(() => item.run('it3', 'i1', '5')).toThrow(/CHECK constraint/);
    const card = db.prepare(
      `insert into scorecards (id, interview_id, candidate_id, interviewer, interviewer_key, status, created_at, updated_at)
       values (?, ?, ?, 'Dana', 'dana', 'submitted', 't', 't')`,
    );
    card.run('s1', 'i1', 'c1');
    card.run('s2', 'i2', 'c2');
    expect(() => card.run('s3', 'i1', 'c1')).toThrow(/UNIQUE/);
    const version = db.prepare(
      `insert into scorecard_versions (id, scorecard_id, version, ratings, recommendation, summary, submitted_at, created_at, updated_at)
       values (?, ?, ?, '[]', 'yes', ?, 't', 't', 't')`,
    );
    version.run('v1', 's1', 1, 'Clear on trade-offs.');
    expect(() => version.run('v2', 's1', 2, '   ')).toThrow(/CHECK constraint/);
    expect(() => version.run('v3', 's1', 1, 'Again')).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("update scorecard_versions set summary = 'rewritten' where id = 'v1'").run(),
    ).toThrow(/cannot change/);
    const plans = (query: string) =>
      db
        .prepare(`explain query plan ${query}`)
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    expect(plans("select id from candidates where role_id = 'r1' order by created_at desc")).toContain(
      'candidates_by_role',
    );
    expect(plans("select id from interviews where candidate_id = 'c1' order by started_at")).toContain(
      'interviews_by_candidate',
    );
    expect(plans("select id from interviews where role_id = 'r1' order by started_at desc")).toContain(
      'interviews_by_role',
    );
    expect(plans("select id from scorecards where candidate_id = 'c1'")).toContain('scorecards_by_candidate');
    // Deleting the candidate takes every row about them, and only theirs.
    db.prepare("delete from candidates where id = 'c1'").run();
    const count = (table: string) => db.prepare(`select count(*) from ${table}`).pluck().get();
    expect(['interviews', 'interview_items', 'scorecards', 'scorecard_versions'].map(count)).toEqual([
      1, 1, 1, 0,
    ]);
    // Removing the round from the loop leaves the interview, unlinked.
    db.prepare("delete from loop_rounds where id = 'round'").run();
    expect(db.prepare("select round_id is null from interviews where id = 'i2'").pluck().get()).toBe(1);
  });

  it('0008 keeps kits and interviews, adding measures links and focus labels with empty defaults', async () => {
    const file = tempFile();
    const v7 = await openDatabase(file, { migrateTo: 7 });
    const old = v7.sqlite;
    old
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Platform', 'status', 'open'), 't', 't')",
      )
      .run();
    old.prepare("insert into loops (role_id, created_at, updated_at) values ('r1', 't', 't')").run();
    old
      .prepare(
        `insert into loop_rounds (id, role_id, position, kind, name, minutes, focus_attributes, created_at, updated_at)
         values ('round', 'r1', 0, 'onsite', 'Onsite', 240, '["kubernetes-in-production"]', 't', 't')`,
      )
      .run();
    old
      .prepare(
        "insert into kit_items (id, round_id, question_id, position, minutes, created_at, updated_at) values ('k1', 'round', 'q', 0, 10, 't', 't')",
      )
      .run();
    old
      .prepare(
        "insert into candidates (id, role_id, name, stage, created_at, updated_at) values ('c1', 'r1', 'Ana', 'new', 't', 't')",
      )
      .run();
    old
      .prepare(
        `insert into interviews (id, candidate_id, role_id, round_id, round_name, round_kind, round_minutes, focus_attributes,
          interviewer, interviewer_key, status, started_at, created_at, updated_at)
         values ('i1', 'c1', 'r1', 'round', 'Onsite', 'onsite', 240, '[]', 'Dana', 'dana', 'ended', 't', 't', 't')`,
      )
      .run();
    old
      .prepare(
        `insert into interview_items (id, interview_id, question_id, position, minutes, question, rating, created_at, updated_at)
         values ('it1', 'i1', 'q', 0, 10, '{"topic":"IaC"}', '2', 't', 't')`,
      )
      .run();
    await v7.close();
    const v8 = await openDatabase(file, { migrateTo: 8 });
    cleanups.push(() => v8.close());
    const db = v8.sqlite;
    const one = (query: string) => db.prepare(query).get();
    expect(one("select minutes, measures from kit_items where id = 'k1'")).toEqual({
      minutes: 10,
      measures: '[]',
    });
    expect(one("select focus_attributes, focus_labels from loop_rounds where id = 'round'")).toEqual({
      focus_attributes: '["kubernetes-in-production"]',
      focus_labels: '{}',
    });
    expect(one("select rating, measures from interview_items where id = 'it1'")).toEqual({
      rating: '2',
      measures: '[]',
    });
    expect(one("select focus_labels from interviews where id = 'i1'")).toEqual({ focus_labels: '{}' });
    expect(() => db.prepare("update kit_items set measures = 'not json' where id = 'k1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("update interviews set focus_labels = '{' where id = 'i1'").run()).toThrow(
      /CHECK constraint/,
    );
  });

  it('0009 adds decisions (read-only, versioned), rejection reasons, a stage timeline kept by triggers, and notes', async () => {
    const file = tempFile();
    const before = await openDatabase(file, { migrateTo: 8 });
    before.sqlite
      .prepare(
        "insert into roles (id, spec, created_at, updated_at) values ('r1', json_object('title', 'Data engineer'), 't', 't')",
      )
      .run();
    before.sqlite
      .prepare(
        "insert into candidates (id, role_id, name, stage, created_at, updated_at) values ('c1', 'r1', 'Kept', 'screening', '2026-01-02', '2026-01-02')",
      )
      .run();
    await before.close();
    const after = await openDatabase(file);
    cleanups.push(() => after.close());
    const db = after.sqlite;
    // The candidate already there starts its timeline at its current stage.
    expect(
      db.prepare("select stage, at from candidate_stage_events where candidate_id = 'c1'").all(),
    ).toEqual([{ stage: 'screening', at: '2026-01-02' }]);
    db.prepare(
      "update candidates set stage = 'interviewing', updated_at = '2026-01-05' where id = 'c1'",
    ).run();
    db.prepare("update candidates set name = 'Renamed', updated_at = '2026-01-06' where id = 'c1'").run();
    expect(
      db
        .prepare("select stage from candidate_stage_events where candidate_id = 'c1' order by seq")
        .pluck()
        .all(),
    ).toEqual(['screening', 'interviewing']);
    expect(db.prepare('select count(*) from rejection_reasons').pluck().get()).toBeGreaterThan(2);
    const decide = db.prepare(
      `insert into decisions (id, candidate_id, role_id, version, outcome, rationale, rejection_reason, decided_by, decided_at, change_reason, created_at)
       values (?, 'c1', 'r1', ?, ?, 'Because', ?, 'Priya', 't', ?, 't')`,
    );
    decide.run('d1', 1, 'hire', null, null);
    expect(() => decide.run('d2', 2, 'hold', null, null)).toThrow(/CHECK constraint/); // no reason for the change
    expect(() => decide.run('d3', 2, 'no-hire', null, 'Changed')).toThrow(/CHECK constraint/); // no rejection reason
    expect(() => decide.run('d4', 1, 'hold', null, 'Again')).toThrow(/UNIQUE/);
    decide.run('d5', 2, 'no-hire', 'Pay gap', 'Changed');
    expect(() => db.prepare("update decisions set rationale = 'x' where id = 'd1'").run()).toThrow(
      /cannot change/,
    );
    db.prepare(
      "insert into candidate_notes (id, candidate_id, text, created_at) values ('n1', 'c1', 'Note', 't')",
    ).run();
    db.prepare("delete from candidates where id = 'c1'").run();
    for (const table of ['decisions', 'candidate_stage_events', 'candidate_notes']) {
      expect(db.prepare(`select count(*) from ${table}`).pluck().get()).toBe(0);
    }
  });
});

describe('0011, the search index with prefixes up to six letters', () => {
  const before0011 = Object.keys(migrations).indexOf('0011-create-question-search');
  const insertQuestion = (db: BetterSqlite3.Database, id: string, text: string, deletedAt: string | null) =>
    db
      .prepare(
        `insert into questions (id, category, topic, text, strong_answer, anchors, probes, red_flags, levels, archetypes, rounds, attributes, tags, minutes, origin, created_at, updated_at, deleted_at)
         values (?, 'technical', 'Schema changes', ?, 'Names the lock.', '["a","b","c","d"]', '[]', '[]', '["senior"]', '["data"]', '["onsite"]', '["testing"]', '["postgres"]', 5, 'custom', 't', 't', ?)`,
      )
      .run(id, text, deletedAt);
  const search = (db: BetterSqlite3.Database, match: string) =>
    db
      .prepare(
        'select q.id from question_search s join questions q on q.seq = s.rowid where question_search match ? order by q.id',
      )
      .pluck()
      .all(match);

  it('moves every live question into the new index, keeps tombstones out, and the triggers keep it in step', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrateTo: before0011 });
    insertQuestion(old.sqlite, 'q1', 'How did you run the migration on a busy table?', null);
    insertQuestion(old.sqlite, 'q2', 'Which migrations did you roll back, and why?', null);
    insertQuestion(old.sqlite, 'q3', 'A migration you removed.', '2026-01-01');
    insertQuestion(old.sqlite, 'q4', 'Café-style résumé review of a schema.', null);
    await old.close();

    const upgraded = await openDatabase(file);
    cleanups.push(() => upgraded.close());
    const db = upgraded.sqlite;
    const tables = db.prepare("select name from sqlite_schema where type = 'table'").pluck().all();
    expect(tables).not.toContain('questions_fts');
    expect(db.prepare("select sql from sqlite_schema where name = 'question_search'").pluck().get()).toMatch(
      /prefix = '2 3 4 5 6'/,
    );
    expect(search(db, '{text} : "migr"*')).toEqual(['q1', 'q2']);
    expect(search(db, '{text} : "resume"*')).toEqual(['q4']); // diacritics folded as before
    // Filter tokens came across with the rows.
    const senior = `facets : "f${Buffer.from('level\u001fsenior').toString('hex')}"`;
    expect(search(db, senior)).toEqual(['q1', 'q2', 'q4']);
    db.prepare("insert into question_search (question_search, rank) values ('integrity-check', 1)").run();

    // The triggers now write to the new index.
    insertQuestion(db, 'q5', 'Plan a migration with no downtime.', null);
    db.prepare("update questions set text = 'Plan a rollout.' where id = 'q1'").run();
    db.prepare("update questions set deleted_at = 't2' where id = 'q2'").run();
    expect(search(db, '{text} : "migr"*')).toEqual(['q5']);
    db.prepare("delete from questions where id = 'q5'").run();
    expect(search(db, '{text} : "migr"*')).toEqual([]);
    expect(search(db, '{text} : "rollo"*')).toEqual(['q1']);
  });
});
