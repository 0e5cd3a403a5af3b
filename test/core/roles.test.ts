import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { emptyRoleSpec, type Role, roleSpec } from '../../shared/roles';
import { caller } from '../support/core-caller';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
const { call } = caller(() => core.ctx);
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const newRole = () => call<Role>('roles.create', {});

describe('role specs', () => {
  it('start as an empty draft and keep every autosaved field', async () => {
    const role = await newRole();
    expect(role.spec).toEqual(emptyRoleSpec());
    await call('roles.patch', {
      id: role.id,
      patch: { title: 'Senior backend engineer 🚀', archetype: 'data' },
      clientSeq: 1,
    });
    await call('roles.patch', {
      id: role.id,
      patch: {
        pay: { min: 165_000, max: 215_000, currency: 'USD' },
        mustHaves: ['Postgres at volume', 'Kafka consumers'],
      },
      clientSeq: 2,
    });
    const saved = await call<Role>('roles.get', { id: role.id });
    expect(saved.spec).toMatchObject({
      title: 'Senior backend engineer 🚀',
      archetype: 'data',
      pay: { min: 165_000, max: 215_000 },
      mustHaves: ['Postgres at volume', 'Kafka consumers'],
    });
    expect(saved.revision).toBe(3);
  });

  it('never lets a late autosave undo a newer one', async () => {
    const role = await newRole();
    await call('roles.patch', { id: role.id, patch: { title: 'Newer' }, clientSeq: 5 });
    const late = await call<{ applied: boolean; role: Role }>('roles.patch', {
      id: role.id,
      patch: { title: 'Older' },
      clientSeq: 4,
    });
    expect(late.applied).toBe(false);
    expect(late.role.spec.title).toBe('Newer');
    expect((await call<Role>('roles.get', { id: role.id })).spec.title).toBe('Newer');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const role = await newRole();
    await call('roles.patch', { id: role.id, patch: { title: 'Platform engineer' }, clientSeq: 1 });
    for (const [patch, message] of [
      [{ pay: { min: 200_000, max: 150_000, currency: 'USD' } }, 'The minimum is above the maximum.'],
      [{ pay: { min: -5, max: null, currency: 'USD' } }, 'cannot be negative'],
      [{ pay: { min: 1, max: 90_000_000, currency: 'USD' } }, 'looks like a typo'],
      [{ title: 'x'.repeat(121) }, 'longer than 120 characters'],
      [{ title: 'tab\u0007bell' }, 'control characters'],
      [{ targetStart: '2026-02-31x' }, 'must be a date'],
      [{ level: 'principal' }, 'level'],
    ] as const) {
      const result = await dispatch(core.ctx, 'roles.patch', { id: role.id, patch, clientSeq: 2 });
      expect(result.ok, JSON.stringify(patch)).toBe(false);
      if (!result.ok) expect(result.error.message, JSON.stringify(patch)).toContain(message);
    }
    const after = await call<Role>('roles.get', { id: role.id });
    expect(after.spec.title).toBe('Platform engineer');
    expect(after.revision).toBe(2);
  });

  it('refuses a start date that is not on the calendar, and takes real ones or none', async () => {
    const role = await newRole();
    let seq = 0;
    const patch = (targetStart: string) =>
      dispatch(core.ctx, 'roles.patch', { id: role.id, patch: { targetStart }, clientSeq: ++seq });
    for (const impossible of [
      '2026-02-30',
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
    ]) {
      const result = await patch(impossible);
      expect(result.ok, impossible).toBe(false);
      if (!result.ok) expect(result.error.message, impossible).toContain('not a real date');
    }
    for (const real of ['2028-02-29', '2026-12-31', '2026-01-01', '']) {
      const result = await patch(real);
      expect(result.ok, real).toBe(true);
    }
    expect(roleSpec.safeParse({ ...emptyRoleSpec(), targetStart: '2026-02-30' }).success).toBe(false);
    expect(roleSpec.safeParse({ ...emptyRoleSpec(), targetStart: '2026-02-28' }).success).toBe(true);
  });

  it('duplicates an old req as a new draft, archives, deletes and restores', async () => {
    const role = await newRole();
    await call('roles.patch', {
      id: role.id,
      patch: { title: 'Edge engineer', status: 'filled', company: 'Acme' },
      clientSeq: 1,
    });
    const copy = await call<Role>('roles.duplicate', { id: role.id });
    expect(copy.id).not.toBe(role.id);
    expect(copy.spec).toMatchObject({ title: 'Edge engineer (copy)', status: 'draft', company: 'Acme' });

    await call('roles.archive', { id: role.id, archived: true });
    const list = async (input = {}) => (await call<{ id: string }[]>('roles.list', input)).map((r) => r.id);
    expect(await list()).toEqual([copy.id]);
    expect((await list({ includeArchived: true })).sort()).toEqual([role.id, copy.id].sort());
    expect(await list({ status: ['filled'], includeArchived: true })).toEqual([role.id]);
    expect(await list({ text: 'acme copy' })).toEqual([copy.id]);

    await call('roles.delete', { id: copy.id });
    expect(await list()).toEqual([]);
    await expect(call('roles.get', { id: copy.id })).rejects.toThrow('not_found');
    await call('roles.restore', { id: copy.id });
    expect(await list()).toEqual([copy.id]);
  });

  it('keeps a duplicated title whole: cut by characters, never inside an emoji, with " (copy)" kept', async () => {
    const duplicateOf = async (title: string) => {
      const role = await newRole();
      await call('roles.patch', { id: role.id, patch: { title }, clientSeq: 1 });
      return (await call<Role>('roles.duplicate', { id: role.id })).spec.title;
    };
    const codePoints = (s: string) => Array.from(s).length;

    // 101 characters but 201 UTF-16 units: the copy fits the 120-character cap as it is.
    const emoji = `a${'😀'.repeat(100)}`;
    expect(await duplicateOf(emoji)).toBe(`${emoji} (copy)`);

    // At the cap: the title is shortened so that " (copy)" still fits, and no surrogate is split.
    const full = `${'🚀'.repeat(60)}${'x'.repeat(60)}`;
    expect(codePoints(full)).toBe(120);
    const copy = await duplicateOf(full);
    expect(copy.endsWith(' (copy)')).toBe(true);
    expect(codePoints(copy)).toBeLessThanOrEqual(120);
    expect(copy).toBe(`${'🚀'.repeat(60)}${'x'.repeat(53)} (copy)`);
    expect(copy).not.toMatch(/\p{Cs}/u); // no lone surrogate

    // A flag is two code points: it is dropped whole rather than cut in half.
    const flag = `${'x'.repeat(112)}🇺🇸${'y'.repeat(6)}`;
    expect(codePoints(flag)).toBe(120);
    expect(await duplicateOf(flag)).toBe(`${'x'.repeat(112)} (copy)`);
  });

  it('reads a spec stored before the specialty flag existed, and a patch without it keeps it', async () => {
    const role = await newRole();
    // A row as migration 0003 wrote it, before the field was added.
    const { specialty: _added, ...older } = emptyRoleSpec();
    await core.database.db
      .updateTable('roles')
      .set({ spec: JSON.stringify({ ...older, title: 'Old req' }) })
      .where('id', '=', role.id)
      .execute();
    expect((await call<Role>('roles.get', { id: role.id })).spec).toMatchObject({
      title: 'Old req',
      specialty: false,
    });
    await call('roles.patch', { id: role.id, patch: { specialty: true }, clientSeq: 1 });
    await call('roles.patch', { id: role.id, patch: { title: 'Old req, refreshed' }, clientSeq: 2 });
    expect((await call<Role>('roles.get', { id: role.id })).spec).toMatchObject({
      title: 'Old req, refreshed',
      specialty: true,
    });
  });
});
