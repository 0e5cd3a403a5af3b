import type { RoleSummary } from '../../../../shared/roles';

/** Where a new candidate most likely belongs: an open role first, a draft or a closed one last. */
const PREFERENCE: Record<RoleSummary['status'], number> = {
  open: 0,
  'on-hold': 1,
  draft: 2,
  filled: 3,
  closed: 4,
};

/**
 * The role a new candidate form starts on: the open role touched most recently, else the best
 * of the rest by the order above (never simply the first by name, which may be a draft).
 */
export function defaultRoleId(roles: readonly RoleSummary[]): string {
  const best = [...roles].sort(
    (a, b) => PREFERENCE[a.status] - PREFERENCE[b.status] || b.updatedAt.localeCompare(a.updatedAt),
  )[0];
  return best?.id ?? '';
}
