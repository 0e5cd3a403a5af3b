import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import {
  ItemAutosave,
  RETRY_DELAY_MS,
  type SaveState,
  type SendItemPatch,
} from '../../renderer/src/features/interviews/item-autosave';
import type { ItemPatch } from '../../renderer/src/features/interviews/live-store';
import type { Interview, SaveItemResult } from '../../shared/interviews';
import type { Result } from '../../shared/result';
import { seedTechnicalScreen } from '../support/interview-seed';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
let interview: Interview;

beforeEach(async () => {
  core = await openTempCore({ starterBank: true });
  const invoke = (channel: string, input: unknown) =>
    dispatch(core.ctx, channel, input) as Promise<Result<unknown>>;
  const seeded = await seedTechnicalScreen(invoke, { questions: 2 });
  const started = await invoke('interviews.start', {
    candidateId: seeded.candidateId,
    roundId: seeded.roundId,
    interviewer: 'Dana Reyes',
  });
  if (!started.ok) throw new Error(started.error.message);
  interview = started.value as Interview;
});
afterEach(async () => {
  vi.useRealTimers();
  await core.close();
});

const itemIds = () => interview.items.map((i) => i.id) as [string, string];

/** Sends to the real core, and records what was sent. */
function realSend(sent: { itemId: string; patch: object; seq: number }[] = []): SendItemPatch<ItemPatch> {
  return async (itemId, patch, clientSeq) => {
    sent.push({ itemId, patch, seq: clientSeq });
    return (await dispatch(core.ctx, 'interviews.saveItem', {
      interviewId: interview.id,
      itemId,
      ...patch,
      clientSeq,
    })) as Result<SaveItemResult>;
  };
}

async function stored(): Promise<Interview> {
  const result = await dispatch(core.ctx, 'interviews.get', { id: interview.id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Interview;
}

describe('the autosave of a live interview', () => {
  it('merges edits per question into one save each, with sequence numbers that only grow', async () => {
    const sent: { itemId: string; patch: object; seq: number }[] = [];
    const saver = new ItemAutosave<ItemPatch>(realSend(sent), () => {});
    const [a, b] = itemIds();
    saver.queue(a, { evidence: 'Used' });
    saver.queue(a, { evidence: 'Used Kafka' });
    saver.queue(b, { judgement: 'Vague' });
    saver.queue(a, { judgement: 'Convincing' });
    expect(await saver.flush()).toBe(true);
    expect(sent.map((s) => s.itemId)).toEqual([a, b]);
    expect(sent[0]?.patch).toEqual({ evidence: 'Used Kafka', judgement: 'Convincing' });
    expect(sent[1]?.seq).toBeGreaterThan(sent[0]?.seq ?? Number.POSITIVE_INFINITY);
    const items = (await stored()).items;
    expect(items[0]).toMatchObject({ evidence: 'Used Kafka', judgement: 'Convincing' });
    expect(items[1]).toMatchObject({ judgement: 'Vague' });
  });

  it('sends a rating at once, without waiting for a pause in typing', async () => {
    // No timer of the page runs: a save that waited for the typing pause would never arrive.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const states: SaveState['kind'][] = [];
    const saver = new ItemAutosave<ItemPatch>(realSend(), (s) => states.push(s.kind));
    const [a] = itemIds();
    saver.queue(a, { rating: 4 }, { immediate: true });
    await expect
      .poll(async () => (await stored()).items[0]?.rating, { timeout: 30_000, interval: 20 })
      .toBe(4);
    expect(states.at(-1)).toBe('saved');
    saver.dispose();
  });

  it('drops a save that arrives after a newer one, but never an edit of a window whose clock is behind', async () => {
    let clock = 1_000;
    const ahead = new ItemAutosave<ItemPatch>(
      realSend(),
      () => {},
      () => clock + 3_600_000, // an hour ahead, as after a wrong clock was set
    );
    const behind = new ItemAutosave<ItemPatch>(
      realSend(),
      () => {},
      () => clock,
    );
    const [a] = itemIds();
    ahead.queue(a, { evidence: 'first window' });
    await ahead.flush();
    // A request of a window that is gone (a reload) arriving late: dropped, the newer text stays.
    const late = await realSend()(a, { evidence: 'a stale request' }, 2_000);
    expect(late.ok && late.value.applied).toBe(false);
    expect((await stored()).items[0]?.evidence).toBe('first window');
    // A live window whose clock is behind: its edit is numbered above the core's and stored.
    const states: SaveState['kind'][] = [];
    const watched = new ItemAutosave<ItemPatch>(
      realSend(),
      (state) => states.push(state.kind),
      () => clock,
    );
    watched.queue(a, { evidence: 'typed last, in the window behind' });
    clock += 1;
    expect(await watched.flush()).toBe(true);
    expect((await stored()).items[0]?.evidence).toBe('typed last, in the window behind');
    expect(states.at(-1)).toBe('saved');
    behind.dispose();
  });

  it('stores the fields the core takes, keeps a refused one on show until it is fixed', async () => {
    const states: SaveState[] = [];
    const saver = new ItemAutosave<ItemPatch>(realSend(), (state) => states.push(state));
    const [a] = itemIds();
    saver.queue(a, { judgement: 'Strong on trade-offs', evidence: 'x'.repeat(20_001) });
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'error', error: { code: 'bad_input' } });
    expect((await stored()).items[0]?.judgement).toBe('Strong on trade-offs');
    expect(saver.dirty).toBe(true);
    // A quiet clock save succeeds, but the refused note is still not stored: the error stays.
    saver.queue(itemIds()[1], { elapsedMs: 60_000 }, { quiet: true });
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)?.kind).toBe('error');
    // The note is cut to size: it goes out with the next edit and everything is saved.
    saver.queue(a, { evidence: 'x'.repeat(100) });
    expect(await saver.flush()).toBe(true);
    expect(states.at(-1)?.kind).toBe('saved');
    expect(saver.dirty).toBe(false);
    expect((await stored()).items[0]?.evidence).toBe('x'.repeat(100));
  });

  it('keeps what could not be sent and tries again, saying so meanwhile', async () => {
    // The retry waits RETRY_DELAY_MS: the test moves a fake clock instead of sleeping.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const states: SaveState[] = [];
    let reachable = false;
    const send = realSend();
    const saver = new ItemAutosave<ItemPatch>(
      (itemId, patch, seq) =>
        reachable
          ? send(itemId, patch, seq)
          : Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'No core.' } }),
      (s) => states.push(s),
    );
    const [a] = itemIds();
    saver.queue(a, { evidence: 'Measured p99 before and after' });
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'error', error: { code: 'unavailable' } });
    expect(saver.dirty).toBe(true);
    reachable = true;
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS - 1);
    expect(states.at(-1)?.kind).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('saved'));
    expect((await stored()).items[0]?.evidence).toBe('Measured p99 before and after');
  });

  it('saves the clocks quietly: no "Saving…" for time passing', async () => {
    const states: SaveState['kind'][] = [];
    const saver = new ItemAutosave<ItemPatch>(realSend(), (s) => states.push(s.kind));
    const [a] = itemIds();
    saver.queue(a, { elapsedMs: 42_000 }, { quiet: true });
    await saver.flush();
    expect(states).toEqual([]);
    expect((await stored()).items[0]?.elapsedMs).toBe(42_000);
  });
});
