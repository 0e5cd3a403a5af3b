import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryClient } from '../ui/query';
import { AppFrame } from './AppFrame';
import { useBootStore } from './boot-store';
import { LoadingScreen, StartupErrorScreen } from './StartupScreens';
import { styleNonceGetter } from './style-nonce';
import { cssVariablesResolver, theme } from './theme';
import { useColorSchemeSync } from './use-color-scheme-sync';

/**
 * Boots the app and shows the loading, error or loaded screen. The `data-app-state`
 * attribute on <html> says which (end-to-end tests wait for "ready"); it is set by this,
 * the outermost component, so its effect runs after every child's (theme, hotkeys) is in place.
 */
function AppRoot() {
  const status = useBootStore((state) => state.status);
  const error = useBootStore((state) => state.error);
  const boot = useBootStore((state) => state.boot);
  useColorSchemeSync();

  useEffect(() => {
    void boot();
  }, [boot]);

  useEffect(() => {
    document.documentElement.dataset.appState = status;
  }, [status]);

  if (status === 'ready') return <AppFrame />;
  if (status === 'error' && error) return <StartupErrorScreen error={error} onRetry={() => void boot()} />;
  return <LoadingScreen />;
}

const getStyleNonce = styleNonceGetter();

/**
 * `env="test"` is Mantine's mode for jsdom, where every element measures 0x0: without it,
 * Mantine reads a dropdown's zero-sized target as scrolled out of view and hides the open menu.
 */
export function App({ env }: { env?: 'default' | 'test' }) {
  return (
    <MantineProvider
      env={env}
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
      getStyleNonce={getStyleNonce}
    >
      <QueryClientProvider client={queryClient}>
        <AppRoot />
      </QueryClientProvider>
    </MantineProvider>
  );
}
