import type { CoreContext } from '../../../electron/core/context';
import type { Candidate } from '../../../shared/candidates';
import type { Interview } from '../../../shared/interviews';
import type { Loop } from '../../../shared/kits';
import type { Question } from '../../../shared/questions';
import type { Role } from '../../../shared/roles';
import type { Recommendation, Scorecard } from '../../../shared/scorecards';
import { caller } from '../../support/core-caller';
import { makeDraft } from '../../support/question-draft';

/** What one interviewer of the panel did: question ratings and notes, attribute scores, verdict. */
export interface PanelCard {
  interviewer: string;
  /** Per kit question, in order: rating, evidence, red flags. */
  items: { rating: 1 | 2 | 3 | 4 | 'not-asked' | 'insufficient'; evidence?: string; redFlags?: string[] }[];
  /** Attribute id -> score (attributes left out get the first score given). */
  scores: Record<string, 1 | 2 | 3 | 4 | 'not-assessed'>;
  recommendation: Recommendation;
  summary: string;
  /** Left out: submitted. */
  leaveAs?: 'in-progress' | 'ended';
}

/** A role whose technical screen holds two questions (data modelling; API design and communication). */
export async function panelRole(ctx: CoreContext) {
  const { call } = caller(ctx);
  const role = await call<Role>('roles.create', {});
  const loop = await call<Loop>('loop.get', { roleId: role.id });
  const round = loop.rounds[1];
  if (!round) throw new Error('no technical screen');
  const schema = await call<Question>('questions.create', {
    draft: makeDraft({
      topic: 'Schema design',
      text: 'Walk me through a schema you designed and what you would change.',
      attributes: ['data-modelling-sql'],
      minutes: 15,
    }),
  });
  const api = await call<Question>('questions.create', {
    draft: makeDraft({
      topic: 'API contracts',
      text: 'Tell me about an API other teams relied on.',
      attributes: ['api-design', 'communication'],
      minutes: 12,
    }),
  });
  await call('kit.addQuestion', { roundId: round.id, questionId: schema.id });
  await call('kit.addQuestion', { roundId: round.id, questionId: api.id });
  return { role, round };
}

/** Runs one interview of the panel through the same channels the app uses. */
export async function runCard(
  ctx: CoreContext,
  candidateId: string,
  roundId: string,
  card: PanelCard,
): Promise<{ interview: Interview; scorecard: Scorecard | null }> {
  const { call } = caller(ctx);
  const interview = await call<Interview>('interviews.start', {
    candidateId,
    roundId,
    interviewer: card.interviewer,
  });
  for (const [i, item] of interview.items.entries()) {
    const given = card.items[i];
    if (!given) continue;
    await call('interviews.saveItem', {
      interviewId: interview.id,
      itemId: item.id,
      rating: given.rating,
      evidence: given.evidence ?? '',
      redFlags: given.redFlags ?? [],
      clientSeq: 1,
    });
  }
  if (card.leaveAs === 'in-progress') return { interview, scorecard: null };
  await call('interviews.end', { id: interview.id, roundElapsedMs: 2_400_000 });
  const draft = await call<Scorecard>('scorecards.forInterview', { interviewId: interview.id });
  if (card.leaveAs === 'ended') return { interview, scorecard: draft };
  const fallback = Object.values(card.scores)[0] ?? 3;
  const scorecard = await call<Scorecard>('scorecards.submit', {
    id: draft.id,
    attributeRatings: draft.attributeRatings.map((a) => ({
      attribute: a.attribute,
      rating: card.scores[a.attribute] ?? fallback,
    })),
    recommendation: card.recommendation,
    summary: card.summary,
  });
  return { interview, scorecard };
}

/** A candidate on a fresh role, and every card of the panel run in order. */
export async function seedPanel(ctx: CoreContext, cards: PanelCard[], name = 'Amaru Quispe') {
  const { call } = caller(ctx);
  const { role, round } = await panelRole(ctx);
  const candidate = await call<Candidate>('candidates.create', {
    name,
    roleId: role.id,
    stage: 'interviewing',
  });
  const runs = [];
  for (const card of cards) runs.push(await runCard(ctx, candidate.id, round.id, card));
  return { role, round, candidate, runs };
}
