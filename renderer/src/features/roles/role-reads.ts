import type { Role, RoleSummary } from '../../../../shared/roles';
import { invalidateChannels, queryClient } from '../../ui/query';

/**
 * Marks out of date every read that shows a role's title, spec or status: the role lists
 * (here, and the candidates' role names), the comp advice made from a spec, and the debriefs
 * that name the role.
 */
export function invalidateRoleReads(): Promise<void> {
  return invalidateChannels(
    'roles.list',
    'comp.adviseRole',
    'debrief.get',
    'debrief.candidate',
    'debrief.calibration',
  );
}

/** A role's title as some list on screen last showed it ('' if none did). */
export function listedTitle(id: string): string {
  for (const [, list] of queryClient.getQueriesData<RoleSummary[]>({ queryKey: ['roles.list'] })) {
    const found = list?.find((r) => r.id === id);
    if (found) return found.title;
  }
  return '';
}

/** Takes a deleted role out of every list at once, before the lists are read again. */
export function dropFromLists(id: string): void {
  queryClient.setQueriesData<RoleSummary[]>({ queryKey: ['roles.list'] }, (list) =>
    list?.filter((r) => r.id !== id),
  );
}

function summaryOf(role: Role): RoleSummary {
  const { spec } = role;
  return {
    id: role.id,
    title: spec.title,
    company: spec.company,
    archetype: spec.archetype,
    level: spec.level,
    status: spec.status,
    updatedAt: role.updatedAt,
    archivedAt: role.archivedAt,
  };
}

/**
 * Puts a role the core just stored at the top of every list on screen (newest change first),
 * so a new title shows at once; the lists are read again after it, filters and all.
 */
export function putFirstInLists(role: Role): void {
  const summary = summaryOf(role);
  queryClient.setQueriesData<RoleSummary[]>({ queryKey: ['roles.list'] }, (list) =>
    list ? [summary, ...list.filter((r) => r.id !== role.id)] : list,
  );
}
