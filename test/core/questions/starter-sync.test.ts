import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import { deleteQuestion, getQuestion, updateQuestion } from '../../../electron/core/questions/questions';
import { starterBank, syncStarterBank } from '../../../electron/core/questions/starter-bank';
import type { StarterQuestion } from '../../../shared/questions';
import { makeDraft } from '../../support/question-draft';
import { openTempCore, type TempCore } from '../../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const shipped = (n: number, revision = 1): StarterQuestion[] =>
  Array.from({ length: n }, (_, i) => ({
    ...makeDraft({ text: `Shipped question number ${i}, revision ${revision}?` }),
    id: ids[i] as string,
    revision,
  }));
const ids = Array.from({ length: 5 }, () => randomUUID());

async function liveCount(): Promise<number> {
  const row = await core.ctx.database.db
    .selectFrom('questions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('starter bank sync', () => {
  it('loads the shipped bank once; a second start changes nothing', async () => {
    expect(await syncStarterBank(core.ctx, shipped(5))).toEqual({ added: 5, updated: 0, keptUserChanges: 0 });
    const before = await getQuestion(core.ctx, ids[0] as string);
    expect(before).toMatchObject({ origin: 'starter', starterRevision: 1, editedByUser: false });
    expect(await syncStarterBank(core.ctx, shipped(5))).toEqual({ added: 0, updated: 0, keptUserChanges: 0 });
    expect(await getQuestion(core.ctx, ids[0] as string)).toEqual(before);
    expect(await liveCount()).toBe(5);
  });

  it('updates untouched questions to a new revision, never ones the recruiter edited or deleted', async () => {
    await syncStarterBank(core.ctx, shipped(5));
    const edited = await getQuestion(core.ctx, ids[1] as string);
    await updateQuestion(core.ctx, edited.id, makeDraft({ text: 'My own wording of this question?' }));
    await deleteQuestion(core.ctx, ids[2] as string);

    const result = await syncStarterBank(core.ctx, shipped(5, 2));
    expect(result).toEqual({ added: 0, updated: 3, keptUserChanges: 2 });
    expect((await getQuestion(core.ctx, ids[0] as string)).text).toBe(
      'Shipped question number 0, revision 2?',
    );
    expect((await getQuestion(core.ctx, ids[1] as string)).text).toBe('My own wording of this question?');
    await expect(getQuestion(core.ctx, ids[2] as string)).rejects.toThrow(/no longer exists/);
    expect(await liveCount()).toBe(4);
  });

  it('rolls back completely when one shipped question cannot be stored', async () => {
    const broken = shipped(3);
    (broken[2] as { minutes: number }).minutes = 999; // refused by the table's check constraint
    await expect(syncStarterBank(core.ctx, broken)).rejects.toThrow();
    expect(await liveCount()).toBe(0);
  });

  it('ships a bank that loads in full through openCore, and reopening adds nothing', async () => {
    const bank = starterBank();
    const path = `${core.dir}/shipped.sqlite`;
    const first = await openCore(path, { transport: 'cli' });
    const count = async () =>
      Number(
        (
          await first.database.db
            .selectFrom('questions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('origin', '=', 'starter')
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(bank.length);
    await first.database.close();
    const second = await openCore(path, { transport: 'cli' });
    expect(await syncStarterBank(second, bank)).toEqual({ added: 0, updated: 0, keptUserChanges: 0 });
    await second.database.close();
  });
});
