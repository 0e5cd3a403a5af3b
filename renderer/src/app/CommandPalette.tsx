import { Kbd } from '@mantine/core';
import {
  createSpotlight,
  Spotlight,
  type SpotlightActionData,
  type SpotlightProps,
} from '@mantine/spotlight';
import {
  IconDeviceDesktop,
  IconFileImport,
  IconInfoCircle,
  IconMoon,
  IconPlus,
  IconSearch,
  IconSun,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { Settings } from '../../../shared/settings';
import { useImportJdStore } from '../features/jd';
import { useRolesStore } from '../features/roles';
import { useSettingsStore } from '../features/settings';
import { openRoute } from '../ui/router';
import { homeRoute } from '../ui/routes';
import { modShortcutLabel } from '../ui/shortcuts';
import { AREAS, areaKey } from './areas';
import { useNavigationStore } from './navigation-store';
import { usePaletteSearch } from './use-palette-search';

/** The palette's own store, so nothing else sharing Mantine's default spotlight can open it. */
export const [paletteStore, palette] = createSpotlight();

export const PALETTE_PLACEHOLDER = 'Search areas and actions…';
export const PALETTE_SHORTCUT = 'mod+K';

const THEME_ACTIONS: { theme: Settings['theme']; label: string; icon: typeof IconSun }[] = [
  { theme: 'light', label: 'Use light theme', icon: IconSun },
  { theme: 'dark', label: 'Use dark theme', icon: IconMoon },
  { theme: 'system', label: 'Follow system theme', icon: IconDeviceDesktop },
];

function useActions(): SpotlightProps['actions'] {
  const openAbout = useNavigationStore((state) => state.openAbout);
  const changeSetting = useSettingsStore((state) => state.change);

  const areas: SpotlightActionData[] = AREAS.map(({ id, label, icon: Icon }) => ({
    id: `go-to-${id}`,
    label: `Go to ${label}`,
    keywords: ['area', 'open', 'switch', id],
    leftSection: <Icon size={18} stroke={1.7} aria-hidden />,
    rightSection: (
      <Kbd size="xs" aria-hidden>
        {modShortcutLabel(areaKey(id))}
      </Kbd>
    ),
    onClick: () => openRoute(homeRoute(id)),
  }));

  const actions: SpotlightActionData[] = [
    {
      id: 'new-role',
      label: 'New role (start an intake)',
      description: 'A blank role spec, saved as you type',
      keywords: ['intake', 'req', 'requisition', 'role', 'create', 'hiring manager'],
      leftSection: <IconPlus size={18} stroke={1.7} aria-hidden />,
      onClick: () => {
        openRoute(homeRoute('roles'));
        void useRolesStore.getState().create();
      },
    },
    {
      id: 'import-jd',
      label: 'Import an old JD',
      description: 'Paste it or open a .txt, .md or .docx, check it, turn it into a role spec',
      keywords: ['job description', 'jd', 'import', 'paste', 'docx', 'convert', 'old'],
      leftSection: <IconFileImport size={18} stroke={1.7} aria-hidden />,
      onClick: () => {
        openRoute(homeRoute('roles'));
        useImportJdStore.getState().open();
      },
    },
    {
      id: 'about',
      label: 'About Reqdesk',
      description: 'Version, database file and install details',
      keywords: ['version', 'database', 'info', 'help'],
      leftSection: <IconInfoCircle size={18} stroke={1.7} aria-hidden />,
      onClick: openAbout,
    },
    ...THEME_ACTIONS.map(({ theme, label, icon: Icon }) => ({
      id: `theme-${theme}`,
      label,
      keywords: ['theme', 'appearance', 'colour', 'color', 'mode', theme],
      leftSection: <Icon size={18} stroke={1.7} aria-hidden />,
      onClick: () => void changeSetting({ key: 'theme', value: theme }),
    })),
  ];

  return [
    { group: 'Areas', actions: areas },
    { group: 'Actions', actions },
  ];
}

/** Ctrl/Cmd+K: jump to any area or run an action by typing a few letters. */
export function CommandPalette() {
  const [query, setQuery] = useState('');
  const found = usePaletteSearch(query);
  const base = useActions() ?? [];
  const actions = [
    ...(found.candidates.length > 0 ? [{ group: 'Candidates', actions: found.candidates }] : []),
    ...(found.roles.length > 0 ? [{ group: 'Roles', actions: found.roles }] : []),
    ...base,
  ];
  return (
    <Spotlight
      store={paletteStore}
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={PALETTE_SHORTCUT}
      // Open from anywhere, text fields included.
      tagsToIgnore={[]}
      nothingFound="Nothing matches that. Try a candidate's or role's name, an area, or “theme”."
      scrollable
      maxHeight={420}
      attributes={{ content: { 'aria-label': 'Command palette' } }}
      searchProps={{
        placeholder: PALETTE_PLACEHOLDER,
        'aria-label': 'Search areas and actions',
        leftSection: <IconSearch size={18} stroke={1.7} aria-hidden />,
      }}
    />
  );
}
