import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const noop = { about: () => {}, openFile: () => {}, openDataFolder: () => {} };

describe('the application menu', () => {
  it('has the editing roles, so the platform shortcuts work in every text field', () => {
    const all = roles(menuTemplate('linux', false, noop));
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'togglefullscreen',
      'quit',
    ])
      expect(all).toContain(role);
  });

  it('offers developer tools and reload only in development', () => {
    expect(roles(menuTemplate('linux', false, noop))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('linux', false, noop))).not.toContain('reload');
    expect(roles(menuTemplate('linux', true, noop))).toContain('toggleDevTools');
  });

  it('puts About in the app menu on macOS and under Help elsewhere, and calls the action', () => {
    let opened = 0;
    const mac = menuTemplate('darwin', false, { ...noop, about: () => opened++ });
    expect(mac[0]?.label).toBe('Reqdesk');
    const appMenu = mac[0]?.submenu as MenuItemConstructorOptions[] | undefined;
    const about = appMenu?.[0];
    expect(about?.label).toBe('About Reqdesk');
    const click = about?.click as (() => void) | undefined;
    click?.();
    expect(opened).toBe(1);
    const win = menuTemplate('win32', false, noop);
    expect(win.at(-1)?.role).toBe('help');
  });
});
