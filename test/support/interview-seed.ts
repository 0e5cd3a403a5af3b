/**
 * A role whose 45-minute technical screen has a kit of bank questions, and a candidate for it:
 * what a live interview needs. Goes through the channels (any transport: the in-process core
 * in renderer tests, the preview's HTTP endpoint in end-to-end tests and the bench).
 */
type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
export type SeedInvoke = (channel: string, input: unknown) => Promise<Result>;

interface HitLike {
  id: string;
  topic: string;
}
interface RoundLike {
  id: string;
  kind: string;
  minutes: number;
  focusAttributes: string[];
  items: { questionId: string }[];
}

export interface SeededInterview {
  roleId: string;
  candidateId: string;
  candidateName: string;
  roundId: string;
  roundName: string;
  /** The kit's questions, in order. */
  questionIds: string[];
  /** Text of a bank question that is not in the kit, to add during the call. */
  adHocSearch: string;
  adHocQuestionId: string;
  /** The agreed strong answer set for the first question (marked core). */
  calibrationNote: string;
}

async function must<T>(invoke: SeedInvoke, channel: string, input: unknown): Promise<T> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export async function seedTechnicalScreen(
  invoke: SeedInvoke,
  { questions = 6, candidateName = 'Amara Okafor' }: { questions?: number; candidateName?: string } = {},
): Promise<SeededInterview> {
  const role = await must<{ id: string }>(invoke, 'roles.create', {});
  await must(invoke, 'roles.patch', {
    id: role.id,
    patch: { title: 'Senior Backend Engineer', company: 'Northwind Health' },
    clientSeq: 1,
  });
  const loop = await must<{ rounds: (RoundLike & { name: string })[] }>(invoke, 'loop.get', {
    roleId: role.id,
  });
  const round = loop.rounds.find((r) => r.kind === 'technical-screen');
  if (!round) throw new Error('the default loop has no technical screen');

  const found = await must<{ hits: HitLike[] }>(invoke, 'questions.search', {
    text: '',
    filters: { round: ['technical-screen'], attribute: round.focusAttributes },
    limit: 40,
  });
  // One question per topic, so each is easy to tell apart on screen.
  const seen = new Set<string>();
  const picked = found.hits.filter((h) => !seen.has(h.topic) && seen.add(h.topic)).slice(0, questions);
  if (picked.length < questions)
    throw new Error(`only ${picked.length} technical-screen questions in the bank`);
  for (const hit of picked) {
    await must(invoke, 'kit.addQuestion', { roundId: round.id, questionId: hit.id });
  }
  const first = picked[0];
  const calibrationNote = 'The panel wants the trade-off named out loud and one number from a real system.';
  if (first) {
    await must(invoke, 'loop.setCalibration', {
      roleId: role.id,
      questionId: first.id,
      core: true,
      agreedAnswer: calibrationNote,
    });
  }

  // A question from outside the kit for the ad-hoc insert: a behavioural one about production.
  const extra = await must<{ hits: (HitLike & { textHighlighted: string })[] }>(invoke, 'questions.search', {
    text: 'production',
    filters: { category: ['behavioural'] },
    limit: 10,
  });
  const adHoc = extra.hits.find((h) => !picked.some((p) => p.id === h.id));
  if (!adHoc) throw new Error('no behavioural question about production in the bank');

  const candidate = await must<{ id: string }>(invoke, 'candidates.create', {
    name: candidateName,
    roleId: role.id,
  });
  return {
    roleId: role.id,
    candidateId: candidate.id,
    candidateName,
    roundId: round.id,
    roundName: round.name,
    questionIds: picked.map((p) => p.id),
    adHocSearch: 'production',
    adHocQuestionId: adHoc.id,
    calibrationNote,
  };
}
