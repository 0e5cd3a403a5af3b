import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { channels } from '../../shared/api';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

describe('dispatch', () => {
  it('has a handler for every channel of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(channels).sort());
  });

  it('answers app.info with the real database facts', async () => {
    const result = await dispatch(core.ctx, 'app.info', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      name: 'Reqdesk',
      databasePath: core.dbPath,
      schemaVersion: core.database.schemaVersion,
      transport: 'preview',
    });
    expect((result.value as { sqliteVersion: string }).sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await dispatch(core.ctx, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses a channel that is not a string as bad input, without turning it into text', async () => {
    for (const name of [
      42,
      null,
      undefined,
      { toString: 'x' },
      { toString: () => 'app.info' },
      'x'.repeat(500),
    ]) {
      const result = await dispatch(core.ctx, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
  });

  it('refuses input that fails the schema before any core code runs, with the field named', async () => {
    const result = await dispatch(core.ctx, 'settings.set', { key: 'theme', value: 'purple' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_input');
    expect(result.error.issues?.[0]?.path).toBe('value');
    const stored = core.database.sqlite.prepare('select count(*) from settings').pluck().get();
    expect(stored).toBe(0);
  });

  it('refuses unexpected extra fields and non-object input', async () => {
    for (const input of [
      { key: 'theme', value: 'dark', extra: 1 },
      'theme',
      undefined,
      [],
      { key: 'nope', value: 1 },
    ]) {
      const result = await dispatch(core.ctx, 'settings.set', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
  });

  it('turns a failure inside the core into an error result, never a throw', async () => {
    const closed = core;
    await closed.close(); // every query now fails
    core = await openTempCore(); // so afterEach has an open one to close
    const result = await dispatch(closed.ctx, 'settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/kysely|driver|SqliteError/i);
  });
});
