import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleInvoke } from '../../electron/main/ipc';
import { openTempCore, type TempCore } from '../support/temp-db';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const app = 'app://reqdesk/index.html';

describe('the IPC handler', () => {
  it('answers the app window with typed data from the real database', async () => {
    const result = await handleInvoke(core.ctx, app, 'settings.set', { key: 'theme', value: 'dark' });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark' } });
    const again = await handleInvoke(core.ctx, app, 'settings.get', {});
    expect(again).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('refuses frames that are not the app, before any core code runs', async () => {
    for (const sender of [undefined, 'https://evil.example/', 'app://reqdesk@evil/', 'file:///tmp/x.html']) {
      const result = await handleInvoke(core.ctx, sender, 'settings.set', { key: 'theme', value: 'light' });
      expect(result, String(sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const settings = await handleInvoke(core.ctx, app, 'settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { theme: 'system' } });
  });

  it('turns bad channels and bad input into errors as data', async () => {
    expect(await handleInvoke(core.ctx, app, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await handleInvoke(core.ctx, app, 'settings.set', { key: 'theme', value: 'neon' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(await handleInvoke(core.ctx, app, 'questions.get', { id: 'not-a-uuid' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
  });

  it('answers a channel that is not a name (an object with its own toString) with an error, not a throw', async () => {
    for (const channel of [{ toString: 'x' }, { toString: () => 'settings.get' }, Symbol('x'), 42n]) {
      expect(await handleInvoke(core.ctx, app, channel, {})).toMatchObject({
        ok: false,
        error: { code: 'bad_input' },
      });
    }
  });
});
