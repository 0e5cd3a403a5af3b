import { type HotkeyItem, useHotkeys } from '@mantine/hooks';
import { openRoute } from '../ui/router';
import { homeRoute } from '../ui/routes';
import { AREAS, areaKey } from './areas';

/** Ctrl/Cmd+1..5 switch areas, from anywhere, text fields included. (Ctrl/Cmd+K belongs to the palette.) */
export function useAppHotkeys(): void {
  const hotkeys: HotkeyItem[] = AREAS.map(({ id }) => [`mod+${areaKey(id)}`, () => openRoute(homeRoute(id))]);
  useHotkeys(hotkeys, []);
}
