import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attributesOfMustHave } from '../../shared/domain/kits/coverage';
import { pickSuggestions, type SuggestCandidate } from '../../shared/domain/kits/suggest';
import type { KitSuggestResult, Loop } from '../../shared/kits';
import type { Role } from '../../shared/roles';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';
import { makeQuestion, makeRole } from './interviews/fixtures';

const candidate = (id: string, attributes: string[], minutes = 10, more: Partial<SuggestCandidate> = {}) => ({
  id,
  topic: id,
  category: 'technical',
  attributes,
  minutes,
  starter: true,
  ...more,
});

describe('picking suggestions', () => {
  it('measures every focus attribute before measuring any a second time', () => {
    const picked = pickSuggestions({
      candidates: [
        candidate('a', ['api-design']),
        candidate('b', ['api-design']),
        candidate('c', ['testing']),
        candidate('d', ['security']),
        candidate('e', ['communication']), // not a focus of this round
      ],
      focus: ['api-design', 'testing', 'security'],
      inKit: [],
      minutesLeft: 60,
      maxItems: 10,
    });
    expect(picked.slice(0, 3).sort()).toEqual(['a', 'c', 'd']);
    expect(picked).toEqual(['a', 'c', 'd', 'b']); // then a second look at api-design; never 'e'
  });

  it('prefers a question that measures two missing attributes, and counts what the kit has', () => {
    const focus = ['api-design', 'testing', 'security'];
    const one = candidate('a-one', ['api-design']);
    const two = candidate('b-two', ['testing', 'security']);
    expect(
      pickSuggestions({ candidates: [one, two], focus, inKit: [], minutesLeft: 10, maxItems: 5 }),
    ).toEqual(['b-two']);
    // The kit measures api-design already: testing goes first, though api-design sorts first.
    const testing = candidate('b-testing', ['testing']);
    expect(
      pickSuggestions({
        candidates: [one, testing],
        focus,
        inKit: [['api-design']],
        minutesLeft: 20,
        maxItems: 5,
      }),
    ).toEqual(['b-testing', 'a-one']);
  });

  it('keeps to the minutes left and the room in the kit', () => {
    const candidates = [
      candidate('long', ['api-design'], 40),
      candidate('short', ['testing'], 15),
      candidate('shorter', ['security'], 10),
    ];
    const focus = ['api-design', 'testing', 'security'];
    expect(pickSuggestions({ candidates, focus, inKit: [], minutesLeft: 30, maxItems: 10 })).toEqual([
      'shorter',
      'short',
    ]);
    expect(pickSuggestions({ candidates, focus, inKit: [], minutesLeft: 60, maxItems: 1 })).toHaveLength(1);
    expect(pickSuggestions({ candidates, focus, inKit: [], minutesLeft: 5, maxItems: 10 })).toEqual([]);
  });

  it('without focus attributes, spreads the categories; ties go to the shorter, then the starter question', () => {
    const picked = pickSuggestions({
      candidates: [
        candidate('t1', [], 10, { category: 'technical', starter: false }),
        candidate('t2', [], 10, { category: 'technical' }),
        candidate('b1', [], 15, { category: 'behavioural' }),
      ],
      focus: [],
      inKit: [],
      minutesLeft: 25,
      maxItems: 10,
    });
    expect(picked).toEqual(['t2', 'b1']);
  });
});

describe('kit.suggest', () => {
  let core: TempCore;
  const { call, refusal } = caller(() => core.ctx);
  beforeEach(async () => {
    core = await openTempCore();
  });
  afterEach(async () => {
    await core.close();
  });

  it("fills a round's time with questions for its kind, the role's archetype and level, and is undone in one step", async () => {
    const role = await makeRole(core.ctx);
    await call<Role>('roles.patch', {
      id: role.id,
      patch: { archetype: 'data', level: 'senior' },
      clientSeq: 1,
    });
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const tech = loop.rounds.find((r) => r.kind === 'technical-screen');
    const onsite = loop.rounds.find((r) => r.kind === 'onsite');
    if (!tech || !onsite) throw new Error('no default rounds');
    const fit = {
      archetypes: ['data' as const],
      levels: ['senior' as const],
      rounds: ['technical-screen' as const],
    };
    const schema = await makeQuestion(core.ctx, {
      ...fit,
      topic: 'Schema',
      attributes: ['data-modelling-sql'],
      minutes: 15,
    });
    const api = await makeQuestion(core.ctx, {
      ...fit,
      topic: 'API',
      attributes: ['api-design'],
      minutes: 15,
    });
    const anyArchetype = await makeQuestion(core.ctx, {
      ...fit,
      archetypes: ['any'],
      topic: 'Talk',
      attributes: ['communication'],
      minutes: 10,
    });
    // Each of these misses on one count: archetype, level, round, deleted.
    await makeQuestion(core.ctx, {
      ...fit,
      archetypes: ['edge'],
      topic: 'Edge',
      attributes: ['api-design'],
      minutes: 5,
    });
    await makeQuestion(core.ctx, {
      ...fit,
      levels: ['junior'],
      topic: 'Junior',
      attributes: ['api-design'],
      minutes: 5,
    });
    await makeQuestion(core.ctx, {
      ...fit,
      rounds: ['onsite'],
      topic: 'Onsite',
      attributes: ['api-design'],
      minutes: 5,
    });
    const gone = await makeQuestion(core.ctx, {
      ...fit,
      topic: 'Gone',
      attributes: ['api-design'],
      minutes: 5,
    });
    await call('questions.delete', { id: gone.id });
    // Already in another round of this loop: not suggested twice.
    const elsewhere = await makeQuestion(core.ctx, {
      ...fit,
      topic: 'Elsewhere',
      attributes: ['system-design'],
      minutes: 5,
    });
    await call('kit.addQuestion', { roundId: onsite.id, questionId: elsewhere.id });

    const result = await call<KitSuggestResult>('kit.suggest', { roundId: tech.id });
    const kit = result.loop.rounds.find((r) => r.id === tech.id);
    // 45 minutes, 5 kept spare: the 15 + 15 + 10 minutes of the three that fit.
    expect(kit?.items.map((i) => i.questionId).sort()).toEqual([schema.id, api.id, anyArchetype.id].sort());
    expect(result.addedItemIds).toHaveLength(3);
    expect(result.addedMinutes).toBe(40);
    expect(kit?.plannedMinutes).toBe(40);
    expect(kit?.items.map((i) => i.position)).toEqual([0, 1, 2]);

    // A full round gets nothing more.
    const again = await call<KitSuggestResult>('kit.suggest', { roundId: tech.id });
    expect(again.addedItemIds).toEqual([]);

    // Undo: the added items go in one call; the onsite keeps its question.
    const undone = await call<Loop>('kit.removeItems', { ids: result.addedItemIds });
    expect(undone.rounds.find((r) => r.id === tech.id)?.items).toEqual([]);
    expect(undone.rounds.find((r) => r.id === onsite.id)?.items.map((i) => i.questionId)).toEqual([
      elsewhere.id,
    ]);
  });

  it('offers the recruiter screen no technical or systems question, even one tagged for it', async () => {
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const screen = loop.rounds.find((r) => r.kind === 'screen');
    if (!screen) throw new Error('no recruiter screen');
    const onScreen = { rounds: ['screen' as const], archetypes: ['any' as const], minutes: 5 };
    const technical = await makeQuestion(core.ctx, {
      ...onScreen,
      category: 'technical',
      topic: 'Indexes on the screen',
      attributes: ['communication'],
    });
    const fit = await makeQuestion(core.ctx, {
      ...onScreen,
      category: 'culture',
      topic: 'Work mode',
      attributes: ['communication'],
    });
    const result = await call<KitSuggestResult>('kit.suggest', { roundId: screen.id });
    const kit = result.loop.rounds.find((r) => r.id === screen.id)?.items.map((i) => i.questionId) ?? [];
    expect(kit).toContain(fit.id);
    expect(kit).not.toContain(technical.id);
  });

  it('refuses an unknown round, and items from two kits in one removal', async () => {
    expect((await refusal('kit.suggest', { roundId: crypto.randomUUID() })).code).toBe('not_found');
    const role = await makeRole(core.ctx);
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const [a, b] = loop.rounds;
    if (!a || !b) throw new Error('no rounds');
    const q1 = await makeQuestion(core.ctx, { rounds: ['screen'] });
    const q2 = await makeQuestion(core.ctx, { topic: 'Other' });
    await call('kit.addQuestion', { roundId: a.id, questionId: q1.id });
    const after = await call<Loop>('kit.addQuestion', { roundId: b.id, questionId: q2.id });
    const ids = after.rounds.flatMap((r) => r.items.map((i) => i.id));
    expect((await refusal('kit.removeItems', { ids })).code).toBe('bad_input');
    expect((await refusal('kit.removeItems', { ids: [ids[0], ids[0]] })).code).toBe('bad_input');
    expect((await call<Loop>('loop.get', { roleId: role.id })).rounds.flatMap((r) => r.items)).toHaveLength(
      2,
    );
  });
});

describe('reading must-haves as attributes', () => {
  it('matches whole words and their endings, not letters inside other words', () => {
    const ids = (line: string) => attributesOfMustHave(line, 0).map((a) => a.attribute);
    expect(ids('5+ years of Scala')).toEqual(['5-plus-years-of-scala']);
    expect(ids('The latest Node.js')).toEqual(['the-latest-node-js']);
    expect(ids('Mainstream frameworks')).toEqual(['mainstream-frameworks']);
    expect(ids('Authoring design docs')).toEqual(['authoring-design-docs']);
    expect(ids('Scaling PostgreSQL reads')).toEqual(['data-modelling-sql', 'system-design']);
    expect(ids('Writes integration tests')).toEqual(['testing', 'communication']);
    expect(ids('Kafka consumers and their failure modes')).toEqual(['async-failure-modes']);
    expect(ids('OAuth2 and HIPAA')).toEqual(['security']);
  });
});
