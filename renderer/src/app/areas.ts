import {
  IconBriefcase,
  IconMessageQuestion,
  IconMicrophone,
  IconSettings,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';
import type { AreaId } from '../ui/routes';

/** The areas of the app, in sidebar order; the position is also the Ctrl/Cmd+digit shortcut. */
export const AREAS = [
  { id: 'roles', label: 'Roles', icon: IconBriefcase },
  { id: 'questions', label: 'Question bank', icon: IconMessageQuestion },
  { id: 'interviews', label: 'Interviews', icon: IconMicrophone },
  { id: 'candidates', label: 'Candidates', icon: IconUsers },
  { id: 'settings', label: 'Settings', icon: IconSettings },
] as const satisfies readonly { id: AreaId; label: string; icon: TablerIcon }[];

export type Area = (typeof AREAS)[number];

/** The digit that, with Ctrl or Cmd, opens the area. */
export function areaKey(id: AreaId): string {
  return String(AREAS.findIndex((area) => area.id === id) + 1);
}

export function areaById(id: AreaId): Area {
  return AREAS.find((area) => area.id === id) ?? AREAS[0];
}
