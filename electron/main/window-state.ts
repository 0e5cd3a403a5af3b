import type { Rectangle } from 'electron';
import { MIN_WINDOW } from './window-options';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Reads a saved window state, or null when the file is missing, garbled or implausible. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rectangle>; maximized?: unknown };
  const numbers = [bounds?.x, bounds?.y, bounds?.width, bounds?.height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x, y, width, height] = numbers as number[];
  return {
    bounds: {
      x: Math.round(x as number),
      y: Math.round(y as number),
      width: Math.max(MIN_WINDOW.width, Math.round(width as number)),
      height: Math.max(MIN_WINDOW.height, Math.round(height as number)),
    },
    maximized: maximized === true,
  };
}

/**
 * Where to put the window: the saved bounds if enough of the title bar is on one of the
 * current displays (a monitor may have been unplugged since), otherwise null so the window
 * opens at its default size, centred.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Rectangle[]): Rectangle | null {
  if (!saved) return null;
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const visible = workAreas.some((area) => {
    const overlapX =
      Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x);
    const overlapY =
      Math.min(titleBar.y + titleBar.height, area.y + area.height) - Math.max(titleBar.y, area.y);
    return overlapX >= 100 && overlapY >= 20;
  });
  if (!visible) return null;
  const area = workAreas.find((a) => bounds.x >= a.x && bounds.x < a.x + a.width) ?? workAreas[0];
  return area
    ? { ...bounds, width: Math.min(bounds.width, area.width), height: Math.min(bounds.height, area.height) }
    : bounds;
}
