import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ExchangeFile, ExchangeRecordType, exchangeExportInput } from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { interviewerKey } from '../interviews/live';
import type { Db } from './transfer-adapter';
import { adapters } from './transfer-adapters';
import { readRoundBody } from './transfer-adapters-loop';
import type { TransferRecord } from './transfer-bodies';
import { writeTransferFile } from './transfer-file';
import { installIdOf, mintVersion } from './transfer-ledger';

type Input = z.output<typeof exchangeExportInput>;

/** Records as they leave: each version minted (or found) in the ledger, with its origin. */
class Outgoing {
  readonly records: TransferRecord[] = [];
  constructor(
    private readonly db: Db,
    private readonly ctx: CoreContext,
  ) {}

  async add(type: ExchangeRecordType, id: string, native?: number): Promise<unknown> {
    const body = await adapters[type].live(this.db, id, native ?? 0);
    if (body === null) throw new AppError('not_found', `A ${type} of this export no longer exists.`);
    const { version, origin } = await mintVersion(this.db, this.ctx, type, id, body, native);
    this.records.push({ type, id, version, origin, body });
    return body;
  }

  async addScorecard(scorecardId: string): Promise<void> {
    const card = await this.db
      .selectFrom('scorecards')
      .select(['interview_id', 'version'])
      .where('id', '=', scorecardId)
      .executeTakeFirst();
    if (!card) throw new AppError('not_found', 'That scorecard no longer exists.');
    await this.add('interview', card.interview_id);
    for (let version = 1; version <= card.version; version++)
      await this.add('scorecard', scorecardId, version);
  }
}

async function candidateOf(db: Db, id: string) {
  const row = await db
    .selectFrom('candidates')
    .select(['id', 'name', 'role_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'That candidate no longer exists.');
  return row;
}

/** The pack this database sends for a candidate, round and interviewer: the same one each time. */
async function sentPackId(
  db: Db,
  ctx: CoreContext,
  roleId: string,
  candidateId: string,
  roundId: string,
  interviewer: string,
) {
  const key = interviewerKey(interviewer);
  const found = await db
    .selectFrom('transfer_packs')
    .select('id')
    .where('direction', '=', 'sent')
    .where('candidate_id', '=', candidateId)
    .where('round_id', '=', roundId)
    .where('interviewer_key', '=', key)
    .executeTakeFirst();
  if (found) return found.id;
  const id = randomUUID();
  await db
    .insertInto('transfer_packs')
    .values({
      id,
      direction: 'sent',
      role_id: roleId,
      candidate_id: candidateId,
      round_id: roundId,
      interviewer,
      interviewer_key: key,
      created_at: ctx.clock().toISOString(),
    })
    .execute();
  return id;
}

async function exportPack(db: Db, ctx: CoreContext, input: Extract<Input, { kind: 'pack' }>) {
  const candidate = await candidateOf(db, input.candidateId);
  const round = await readRoundBody(db, input.roundId);
  if (!round) throw new AppError('not_found', 'That round is no longer in the loop.');
  if (round.roleId !== candidate.role_id)
    throw new AppError('bad_input', "That round belongs to another role's loop than the candidate's.");
  if (round.items.length === 0)
    throw new AppError(
      'bad_input',
      `The ${round.name} kit has no questions yet; add some before sending the pack.`,
    );
  const packId = await sentPackId(db, ctx, round.roleId, candidate.id, input.roundId, input.interviewer);
  const out = new Outgoing(db, ctx);
  await out.add('role-summary', round.roleId);
  for (const questionId of new Set(round.items.map((i) => i.questionId)))
    await out.add('question', questionId);
  await out.add('round', input.roundId);
  await out.add('candidate-summary', candidate.id);
  await out.add('pack', packId);
  return {
    packId,
    title: `${candidate.name}, ${round.name}, for ${input.interviewer}`,
    base: `${candidate.name} ${round.name} ${input.interviewer}`,
    records: out.records,
  };
}

/** The pack this interview answers: the one received for its candidate and round (the interviewer's own first). */
async function answeredPack(db: Db, candidateId: string, roundId: string | null, interviewer: string) {
  if (!roundId) return null;
  const packs = await db
    .selectFrom('transfer_packs')
    .select(['id', 'interviewer_key'])
    .where('candidate_id', '=', candidateId)
    .where('round_id', '=', roundId)
    .where('direction', '=', 'received')
    .orderBy('seq', 'desc')
    .execute();
  return (packs.find((p) => p.interviewer_key === interviewerKey(interviewer)) ?? packs[0])?.id ?? null;
}

async function exportScorecard(db: Db, ctx: CoreContext, scorecardId: string) {
  const card = await db
    .selectFrom('scorecards')
    .innerJoin('interviews', 'interviews.id', 'scorecards.interview_id')
    .innerJoin('candidates', 'candidates.id', 'scorecards.candidate_id')
    .select([
      'scorecards.status',
      'scorecards.interviewer',
      'interviews.round_id',
      'interviews.round_name',
      'interviews.role_id',
    ])
    .select(['candidates.id as candidate_id', 'candidates.name'])
    .where((eb) =>
      eb.or([eb('scorecards.id', '=', scorecardId), eb('scorecards.interview_id', '=', scorecardId)]),
    )
    .select('scorecards.id')
    .executeTakeFirst();
  if (!card) throw new AppError('not_found', 'That scorecard no longer exists.');
  if (card.status !== 'submitted')
    throw new AppError('conflict', 'Submit the scorecard before sending it back.');
  const out = new Outgoing(db, ctx);
  await out.add('role-summary', card.role_id);
  await out.add('candidate-summary', card.candidate_id);
  await out.addScorecard(card.id);
  const packId = await answeredPack(db, card.candidate_id, card.round_id, card.interviewer);
  return {
    packId,
    title: `Scorecard of ${card.interviewer} for ${card.name}, ${card.round_name}`,
    base: `${card.name} ${card.round_name} ${card.interviewer} scorecard`,
    records: out.records,
  };
}

async function exportRoleBundle(db: Db, ctx: CoreContext, roleId: string) {
  const out = new Outgoing(db, ctx);
  const role = (await out.add('role', roleId)) as { spec: { title: string } };
  const jd = await db.selectFrom('jds').select('id').where('role_id', '=', roleId).executeTakeFirst();
  if (jd) await out.add('jd', jd.id);
  const rounds = await db
    .selectFrom('loop_rounds')
    .select('id')
    .where('role_id', '=', roleId)
    .orderBy('position')
    .orderBy('seq')
    .execute();
  const questions = await db
    .selectFrom('kit_items')
    .innerJoin('loop_rounds', 'loop_rounds.id', 'kit_items.round_id')
    .select('kit_items.question_id')
    .distinct()
    .where('loop_rounds.role_id', '=', roleId)
    .execute();
  for (const q of questions) await out.add('question', q.question_id);
  for (const round of rounds) await out.add('round', round.id);
  const candidates = await db
    .selectFrom('candidates')
    .select('id')
    .where('role_id', '=', roleId)
    .orderBy('seq')
    .execute();
  for (const c of candidates) await out.add('candidate', c.id);
  const cards = await db
    .selectFrom('scorecards')
    .innerJoin('candidates', 'candidates.id', 'scorecards.candidate_id')
    .select('scorecards.id')
    .where('candidates.role_id', '=', roleId)
    .where('scorecards.status', '=', 'submitted')
    .orderBy('scorecards.seq')
    .execute();
  for (const card of cards) await out.addScorecard(card.id);
  const title = role.spec.title || 'Untitled role';
  return { packId: null, title: `Role bundle: ${title}`, base: `${title} role`, records: out.records };
}

/**
 * Builds a transfer file. Minting versions writes to the ledger, so the export runs in one
 * transaction: the file and the ledger agree.
 */
export async function exportTransfer(ctx: CoreContext, input: Input): Promise<ExchangeFile> {
  return ctx.database.db.transaction().execute(async (db) => {
    const made =
      input.kind === 'pack'
        ? await exportPack(db, ctx, input)
        : input.kind === 'scorecard'
          ? await exportScorecard(db, ctx, input.scorecardId)
          : await exportRoleBundle(db, ctx, input.roleId);
    const payload = { packId: made.packId, title: made.title, records: made.records };
    return writeTransferFile(ctx, await installIdOf(db), input.kind, made.base, payload);
  });
}
