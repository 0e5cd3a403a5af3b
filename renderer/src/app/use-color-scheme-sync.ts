import { useMantineColorScheme } from '@mantine/core';
import { useLayoutEffect } from 'react';
import { useSettings } from '../features/settings';

/**
 * Applies the stored `theme` setting: "system" follows the OS, "light" and "dark" pin it.
 * Before settings load, Mantine starts from its own cached choice (or the OS), so a restart
 * does not flash the wrong scheme. A layout effect, so the scheme is in place before paint
 * and before the app reports itself ready.
 */
export function useColorSchemeSync(): void {
  const stored = useSettings()?.theme;
  const { setColorScheme } = useMantineColorScheme();
  useLayoutEffect(() => {
    if (stored) setColorScheme(stored === 'system' ? 'auto' : stored);
  }, [stored, setColorScheme]);
}
