import { type HotkeyItem, useHotkeys } from '@mantine/hooks';
import { AREAS, areaKey } from './areas';
import { useNavigationStore } from './navigation-store';

/** Ctrl/Cmd+1..5 switch areas, from anywhere, text fields included. (Ctrl/Cmd+K belongs to the palette.) */
export function useAppHotkeys(): void {
  const goTo = useNavigationStore((state) => state.goTo);
  const hotkeys: HotkeyItem[] = AREAS.map(({ id }) => [`mod+${areaKey(id)}`, () => goTo(id)]);
  useHotkeys(hotkeys, []);
}
