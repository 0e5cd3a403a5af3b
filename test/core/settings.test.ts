import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { settingDefaults } from '../../shared/settings';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore({ now: new Date('2026-11-22T09:30:00Z') });
});
afterEach(async () => {
  await core.close();
});

describe('settings', () => {
  it('reads the defaults from a new database', async () => {
    expect(await dispatch(core.ctx, 'settings.get', {})).toEqual({ ok: true, value: settingDefaults });
  });

  it('keeps a change across closing and reopening the file', async () => {
    const set = await dispatch(core.ctx, 'settings.set', { key: 'theme', value: 'dark' });
    expect(set).toEqual({ ok: true, value: { ...settingDefaults, theme: 'dark' } });
    await dispatch(core.ctx, 'settings.set', { key: 'pageSize', value: 'a4' });
    await core.database.close();
    const reopened = await openDatabase(core.dbPath);
    core.database = reopened; // closed, with its folder, by afterEach
    {
      const rows = reopened.sqlite.prepare('select key, value, updated_at from settings order by key').all();
      expect(rows).toEqual([
        { key: 'pageSize', value: '"a4"', updated_at: '2026-11-22T09:30:00.000Z' },
        { key: 'theme', value: '"dark"', updated_at: '2026-11-22T09:30:00.000Z' },
      ]);
    }
  });

  it('reads a stored value that no longer fits its schema as the default', async () => {
    core.database.sqlite
      .prepare(
        "insert into settings (key, value, updated_at) values ('theme', '\"sepia\"', 'x'), ('pageSize', 'not json', 'x')",
      )
      .run();
    expect(await dispatch(core.ctx, 'settings.get', {})).toEqual({ ok: true, value: settingDefaults });
  });

  it('trims names and keeps emoji and accents intact', async () => {
    const result = await dispatch(core.ctx, 'settings.set', {
      key: 'interviewerName',
      value: '  José Ñúñez 🙂  ',
    });
    expect(result).toMatchObject({ ok: true, value: { interviewerName: 'José Ñúñez 🙂' } });
  });

  it('refuses control characters in the interviewer name, as every other text field does', async () => {
    for (const value of ['Dana\u0000Reyes', 'Dana\u001bReyes', 'Dana\u007f']) {
      const result = await dispatch(core.ctx, 'settings.set', { key: 'interviewerName', value });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(result.ok ? '' : result.error.message).toMatch(/control characters/);
    }
    expect(await dispatch(core.ctx, 'settings.get', {})).toEqual({ ok: true, value: settingDefaults });
  });
});
