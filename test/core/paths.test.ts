import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDatabasePath } from '../../electron/core/app/paths';

describe('data folder', () => {
  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Reqdesk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Reqdesk');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Reqdesk');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      path.join('C:\\Users\\ana\\AppData\\Roaming', 'Reqdesk'),
    );
  });

  it('prefers the --db flag, then REQDESK_DB', () => {
    expect(resolveDatabasePath('rel/x.sqlite', { REQDESK_DB: '/env.sqlite' })).toBe(
      path.resolve('rel/x.sqlite'),
    );
    expect(resolveDatabasePath(undefined, { REQDESK_DB: '/env.sqlite' })).toBe('/env.sqlite');
    expect(resolveDatabasePath(undefined, {})).toMatch(/Reqdesk[/\\]reqdesk\.sqlite$/);
  });
});
