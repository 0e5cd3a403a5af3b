import type { CoreContext } from '../../../electron/core/context';
import type { Candidate } from '../../../shared/candidates';
import type { Interview } from '../../../shared/interviews';
import type { Loop } from '../../../shared/kits';
import type { Question, QuestionDraft } from '../../../shared/questions';
import type { Role } from '../../../shared/roles';
import { caller } from '../../support/core-caller';
import { makeDraft } from '../../support/question-draft';

export async function makeRole(ctx: CoreContext, mustHaves: string[] = []): Promise<Role> {
  const { call } = caller(ctx);
  const role = await call<Role>('roles.create', {});
  if (mustHaves.length > 0) await call('roles.patch', { id: role.id, patch: { mustHaves }, clientSeq: 1 });
  return role;
}

export async function makeQuestion(
  ctx: CoreContext,
  overrides: Partial<QuestionDraft> = {},
): Promise<Question> {
  return caller(ctx).call<Question>('questions.create', { draft: makeDraft(overrides) });
}

/** A role with a loop whose technical screen holds two questions, a candidate, and an interview started on it. */
export async function startedInterview(ctx: CoreContext, interviewer = 'Dana Reyes') {
  const { call } = caller(ctx);
  const role = await makeRole(ctx);
  const loop = await call<Loop>('loop.get', { roleId: role.id });
  const round = loop.rounds[1];
  if (!round) throw new Error('no technical screen');
  const q1 = await makeQuestion(ctx, {
    topic: 'Schema design',
    text: 'Walk me through a schema you designed and what you would change.',
    attributes: ['data-modelling-sql'],
    redFlags: ['Never looked at a query plan.'],
    minutes: 15,
  });
  const q2 = await makeQuestion(ctx, {
    topic: 'API contracts',
    text: 'Tell me about an API other teams relied on.',
    attributes: ['api-design', 'communication'],
    minutes: 12,
  });
  await call('kit.addQuestion', { roundId: round.id, questionId: q1.id });
  await call('kit.addQuestion', { roundId: round.id, questionId: q2.id });
  const candidate = await call<Candidate>('candidates.create', { name: 'Amaru Quispe', roleId: role.id });
  const interview = await call<Interview>('interviews.start', {
    candidateId: candidate.id,
    roundId: round.id,
    interviewer,
  });
  return { role, round, candidate, interview, questions: [q1, q2] };
}
