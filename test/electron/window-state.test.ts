import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreBounds } from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window state', () => {
  it('reads a saved state and ignores garbage', () => {
    expect(parseWindowState('{"bounds":{"x":10,"y":20,"width":1200,"height":800},"maximized":true}')).toEqual(
      {
        bounds: { x: 10, y: 20, width: 1200, height: 800 },
        maximized: true,
      },
    );
    for (const bad of [
      null,
      '',
      '{',
      '[]',
      '{"bounds":{"x":"1"}}',
      '{"bounds":{"x":1,"y":2,"width":null,"height":3}}',
    ])
      expect(parseWindowState(bad), String(bad)).toBeNull();
    // Too small to use: grown to the minimum size.
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":10,"height":10}}')?.bounds).toMatchObject({
      width: 960,
      height: 600,
    });
  });

  it('puts the window back where it was when that place is still on a screen', () => {
    const onExternal = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreBounds(onExternal, [laptop, external])).toEqual(onExternal.bounds);
  });

  it('falls back to the default when the monitor it was on is gone', () => {
    const onExternal = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreBounds(onExternal, [laptop])).toBeNull();
    const titleBarAboveScreen = { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(titleBarAboveScreen, [laptop])).toBeNull();
    expect(restoreBounds(null, [laptop])).toBeNull();
  });

  it('shrinks a window bigger than the screen it is on', () => {
    const huge = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(restoreBounds(huge, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });
});
