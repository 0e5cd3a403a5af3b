import { AppShell, Burger, Button, Group, Kbd, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBriefcase2, IconSearch } from '@tabler/icons-react';
import { ConflictsModal, ImportExchangeModal, useExchangeFileIntake } from '../features/exchange';
import { ResumeOffer } from '../features/interviews';
import { useFocusModeStore } from '../ui/focus-mode';
import { modShortcutAria, modShortcutLabel } from '../ui/shortcuts';
import { AboutModal } from './AboutModal';
import { AreaOutlet } from './AreaOutlet';
import { CommandPalette, palette } from './CommandPalette';
import { Sidebar } from './Sidebar';
import { useAppHotkeys } from './use-app-hotkeys';
import { useLocationSync } from './use-location-sync';

/** The loaded app: header, sidebar of areas, the active area, and the palette and About panel over them. */
export function AppFrame() {
  const [navOpened, nav] = useDisclosure(false);
  const focusMode = useFocusModeStore((state) => state.focusMode);
  useLocationSync();
  useAppHotkeys();
  useExchangeFileIntake();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={focusMode ? 0 : 'xl'}
      disabled={focusMode}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Hide areas' : 'Show areas'}
            />
            <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
              <IconBriefcase2 size={20} stroke={1.7} />
            </ThemeIcon>
            <Text fw={700} size="lg">
              Reqdesk
            </Text>
          </Group>
          <Button
            variant="default"
            leftSection={<IconSearch size={16} stroke={1.7} aria-hidden />}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {modShortcutLabel('K')}
              </Kbd>
            }
            aria-keyshortcuts={modShortcutAria('K')}
            onClick={palette.open}
          >
            Command palette
          </Button>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar aria-label="Areas">
        <Sidebar onNavigate={nav.close} />
      </AppShell.Navbar>

      <AppShell.Main>
        <AreaOutlet />
      </AppShell.Main>

      <CommandPalette />
      <AboutModal />
      <ResumeOffer />
      <ImportExchangeModal />
      <ConflictsModal />
    </AppShell>
  );
}
