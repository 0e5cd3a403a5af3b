import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingFor } from '../../electron/main/native-binding';

describe('which SQLite addon the app loads', () => {
  it('uses the one shipped beside the asar when packaged, whatever the environment says', () => {
    expect(
      nativeBindingFor(true, '/opt/Reqdesk/resources', { REQDESK_NATIVE_BINDING: '/tmp/evil.node' }),
    ).toBe(path.join('/opt/Reqdesk/resources', 'native/better_sqlite3.node'));
  });

  it('uses the dev build in `npm run dev`, else node_modules', () => {
    expect(nativeBindingFor(false, '/x', { REQDESK_NATIVE_BINDING: '/repo/.electron-native/a.node' })).toBe(
      '/repo/.electron-native/a.node',
    );
    expect(nativeBindingFor(false, '/x', {})).toBeUndefined();
    expect(nativeBindingFor(false, '/x', { REQDESK_NATIVE_BINDING: '' })).toBeUndefined();
  });
});
