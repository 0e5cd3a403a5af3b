import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Candidate } from '../../shared/candidates';
import type { Interview } from '../../shared/interviews';
import type { Loop } from '../../shared/kits';
import type { Scorecard } from '../../shared/scorecards';
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

const KUBERNETES = 'Kubernetes operated in production, including cluster upgrades and on-call';

/** A platform role whose technical screen focuses on API design and a must-have of its own. */
async function platformLoop() {
  const role = await makeRole(core.ctx, [KUBERNETES]);
  let loop = await call<Loop>('loop.get', { roleId: role.id });
  const mustHave = loop.coverage.attributes.find((a) => a.mustHave && !a.standard)?.attribute ?? '';
  const tech = loop.rounds[1]?.id as string;
  loop = await call<Loop>('loop.updateRound', { id: tech, focusAttributes: ['api-design', mustHave] });
  const iac = await makeQuestion(core.ctx, {
    topic: 'Infrastructure as code',
    text: 'Walk me through how your team changed a Kubernetes cluster through code review rather than by hand.',
    attributes: ['system-design'],
  });
  const api = await makeQuestion(core.ctx, {
    topic: 'API contracts',
    text: 'Tell me about an API other teams relied on.',
    attributes: ['api-design'],
  });
  loop = await call<Loop>('kit.addQuestion', { roundId: tech, questionId: iac.id });
  loop = await call<Loop>('kit.addQuestion', { roundId: tech, questionId: api.id });
  return { role, loop, tech, mustHave, iac, api };
}

const roundOf = (loop: Loop, id: string) => {
  const round = loop.rounds.find((r) => r.id === id);
  if (!round) throw new Error('no round');
  return round;
};

describe('linking kit questions to focus attributes', () => {
  it('suggests the link from the words, stores it, and coverage counts the linked question', async () => {
    const { loop: before, tech, mustHave } = await platformLoop();
    const round = roundOf(before, tech);
    // The must-have shows as its words, never as its id.
    expect(mustHave).toMatch(/^kubernetes-operated-in-production/);
    expect(round.focusLabels[mustHave]).toBe(KUBERNETES);
    const [iacItem, apiItem] = round.items;
    expect(iacItem?.measures).toEqual([]);
    expect(iacItem?.suggestedMeasures).toEqual([mustHave]);
    expect(apiItem?.suggestedMeasures).toEqual([]);
    // Named as a focus but measured by no kit question: coverage says so.
    const row = () => before.coverage.attributes.find((a) => a.attribute === mustHave);
    expect(row()?.questions).toBe(0);
    expect(before.coverage.warnings).toContainEqual(
      expect.objectContaining({ attribute: mustHave, kind: 'must-have-unmeasured' }),
    );

    const linked = await call<Loop>('kit.setMeasures', { id: iacItem?.id, attributes: [mustHave] });
    const after = roundOf(linked, tech).items[0];
    expect(after?.measures).toEqual([mustHave]);
    expect(after?.suggestedMeasures).toEqual([]);
    expect(linked.coverage.attributes.find((a) => a.attribute === mustHave)?.questions).toBe(1);
    expect(linked.coverage.warnings.map((w) => w.kind)).not.toContain('must-have-unmeasured');

    // Only the round's focus attributes can be linked; nothing is written otherwise.
    const refused = await refusal('kit.setMeasures', { id: iacItem?.id, attributes: ['testing'] });
    expect(refused).toMatchObject({ code: 'bad_input' });
    expect(refused.message).toMatch(/not a focus attribute/);
    const again = await call<Loop>('loop.get', { roleId: linked.roleId });
    expect(roundOf(again, tech).items[0]?.measures).toEqual([mustHave]);
  });

  it('keeps the must-have label of a focus attribute after the must-have line is edited', async () => {
    const { role, tech, mustHave } = await platformLoop();
    await call('roles.patch', { id: role.id, patch: { mustHaves: ['Go services'] }, clientSeq: 2 });
    const loop = await call<Loop>('loop.get', { roleId: role.id });
    expect(roundOf(loop, tech).focusLabels[mustHave]).toBe(KUBERNETES);
  });
});

describe('the scorecard', () => {
  it('shows every asked question: under each focus attribute it measures, the rest under other questions', async () => {
    const { role, loop, tech, mustHave } = await platformLoop();
    const iacItem = roundOf(loop, tech).items[0];
    await call('kit.setMeasures', { id: iacItem?.id, attributes: [mustHave] });
    const secrets = await makeQuestion(core.ctx, {
      topic: 'Secrets management',
      text: 'Where did the database password of your last service live, and who could read it?',
      attributes: ['security'],
    });
    const candidate = await call<Candidate>('candidates.create', { name: 'Amaru Quispe', roleId: role.id });
    let interview = await call<Interview>('interviews.start', {
      candidateId: candidate.id,
      roundId: tech,
      interviewer: 'Dana Reyes',
    });
    const [iac, api] = interview.items;
    interview = await call<Interview>('interviews.insertAdHoc', {
      id: interview.id,
      questionId: secrets.id,
      afterItemId: api?.id,
    });
    const adHoc = interview.items.find((i) => i.adHoc);
    const note = (itemId: string | undefined, rating: number | string, evidence: string) =>
      call('interviews.saveItem', { interviewId: interview.id, itemId, rating, evidence, clientSeq: 1 });
    await note(iac?.id, 2, 'Applied manifests by hand; no drift checks');
    await note(api?.id, 'not-asked', '');
    await note(adHoc?.id, 4, 'Vault with short-lived leases, rotated on deploy');
    await call('interviews.end', { id: interview.id, roundElapsedMs: 1000 });
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });

    const attribute = (id: string) => card.attributeRatings.find((a) => a.attribute === id);
    expect(attribute(mustHave)?.label).toBe(KUBERNETES);
    expect(attribute(mustHave)?.evidence.map((e) => [e.topic, e.rating])).toEqual([
      ['Infrastructure as code', 2],
    ]);
    // Not asked: no evidence for API design.
    expect(attribute('api-design')?.evidence).toEqual([]);
    // The ad-hoc question measures no focus attribute, and is on the scorecard all the same.
    expect(card.otherQuestions.map((q) => [q.topic, q.rating, q.adHoc, q.measures])).toEqual([
      ['Secrets management', 4, true, ['Security']],
    ]);
  });

  it('lists a kit question measuring no focus attribute under other questions, not nowhere', async () => {
    const { role, tech } = await platformLoop();
    const candidate = await call<Candidate>('candidates.create', { name: 'Lin Wei', roleId: role.id });
    const interview = await call<Interview>('interviews.start', {
      candidateId: candidate.id,
      roundId: tech,
      interviewer: 'Kofi Mensah',
    });
    // Not linked to the must-have: the question measures system design only, not a focus here.
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: interview.items[0]?.id,
      rating: 2,
      clientSeq: 1,
    });
    await call('interviews.end', { id: interview.id, roundElapsedMs: 1000 });
    const card = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
    expect(card.otherQuestions.map((q) => [q.topic, q.rating, q.adHoc, q.measures])).toEqual([
      ['Infrastructure as code', 2, false, ['System design']],
    ]);
  });
});
