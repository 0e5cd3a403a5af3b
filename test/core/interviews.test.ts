import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import type { Interview, InterviewSummary, SaveItemResult } from '../../shared/interviews';
import type { Loop } from '../../shared/kits';
import type { Question } from '../../shared/questions';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';
import { makeQuestion, startedInterview } from './interviews/fixtures';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

describe('live interviews', () => {
  it('snapshot the kit when they start, so later kit edits leave them alone', async () => {
    const { interview, round, questions, role } = await startedInterview(core.ctx);
    expect(interview).toMatchObject({
      status: 'in-progress',
      roundName: 'Technical screen',
      roundMinutes: 45,
      interviewer: 'Dana Reyes',
      candidateName: 'Amaru Quispe',
      currentItemId: interview.items[0]?.id,
      roundElapsedMs: 0,
    });
    expect(interview.items.map((i) => [i.question.topic, i.minutes, i.rating])).toEqual([
      ['Schema design', 15, null],
      ['API contracts', 12, null],
    ]);
    // Edits to the kit, the round and the bank after the start.
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    const kitItems = loop.rounds[1]?.items ?? [];
    await call('kit.removeItem', { id: kitItems[0]?.id });
    await call('kit.setMinutes', { id: kitItems[1]?.id, minutes: 30 });
    await call('loop.updateRound', { id: round.id, name: 'Renamed', minutes: 60 });
    await call('questions.update', {
      id: questions[1]?.id,
      draft: { ...questionDraftOf(questions[1]), text: 'A different question now.' },
    });
    const again = await call<Interview>('interviews.get', { id: interview.id });
    expect(again.items.map((i) => [i.question.topic, i.question.text, i.minutes])).toEqual([
      ['Schema design', questions[0]?.text, 15],
      ['API contracts', 'Tell me about an API other teams relied on.', 12],
    ]);
    expect(again.roundName).toBe('Technical screen');
    // The same person starting the same round for the same candidate gets the running interview back.
    const resumed = await call<Interview>('interviews.start', {
      candidateId: interview.candidateId,
      roundId: round.id,
      interviewer: '  dana reyes ',
    });
    expect(resumed.id).toBe(interview.id);
  });

  it('autosave each item, drop late saves, and resume exactly where they were after a reopen', async () => {
    const { interview } = await startedInterview(core.ctx);
    const [first, second] = interview.items as [Interview['items'][0], Interview['items'][0]];
    const save = (input: Record<string, unknown>) =>
      call<SaveItemResult>('interviews.saveItem', { interviewId: interview.id, ...input });

    expect(
      (await save({ itemId: first.id, rating: 3, evidence: 'Partial index on status', clientSeq: 1 }))
        .applied,
    ).toBe(true);
    await save({
      itemId: first.id,
      evidence: 'Partial index on status; measured p95 before and after',
      judgement: 'Knows query plans first hand',
      redFlags: ['Never looked at a query plan.', 'Shrugs off security'],
      elapsedMs: 420_000,
      clientSeq: 3,
    });
    // A save sent before the last one but arriving after it changes nothing.
    const late = await save({ itemId: first.id, evidence: 'Partial', rating: 1, clientSeq: 2 });
    expect(late.applied).toBe(false);
    await save({ itemId: second.id, rating: 'not-asked', clientSeq: 1 });
    expect(
      (
        await refusal('interviews.saveItem', {
          interviewId: interview.id,
          itemId: second.id,
          rating: 5,
          clientSeq: 2,
        })
      ).code,
    ).toBe('bad_input');
    // A red flag in the interviewer's own words is kept beside the listed ones; an empty or
    // overlong one is refused.
    expect(
      (
        await refusal('interviews.saveItem', {
          interviewId: interview.id,
          itemId: second.id,
          redFlags: ['   '],
          clientSeq: 2,
        })
      ).code,
    ).toBe('bad_input');
    expect(
      (
        await refusal('interviews.saveItem', {
          interviewId: interview.id,
          itemId: second.id,
          redFlags: ['x'.repeat(301)],
          clientSeq: 2,
        })
      ).code,
    ).toBe('bad_input');
    const position = await call<SaveItemResult>('interviews.setPosition', {
      id: interview.id,
      currentItemId: second.id,
      roundElapsedMs: 1_234_567,
      clientSeq: 5,
    });
    expect(position.applied).toBe(true);
    expect(
      (
        await call<SaveItemResult>('interviews.setPosition', {
          id: interview.id,
          currentItemId: first.id,
          roundElapsedMs: 5,
          clientSeq: 4,
        })
      ).applied,
    ).toBe(false);

    // The app dies; on the next launch the interview is offered for resume, as it was.
    await core.database.close();
    core.database = await openDatabase(core.dbPath);
    core.ctx = { ...core.ctx, database: core.database };
    const offered = await call<InterviewSummary[]>('interviews.inProgress', {});
    expect(offered).toEqual([
      expect.objectContaining({
        id: interview.id,
        currentItemId: second.id,
        roundElapsedMs: 1_234_567,
        status: 'in-progress',
      }),
    ]);
    const resumed = await call<Interview>('interviews.get', { id: interview.id });
    expect(resumed.currentItemId).toBe(second.id);
    expect(resumed.items[0]).toMatchObject({
      rating: 3,
      evidence: 'Partial index on status; measured p95 before and after',
      judgement: 'Knows query plans first hand',
      redFlags: ['Never looked at a query plan.', 'Shrugs off security'],
      elapsedMs: 420_000,
      clientSeq: 3,
    });
    expect(resumed.items[1]?.rating).toBe('not-asked');
  });

  it('take ad-hoc questions at the current point, show calibration live, and end', async () => {
    const { interview, role } = await startedInterview(core.ctx);
    const [first, second] = interview.items as [Interview['items'][0], Interview['items'][0]];
    const extra = await makeQuestion(core.ctx, {
      topic: 'Caching',
      attributes: ['system-design'],
      minutes: 8,
    });
    const withExtra = await call<Interview>('interviews.insertAdHoc', {
      id: interview.id,
      questionId: extra.id,
      afterItemId: first.id,
    });
    expect(withExtra.items.map((i) => [i.question.topic, i.position, i.adHoc])).toEqual([
      ['Schema design', 0, false],
      ['Caching', 1, true],
      ['API contracts', 2, false],
    ]);
    expect(withExtra.currentItemId).toBe(withExtra.items[1]?.id);
    expect(
      (await refusal('interviews.insertAdHoc', { id: interview.id, questionId: extra.id, afterItemId: null }))
        .code,
    ).toBe('conflict');

    // Calibration agreed after the start still reaches the interviewer.
    await call('loop.setCalibration', {
      roleId: role.id,
      questionId: second.questionId,
      core: true,
      agreedAnswer: 'Names a breaking change they avoided and how.',
    });
    await call('loop.setCalibration', { roleId: role.id, questionId: first.questionId, core: true });
    const live = await call<Interview>('interviews.get', { id: interview.id });
    expect(live.items.map((i) => [i.core, i.agreedAnswer])).toEqual([
      [true, first.question.strongAnswer],
      [false, null],
      [true, 'Names a breaking change they avoided and how.'],
    ]);

    const ended = await call<Interview>('interviews.end', { id: interview.id, roundElapsedMs: 2_700_000 });
    expect(ended).toMatchObject({ status: 'ended', roundElapsedMs: 2_700_000 });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.scorecardId).not.toBeNull();
    expect(await call('interviews.inProgress', {})).toEqual([]);
    expect(
      (await refusal('interviews.insertAdHoc', { id: interview.id, questionId: extra.id, afterItemId: null }))
        .code,
    ).toBe('conflict');
    const list = await call<InterviewSummary[]>('interviews.list', { roleId: role.id });
    expect(list).toEqual([
      expect.objectContaining({ id: interview.id, status: 'ended', scorecardStatus: 'draft' }),
    ]);
    expect(await call('interviews.list', { roleId: crypto.randomUUID() })).toEqual([]);
  });

  it('refuse a round from another role', async () => {
    const a = await startedInterview(core.ctx);
    const b = await startedInterview(core.ctx);
    expect(
      (
        await refusal('interviews.start', {
          candidateId: a.candidate.id,
          roundId: b.round.id,
          interviewer: 'Dana',
        })
      ).code,
    ).toBe('bad_input');
    expect(
      (
        await refusal('interviews.start', {
          candidateId: a.candidate.id,
          roundId: a.round.id,
          interviewer: ' ',
        })
      ).code,
    ).toBe('bad_input');
  });
});

function questionDraftOf(q: Question | undefined) {
  if (!q) throw new Error('no question');
  const { id, origin, createdAt, updatedAt, starterRevision, editedByUser, ...draft } = q;
  void [id, origin, createdAt, updatedAt, starterRevision, editedByUser];
  return draft;
}
