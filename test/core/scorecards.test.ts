import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Interview } from '../../shared/interviews';
import {
  attributeScoreLabel,
  type Scorecard,
  type ScorecardVersion,
  scoreOf,
  type VisibleScorecards,
} from '../../shared/scorecards';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';
import { startedInterview } from './interviews/fixtures';

let core: TempCore;
const { call, refusal } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const allRated = (card: Scorecard, rating: 1 | 2 | 3 | 4) =>
  card.attributeRatings.map((a) => ({ attribute: a.attribute, rating }));

/** An interview with notes on both questions, ended, and its draft scorecard. */
async function endedWithNotes(interviewer = 'Dana Reyes') {
  const setup = await startedInterview(core.ctx, interviewer);
  const [schema, api] = setup.interview.items as [Interview['items'][0], Interview['items'][0]];
  await call('interviews.saveItem', {
    interviewId: setup.interview.id,
    itemId: schema.id,
    rating: 4,
    evidence: 'Split the ledger table by month; showed the plan',
    judgement: 'Has done it for real',
    clientSeq: 1,
  });
  await call('interviews.saveItem', {
    interviewId: setup.interview.id,
    itemId: api.id,
    rating: 2,
    evidence: 'Versioned by URL, no deprecation story',
    redFlags: ['Cannot make a technical idea clear'],
    clientSeq: 1,
  });
  await call('interviews.end', { id: setup.interview.id, roundElapsedMs: 2_000_000 });
  const card = await call<Scorecard>('scorecards.forInterview', { interviewId: setup.interview.id });
  return { ...setup, card, schema, api };
}

describe('scorecards', () => {
  it('start as a draft prefilled with the focus attributes and the evidence that measured each', async () => {
    const { card, schema, api } = await endedWithNotes();
    expect(card).toMatchObject({
      status: 'draft',
      version: 0,
      recommendation: null,
      summary: '',
      submittedAt: null,
    });
    expect(card.attributeRatings.map((a) => a.attribute)).toEqual([
      'api-design',
      'data-modelling-sql',
      'system-design',
      'communication',
    ]);
    const evidenceOf = (attribute: string) =>
      card.attributeRatings.find((a) => a.attribute === attribute)?.evidence.map((e) => [e.itemId, e.rating]);
    expect(evidenceOf('data-modelling-sql')).toEqual([[schema.id, 4]]);
    expect(evidenceOf('api-design')).toEqual([[api.id, 2]]);
    expect(evidenceOf('communication')).toEqual([[api.id, 2]]);
    expect(evidenceOf('system-design')).toEqual([]);
    expect(
      card.attributeRatings.find((a) => a.attribute === 'data-modelling-sql')?.evidence[0],
    ).toMatchObject({
      evidence: 'Split the ledger table by month; showed the plan',
      judgement: 'Has done it for real',
    });
    expect(card.redFlags).toEqual(['Cannot make a technical idea clear']);

    const draft = await call<Scorecard>('scorecards.saveDraft', {
      id: card.id,
      attributeRatings: [{ attribute: 'api-design', rating: 2, note: 'Thin on versioning' }],
      summary: 'Half written',
    });
    expect(draft.attributeRatings[0]).toMatchObject({ rating: 2, note: 'Thin on versioning' });
    expect(draft.summary).toBe('Half written');
    expect(
      (
        await refusal('scorecards.saveDraft', {
          id: card.id,
          attributeRatings: [{ attribute: 'cooking', rating: 3 }],
        })
      ).code,
    ).toBe('bad_input');
  });

  it('submit locks with a timestamp; a change is a new version with a reason and old ones stay readable', async () => {
    const { card, interview } = await endedWithNotes();
    // Summary, recommendation and every attribute are required.
    const incomplete = await refusal('scorecards.submit', {
      id: card.id,
      attributeRatings: allRated(card, 3).slice(1),
      recommendation: 'yes',
      summary: 'Good',
    });
    expect(incomplete.message).toMatch(/API design/);
    expect(
      (
        await refusal('scorecards.submit', {
          id: card.id,
          attributeRatings: allRated(card, 3),
          recommendation: 'yes',
          summary: '  ',
        })
      ).code,
    ).toBe('bad_input');
    expect(
      (
        await refusal('scorecards.submit', {
          id: card.id,
          attributeRatings: allRated(card, 3),
          summary: 'Good',
        })
      ).code,
    ).toBe('bad_input');

    core.ctx.clock = () => new Date('2030-03-02T15:00:00.000Z');
    const submitted = await call<Scorecard>('scorecards.submit', {
      id: card.id,
      attributeRatings: allRated(card, 3),
      recommendation: 'yes',
      summary: 'Strong on data, weaker on API evolution.',
    });
    expect(submitted).toMatchObject({ status: 'submitted', version: 1, recommendation: 'yes', reason: null });
    expect(submitted.submittedAt).toBe('2030-03-02T15:00:00.000Z');

    // Locked: no draft edits, no second submit, no more note edits on the interview.
    expect((await refusal('scorecards.saveDraft', { id: card.id, summary: 'sneaky' })).code).toBe('conflict');
    expect(
      (
        await refusal('scorecards.submit', {
          id: card.id,
          attributeRatings: allRated(card, 4),
          recommendation: 'strong-yes',
          summary: 'x',
        })
      ).code,
    ).toBe('conflict');
    expect(
      (
        await refusal('interviews.saveItem', {
          interviewId: interview.id,
          itemId: interview.items[0]?.id,
          evidence: 'rewritten later',
          clientSeq: 9,
        })
      ).code,
    ).toBe('conflict');

    expect((await refusal('scorecards.revise', { id: card.id, reason: '', recommendation: 'no' })).code).toBe(
      'bad_input',
    );
    expect(
      (await refusal('scorecards.revise', { id: card.id, reason: 'No change', recommendation: 'yes' })).code,
    ).toBe('bad_input');
    core.ctx.clock = () => new Date('2030-03-03T09:00:00.000Z');
    const revised = await call<Scorecard>('scorecards.revise', {
      id: card.id,
      reason: 'Reread the exercise notes after the debrief',
      recommendation: 'no',
      attributeRatings: allRated(card, 2),
    });
    expect(revised).toMatchObject({
      id: card.id,
      version: 2,
      recommendation: 'no',
      reason: 'Reread the exercise notes after the debrief',
      summary: 'Strong on data, weaker on API evolution.',
      submittedAt: '2030-03-03T09:00:00.000Z',
    });
    const versions = await call<ScorecardVersion[]>('scorecards.versions', {
      id: card.id,
      viewer: 'Dana Reyes',
    });
    expect(
      versions.map((v) => [
        v.version,
        v.recommendation,
        v.reason,
        v.submittedAt,
        v.attributeRatings[0]?.rating,
      ]),
    ).toEqual([
      [1, 'yes', null, '2030-03-02T15:00:00.000Z', 3],
      [2, 'no', 'Reread the exercise notes after the debrief', '2030-03-03T09:00:00.000Z', 2],
    ]);
    // Stored versions cannot be rewritten, even underneath the core.
    expect(() =>
      core.database.sqlite.prepare("update scorecard_versions set recommendation = 'strong-yes'").run(),
    ).toThrow(/cannot change/);
  });

  it('take "not assessed" for an attribute nothing measured: submittable, kept in versions, never a score', async () => {
    const { card } = await endedWithNotes();
    const ratings = card.attributeRatings.map((a) => ({
      attribute: a.attribute,
      rating: a.attribute === 'system-design' ? ('not-assessed' as const) : (3 as const),
    }));
    // A draft keeps it as given.
    const draft = await call<Scorecard>('scorecards.saveDraft', { id: card.id, attributeRatings: ratings });
    expect(draft.attributeRatings.find((a) => a.attribute === 'system-design')?.rating).toBe('not-assessed');
    // Left open it still blocks the submit, and the message says how to close it.
    const open = await refusal('scorecards.submit', {
      id: card.id,
      attributeRatings: ratings.filter((r) => r.attribute !== 'system-design'),
      recommendation: 'yes',
      summary: 'Good',
    });
    expect(open.message).toMatch(/not assessed.*System design/);
    // Anything else than 1..4 or not-assessed is refused before the core.
    expect(
      (
        await refusal('scorecards.saveDraft', {
          id: card.id,
          attributeRatings: [{ attribute: 'system-design', rating: 'not-asked' }],
        })
      ).code,
    ).toBe('bad_input');
    const submitted = await call<Scorecard>('scorecards.submit', {
      id: card.id,
      attributeRatings: ratings,
      recommendation: 'yes',
      summary: 'System design was not part of this round.',
    });
    expect(submitted.attributeRatings.map((a) => [a.attribute, a.rating])).toEqual([
      ['api-design', 3],
      ['data-modelling-sql', 3],
      ['system-design', 'not-assessed'],
      ['communication', 3],
    ]);
    const [v1] = await call<ScorecardVersion[]>('scorecards.versions', { id: card.id, viewer: 'Dana Reyes' });
    expect(v1?.attributeRatings.find((a) => a.attribute === 'system-design')?.rating).toBe('not-assessed');
    // The shared reading every consumer uses: a label, and no number to average.
    expect(submitted.attributeRatings.map((a) => scoreOf(a.rating))).toEqual([3, 3, null, 3]);
    expect(attributeScoreLabel('not-assessed')).toBe('not assessed');
  });

  it('cannot be submitted while the interview is still running', async () => {
    const { interview } = await startedInterview(core.ctx);
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
    expect(
      (
        await refusal('scorecards.submit', {
          id: card.id,
          attributeRatings: allRated(card, 3),
          recommendation: 'yes',
          summary: 'Early',
        })
      ).code,
    ).toBe('conflict');
  });

  it("hide other interviewers' scorecards for a candidate until you submit your own", async () => {
    const first = await endedWithNotes('Dana Reyes');
    const secondInterview = await call<Interview>('interviews.start', {
      candidateId: first.candidate.id,
      roundId: first.round.id,
      interviewer: 'Kofi Mensah',
    });
    await call('interviews.end', { id: secondInterview.id, roundElapsedMs: 100 });
    const kofiCard = await call<Scorecard>('scorecards.forInterview', { interviewId: secondInterview.id });

    await call('scorecards.submit', {
      id: first.card.id,
      attributeRatings: allRated(first.card, 4),
      recommendation: 'strong-yes',
      summary: 'Hire.',
    });
    // Kofi has not submitted: Dana's card is hidden from him, by list, get and versions alike.
    const kofiView = await call<VisibleScorecards>('scorecards.listForCandidate', {
      candidateId: first.candidate.id,
      interviewer: 'Kofi Mensah',
    });
    expect(kofiView).toMatchObject({ othersVisible: false, hiddenCount: 1 });
    expect(kofiView.scorecards.map((c) => c.id)).toEqual([kofiCard.id]);
    expect((await refusal('scorecards.get', { id: first.card.id, viewer: 'Kofi Mensah' })).code).toBe(
      'forbidden',
    );
    expect((await refusal('scorecards.versions', { id: first.card.id, viewer: 'kofi mensah' })).code).toBe(
      'forbidden',
    );
    // Dana has submitted, but Kofi's draft is his own business.
    const danaView = await call<VisibleScorecards>('scorecards.listForCandidate', {
      candidateId: first.candidate.id,
      interviewer: 'Dana Reyes',
    });
    expect(danaView.scorecards.map((c) => c.id)).toEqual([first.card.id]);
    expect(danaView.othersVisible).toBe(true);
    expect((await refusal('scorecards.get', { id: kofiCard.id, viewer: 'Dana Reyes' })).code).toBe(
      'forbidden',
    );

    await call('scorecards.submit', {
      id: kofiCard.id,
      attributeRatings: allRated(kofiCard, 2),
      recommendation: 'no',
      summary: 'Not yet.',
    });
    const after = await call<VisibleScorecards>('scorecards.listForCandidate', {
      candidateId: first.candidate.id,
      interviewer: ' KOFI MENSAH ',
    });
    expect(after).toMatchObject({ othersVisible: true, hiddenCount: 0 });
    expect(after.scorecards.map((c) => c.id)).toEqual([kofiCard.id, first.card.id]);
    expect(
      (await call<Scorecard>('scorecards.get', { id: first.card.id, viewer: 'Kofi Mensah' })).recommendation,
    ).toBe('strong-yes');
    // Opened by its interview, with Kofi at the keyboard: the same rule.
    expect(
      (
        await call<Scorecard>('scorecards.forInterview', {
          interviewId: first.interview.id,
          viewer: 'Kofi Mensah',
        })
      ).id,
    ).toBe(first.card.id);

    // Kofi interviews the candidate again: while that scorecard is a draft, the others hide again.
    const again = await call<Interview>('interviews.start', {
      candidateId: first.candidate.id,
      roundId: first.round.id,
      interviewer: 'Kofi Mensah',
    });
    const drafting = await call<VisibleScorecards>('scorecards.listForCandidate', {
      candidateId: first.candidate.id,
      interviewer: 'Kofi Mensah',
    });
    expect(drafting).toMatchObject({ othersVisible: false, hiddenCount: 1 });
    expect(
      (
        await refusal('scorecards.forInterview', {
          interviewId: first.interview.id,
          viewer: 'Kofi Mensah',
        })
      ).code,
    ).toBe('forbidden');
    // Someone who has not scored the candidate at all does not see them either.
    expect(
      (await refusal('scorecards.forInterview', { interviewId: first.interview.id, viewer: 'Lee Park' }))
        .code,
    ).toBe('forbidden');
    expect(again.interviewer).toBe('Kofi Mensah');
  });
});
