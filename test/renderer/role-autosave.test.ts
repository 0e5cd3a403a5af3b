import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import {
  RoleAutosave,
  type RoleSaveResult,
  type SaveState,
  type SendPatch,
} from '../../renderer/src/features/roles/role-autosave';
import type { Result } from '../../shared/result';
import type { Role } from '../../shared/roles';
import { holdWriteLock } from '../support/lock-holder';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
let role: Role;

beforeEach(async () => {
  core = await openTempCore();
  const created = await dispatch(core.ctx, 'roles.create', {});
  if (!created.ok) throw new Error(created.error.message);
  role = created.value as Role;
});
afterEach(async () => {
  await core.close();
});

/** Sends to the real core, and records what was sent. */
function realSend(sent: { patch: object; seq: number }[] = []): SendPatch {
  return async (patch, clientSeq) => {
    sent.push({ patch, seq: clientSeq });
    return (await dispatch(core.ctx, 'roles.patch', {
      id: role.id,
      patch,
      clientSeq,
    })) as Result<RoleSaveResult>;
  };
}

async function stored(): Promise<Role> {
  const result = await dispatch(core.ctx, 'roles.get', { id: role.id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Role;
}

describe('role autosave', () => {
  it('merges quick edits into one save and stores every field', async () => {
    const sent: { patch: object; seq: number }[] = [];
    const states: SaveState['kind'][] = [];
    const saver = new RoleAutosave(
      role.id,
      realSend(sent),
      (s) => states.push(s.kind),
      () => {},
    );
    saver.queue({ title: 'Senior Backend Engineer' });
    saver.queue({ qualifier: 'Data Platform' });
    saver.queue({ title: 'Senior Backend Engineer (Data)' });
    expect(saver.dirty).toBe(true);
    expect(await saver.flush()).toBe(true);
    expect(sent).toHaveLength(1);
    expect((await stored()).spec).toMatchObject({
      title: 'Senior Backend Engineer (Data)',
      qualifier: 'Data Platform',
    });
    // "Saving…" is shown once for the burst, not once per keystroke (each would re-render it).
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(saver.dirty).toBe(false);
  });

  it('keeps working after a reload: a new window starts above the sequence the core has seen', async () => {
    let clock = 1_000;
    const first = new RoleAutosave(
      role.id,
      realSend(),
      () => {},
      () => {},
      () => clock,
    );
    first.queue({ title: 'First window' });
    await first.flush();
    // A reload: new autosave, the clock has moved on.
    clock = 5_000;
    const second = new RoleAutosave(
      role.id,
      realSend(),
      () => {},
      () => {},
      () => clock,
    );
    second.queue({ title: 'After reload' });
    await second.flush();
    expect((await stored()).spec.title).toBe('After reload');
  });

  it('sends edits made while a save is in flight afterwards, in order, so the last word wins', async () => {
    const sent: { patch: object; seq: number }[] = [];
    const send = realSend(sent);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowFirst: SendPatch = async (patch, seq) => {
      if (sent.length === 0) {
        const pending = send(patch, seq);
        await gate;
        return pending;
      }
      return send(patch, seq);
    };
    const saver = new RoleAutosave(
      role.id,
      slowFirst,
      () => {},
      () => {},
    );
    saver.queue({ notes: 'one' });
    const flushing = saver.flush();
    saver.queue({ notes: 'one two' });
    release();
    await flushing;
    await saver.flush();
    expect(sent.map((s) => s.patch)).toEqual([{ notes: 'one' }, { notes: 'one two' }]);
    expect(sent[1]?.seq).toBeGreaterThan(sent[0]?.seq ?? Number.POSITIVE_INFINITY);
    expect((await stored()).spec.notes).toBe('one two');
  });

  it('keeps an edit the core could not be reached for, and saves it on the next try', async () => {
    let reachable = false;
    const send = realSend();
    const flaky: SendPatch = async (patch, seq) =>
      reachable ? send(patch, seq) : { ok: false, error: { code: 'unavailable', message: 'offline' } };
    const states: SaveState[] = [];
    const saver = new RoleAutosave(
      role.id,
      flaky,
      (s) => states.push(s),
      () => {},
    );
    saver.queue({ notes: 'typed while offline' });
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'error' });
    expect(saver.dirty).toBe(true);
    reachable = true;
    expect(await saver.flush()).toBe(true);
    saver.dispose();
    expect((await stored()).spec.notes).toBe('typed while offline');
  });

  it('keeps an edit made while another process holds the file, and saves it on the next try', async () => {
    await core.close();
    core = await openTempCore({ maxBusyWaitMs: 200 });
    const created = await dispatch(core.ctx, 'roles.create', {});
    if (!created.ok) throw new Error(created.error.message);
    role = created.value as Role;
    const states: SaveState[] = [];
    const saver = new RoleAutosave(
      role.id,
      realSend(),
      (s) => states.push(s),
      () => {},
    );
    const holder = await holdWriteLock(core.dbPath);
    try {
      saver.queue({ notes: 'typed while the CLI imported' });
      expect(await saver.flush()).toBe(false);
      const shown = states.at(-1);
      expect(shown?.kind === 'error' ? shown.error.code : shown?.kind).toBe('db_busy');
      expect(saver.dirty).toBe(true);
    } finally {
      await holder.release();
    }
    expect(await saver.flush()).toBe(true);
    saver.dispose();
    expect((await stored()).spec.notes).toBe('typed while the CLI imported');
  });

  it('reports a patch the core refuses, and the stored role stays as it was', async () => {
    const states: SaveState[] = [];
    const saver = new RoleAutosave(
      role.id,
      realSend(),
      (s) => states.push(s),
      () => {},
    );
    saver.queue({ pay: { min: 200_000, max: 100_000, currency: 'USD' } });
    expect(await saver.flush()).toBe(false);
    const last = states.at(-1);
    expect(last?.kind).toBe('error');
    expect(last?.kind === 'error' ? last.error.message : '').toMatch(/minimum is above the maximum/i);
    expect((await stored()).spec.pay).toEqual({ min: null, max: null, currency: 'USD' });
  });

  it('goes back to "saved" when the only pending edit is withdrawn (a value that stopped validating)', async () => {
    const states: SaveState[] = [];
    const sent: { patch: object; seq: number }[] = [];
    const saver = new RoleAutosave(
      role.id,
      realSend(sent),
      (s) => states.push(s),
      () => {},
    );
    saver.queue({ title: 'Edge Engineer' });
    await saver.flush();
    expect(states.at(-1)?.kind).toBe('saved');
    saver.queue({ pay: { min: 200_000, max: null, currency: 'USD' } });
    expect(states.at(-1)?.kind).toBe('pending');
    saver.unqueue('pay');
    expect(states.at(-1)?.kind).toBe('saved');
    expect(saver.dirty).toBe(false);
    expect(await saver.flush()).toBe(true);
    expect(sent).toHaveLength(1);
  });
});
