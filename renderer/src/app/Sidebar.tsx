import { AppShell, Button, Kbd, NavLink, ScrollArea } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { openRoute, useCurrentArea } from '../ui/router';
import { type AreaId, homeRoute, routeHref } from '../ui/routes';
import { modShortcutAria, modShortcutLabel } from '../ui/shortcuts';
import { AREAS, areaKey } from './areas';
import { useNavigationStore } from './navigation-store';

interface SidebarProps {
  /** Called after a choice, so a narrow window can fold the sidebar away again. */
  onNavigate?: () => void;
}

/** The areas, each a link with its shortcut, and the About button at the foot. */
export function Sidebar({ onNavigate }: SidebarProps) {
  const active = useCurrentArea();
  const openAbout = useNavigationStore((state) => state.openAbout);

  const select = (event: MouseEvent<HTMLElement>, id: AreaId) => {
    // A plain click switches in place; let the browser handle modified clicks.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openRoute(homeRoute(id));
    onNavigate?.();
  };

  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        {AREAS.map(({ id, label, icon: Icon }) => {
          const key = areaKey(id);
          const isActive = id === active;
          return (
            <NavLink
              key={id}
              href={routeHref(homeRoute(id))}
              label={label}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              aria-keyshortcuts={modShortcutAria(key)}
              onClick={(event) => select(event, id)}
              leftSection={<Icon size={18} stroke={1.7} aria-hidden />}
              rightSection={
                <Kbd size="xs" aria-hidden>
                  {modShortcutLabel(key)}
                </Kbd>
              }
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          );
        })}
      </AppShell.Section>
      <AppShell.Section p="sm">
        <Button
          variant="subtle"
          color="gray"
          fullWidth
          justify="flex-start"
          leftSection={<IconInfoCircle size={18} stroke={1.7} aria-hidden />}
          onClick={openAbout}
          // The visible word stays short; the name says what it is about (and differs from
          // the palette's "About Reqdesk" action text, which tests look up by text).
          aria-label="About Reqdesk"
        >
          About
        </Button>
      </AppShell.Section>
    </>
  );
}
