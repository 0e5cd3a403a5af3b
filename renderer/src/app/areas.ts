import {
  IconBriefcase,
  IconMessageQuestion,
  IconMicrophone,
  IconSettings,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

/** The areas of the app, in sidebar order; the position is also the Ctrl/Cmd+digit shortcut. */
export const AREAS = [
  { id: 'roles', label: 'Roles', icon: IconBriefcase },
  { id: 'questions', label: 'Question bank', icon: IconMessageQuestion },
  { id: 'interviews', label: 'Interviews', icon: IconMicrophone },
  { id: 'candidates', label: 'Candidates', icon: IconUsers },
  { id: 'settings', label: 'Settings', icon: IconSettings },
] as const satisfies readonly { id: string; label: string; icon: TablerIcon }[];

export type Area = (typeof AREAS)[number];
export type AreaId = Area['id'];

export const DEFAULT_AREA: AreaId = 'roles';

export function isAreaId(value: string): value is AreaId {
  return AREAS.some((area) => area.id === value);
}

/** The digit that, with Ctrl or Cmd, opens the area. */
export function areaKey(id: AreaId): string {
  return String(AREAS.findIndex((area) => area.id === id) + 1);
}

export function areaById(id: AreaId): Area {
  return AREAS.find((area) => area.id === id) ?? AREAS[0];
}

/** `#/roles` and the like; anything else is not an area. */
export function areaFromHash(hash: string): AreaId | undefined {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isAreaId(id) ? id : undefined;
}

export function hashForArea(id: AreaId): string {
  return `#/${id}`;
}
