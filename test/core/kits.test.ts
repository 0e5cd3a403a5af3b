import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Loop } from '../../shared/kits';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';
import { makeQuestion, makeRole } from './interviews/fixtures';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const names = (loop: Loop) => loop.rounds.map((r) => r.name);

describe('the loop of a role', () => {
  it('starts as the four default rounds, written once', async () => {
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    expect(loop.rounds.map((r) => [r.kind, r.minutes, r.position])).toEqual([
      ['screen', 30, 0],
      ['technical-screen', 45, 1],
      ['exercise', 90, 2],
      ['onsite', 240, 3],
    ]);
    const onsite = loop.rounds[3];
    expect(onsite?.sessions.length).toBeGreaterThan(1);
    expect(onsite?.sessions.reduce((s, x) => s + x.minutes, 0)).toBe(240);
    expect(loop.totalMinutes).toBe(405);
    // Every standard attribute is looked at in two rounds by default: no coverage warning.
    expect(loop.coverage.warnings).toEqual([]);
    // Reading again does not add rounds; removing all of them does not bring the defaults back.
    expect((await call<Loop>('loop.get', { roleId: role.id })).rounds).toHaveLength(4);
    let current = loop;
    for (const round of loop.rounds) current = await call<Loop>('loop.removeRound', { id: round.id });
    expect(current.rounds).toEqual([]);
    expect((await call<Loop>('loop.get', { roleId: role.id })).rounds).toEqual([]);
  });

  it('adds, renames, resizes, reorders and removes rounds', async () => {
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const [screen, tech, exercise, onsite] = loop.rounds.map((r) => r.id) as [string, string, string, string];

    let next = await call<Loop>('loop.addRound', {
      roleId: role.id,
      name: 'Reference calls',
      minutes: 20,
      position: 1,
    });
    expect(names(next)).toEqual([
      'Recruiter screen',
      'Reference calls',
      'Technical screen',
      'Exercise',
      'Onsite',
    ]);
    expect(next.rounds.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    expect(next.rounds[1]?.kind).toBe('custom');

    next = await call<Loop>('loop.updateRound', {
      id: exercise,
      name: 'Live exercise 🧪',
      minutes: 60,
      focusAttributes: ['api-design', 'testing', 'testing'],
      sessions: [{ name: 'Build the endpoint', minutes: 60 }],
    });
    const changed = next.rounds.find((r) => r.id === exercise);
    expect(changed).toMatchObject({
      name: 'Live exercise 🧪',
      minutes: 60,
      focusAttributes: ['api-design', 'testing'],
      sessions: [{ name: 'Build the endpoint', minutes: 60 }],
    });

    next = await call<Loop>('loop.moveRound', { id: onsite, toPosition: 0 });
    expect(next.rounds.map((r) => r.id).slice(0, 2)).toEqual([onsite, screen]);
    next = await call<Loop>('loop.moveRound', { id: onsite, toPosition: 99 });
    expect(next.rounds.at(-1)?.id).toBe(onsite);

    next = await call<Loop>('loop.removeRound', { id: tech });
    expect(next.rounds.map((r) => r.id)).not.toContain(tech);
    expect(next.rounds.map((r) => r.position)).toEqual([0, 1, 2, 3]);

    expect((await refusal('loop.updateRound', { id: screen, minutes: 0 })).code).toBe('bad_input');
    expect((await refusal('loop.updateRound', { id: screen, name: 'Bad\u0007name' })).code).toBe('bad_input');
    expect((await refusal('loop.removeRound', { id: tech })).code).toBe('not_found');
  });

  it('builds each kit from bank questions, with a time budget against the round length', async () => {
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const tech = loop.rounds[1]?.id as string;
    const a = await makeQuestion(core.ctx, { topic: 'A', minutes: 15 });
    const b = await makeQuestion(core.ctx, { topic: 'B', minutes: 20 });
    const c = await makeQuestion(core.ctx, { topic: 'C', minutes: 5 });

    await call('kit.addQuestion', { roundId: tech, questionId: a.id });
    await call('kit.addQuestion', { roundId: tech, questionId: b.id });
    let next = await call<Loop>('kit.addQuestion', { roundId: tech, questionId: c.id, position: 0 });
    let round = next.rounds[1];
    expect(round?.items.map((i) => i.question.topic)).toEqual(['C', 'A', 'B']);
    expect(round?.items.map((i) => i.position)).toEqual([0, 1, 2]);
    expect(round?.plannedMinutes).toBe(40);
    expect(round?.minutes).toBe(45);
    // The kit shows the bank's guidance beside each question.
    expect(round?.items[1]?.question).toMatchObject({
      strongAnswer: a.strongAnswer,
      anchors: a.anchors,
      minutes: 15,
    });

    const [itemC, itemA, itemB] = (round?.items ?? []).map((i) => i.id) as [string, string, string];
    next = await call<Loop>('kit.setMinutes', { id: itemB, minutes: 30 });
    round = next.rounds[1];
    expect(round?.plannedMinutes).toBe(50); // over the 45-minute round: the screen shows it
    expect(round?.items.find((i) => i.id === itemB)?.minutes).toBe(30);
    // The bank question keeps its own suggested minutes.
    expect(round?.items.find((i) => i.id === itemB)?.question.minutes).toBe(20);

    next = await call<Loop>('kit.moveItem', { id: itemC, toPosition: 2 });
    expect(next.rounds[1]?.items.map((i) => i.id)).toEqual([itemA, itemB, itemC]);
    next = await call<Loop>('kit.removeItem', { id: itemA });
    expect(next.rounds[1]?.items.map((i) => [i.id, i.position])).toEqual([
      [itemB, 0],
      [itemC, 1],
    ]);
    expect(next.rounds[1]?.plannedMinutes).toBe(35);

    expect((await refusal('kit.addQuestion', { roundId: tech, questionId: b.id })).code).toBe('conflict');
    expect((await refusal('kit.setMinutes', { id: itemB, minutes: 1.5 })).code).toBe('bad_input');
    // A question deleted from the bank stays visible in the kit, marked.
    await call('questions.delete', { id: b.id });
    const after = await call<Loop>('loop.get', { roleId: role.id });
    expect(after.rounds[1]?.items.find((i) => i.id === itemB)?.questionDeleted).toBe(true);
    expect((await refusal('kit.addQuestion', { roundId: loop.rounds[0]?.id, questionId: b.id })).code).toBe(
      'not_found',
    );
  });

  it('removing a round removes its kit', async () => {
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const q = await makeQuestion(core.ctx);
    await call('kit.addQuestion', { roundId: loop.rounds[0]?.id, questionId: q.id });
    expect(core.database.sqlite.prepare('select count(*) from kit_items').pluck().get()).toBe(1);
    await call('loop.removeRound', { id: loop.rounds[0]?.id });
    expect(core.database.sqlite.prepare('select count(*) from kit_items').pluck().get()).toBe(0);
  });
});

describe('the coverage matrix', () => {
  it('crosses attributes with rounds, maps must-haves and warns on thin or missing coverage', async () => {
    const role = await makeRole(core.ctx, [
      'PostgreSQL schema design at volume',
      'Go in production',
      'Kafka consumers',
    ]);
    let loop = await call<Loop>('loop.get', { roleId: role.id });
    const [screen, tech, exercise, onsite] = loop.rounds.map((r) => r.id) as [string, string, string, string];
    const row = (attribute: string) => loop.coverage.attributes.find((a) => a.attribute === attribute);

    // "PostgreSQL schema design" maps to the standard attribute; "Go" has none, so it is its own.
    expect(row('data-modelling-sql')).toMatchObject({
      mustHave: true,
      standard: true,
      rounds: [tech, exercise],
    });
    expect(row('data-modelling-sql')?.mustHaveText).toEqual(['PostgreSQL schema design at volume']);
    expect(row('async-failure-modes')).toMatchObject({ mustHave: true });
    expect(row('go-in-production')).toMatchObject({
      label: 'Go in production',
      mustHave: true,
      standard: false,
      rounds: [],
    });
    expect(loop.coverage.warnings).toEqual([
      expect.objectContaining({ attribute: 'go-in-production', kind: 'must-have-uncovered' }),
    ]);

    // A round covers what a kit question measures, not only its focus attributes.
    const q = await makeQuestion(core.ctx, { attributes: ['go-in-production', 'system-design'] });
    loop = await call<Loop>('kit.addQuestion', { roundId: exercise, questionId: q.id });
    expect(row('go-in-production')?.rounds).toEqual([exercise]);
    expect(row('go-in-production')?.questions).toBe(1);
    // Once the kits hold questions, a must-have no question measures is called out.
    expect(loop.coverage.warnings.map((w) => [w.attribute, w.kind])).toEqual([
      ['data-modelling-sql', 'must-have-unmeasured'],
      ['async-failure-modes', 'must-have-unmeasured'],
      ['go-in-production', 'thin'],
    ]);
    loop = await call<Loop>('loop.updateRound', {
      id: onsite,
      focusAttributes: ['go-in-production', 'testing'],
    });
    // Async, security and collaboration now sit in one round each; system design in the technical screen and the exercise's question.
    expect(row('go-in-production')?.rounds).toEqual([exercise, onsite]);
    expect(row('system-design')?.rounds).toEqual([tech, exercise]);
    expect(loop.coverage.warnings.map((w) => [w.attribute, w.kind])).toEqual([
      ['data-modelling-sql', 'must-have-unmeasured'],
      ['async-failure-modes', 'thin'],
      ['async-failure-modes', 'must-have-unmeasured'],
      ['security', 'thin'],
      ['collaboration', 'thin'],
    ]);
    expect(row('collaboration')?.rounds).toEqual([screen]);
  });
});

describe('calibration', () => {
  it('defaults to the bank strong answer, keeps the agreed one, and asks for 7 or 8 core questions', async () => {
    const role = await makeRole(core.ctx);
    let loop = await call<Loop>('loop.get', { roleId: role.id });
    expect(loop.calibration).toEqual([]);
    expect(loop.calibrationWarning).toMatch(/7 or 8/);
    const tech = loop.rounds[1]?.id as string;
    const questions = [];
    for (let i = 0; i < 9; i++) {
      const q = await makeQuestion(core.ctx, { topic: `Topic ${i}`, strongAnswer: `Bank answer ${i}.` });
      questions.push(q);
      loop = await call<Loop>('kit.addQuestion', { roundId: tech, questionId: q.id });
    }
    expect(loop.calibration.map((c) => c.agreedAnswer)).toEqual(questions.map((q) => q.strongAnswer));
    expect(loop.calibration.every((c) => !c.core && !c.edited)).toBe(true);

    for (const q of questions.slice(0, 6))
      loop = await call<Loop>('loop.setCalibration', { roleId: role.id, questionId: q.id, core: true });
    expect(loop.coreCount).toBe(6);
    expect(loop.calibrationWarning).toMatch(/6 are marked/);
    const seventh = questions[6]?.id as string;
    loop = await call<Loop>('loop.setCalibration', {
      roleId: role.id,
      questionId: seventh,
      core: true,
      agreedAnswer: 'Names the index they added and the plan before and after.',
    });
    expect(loop.calibrationWarning).toBeNull();
    const item = loop.calibration.find((c) => c.questionId === seventh);
    expect(item).toMatchObject({
      core: true,
      edited: true,
      agreedAnswer: 'Names the index they added and the plan before and after.',
      bankAnswer: 'Bank answer 6.',
      roundIds: [tech],
    });
    // Toggling core keeps the agreed answer; null goes back to the bank's.
    loop = await call<Loop>('loop.setCalibration', { roleId: role.id, questionId: seventh, core: false });
    expect(loop.calibration.find((c) => c.questionId === seventh)?.agreedAnswer).toMatch(/^Names the index/);
    loop = await call<Loop>('loop.setCalibration', {
      roleId: role.id,
      questionId: seventh,
      core: true,
      agreedAnswer: null,
    });
    expect(loop.calibration.find((c) => c.questionId === seventh)).toMatchObject({
      agreedAnswer: 'Bank answer 6.',
      edited: false,
    });
    for (const q of questions.slice(7))
      loop = await call<Loop>('loop.setCalibration', { roleId: role.id, questionId: q.id, core: true });
    expect(loop.coreCount).toBe(9);
    expect(loop.calibrationWarning).toMatch(/9 are marked/);

    const outside = await makeQuestion(core.ctx);
    expect(
      (await refusal('loop.setCalibration', { roleId: role.id, questionId: outside.id, core: true })).code,
    ).toBe('bad_input');
  });
});
