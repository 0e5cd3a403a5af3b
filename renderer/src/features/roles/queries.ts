import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { JdPlaceholders } from '../../../../shared/jd';
import { coreQuery } from '../../ui/query';
import { useRolesStore } from './roles-store';

/** The role list as filtered in the list's search box, chips and switch; the last list stays up while a new one is read. */
export function useRoleList() {
  const text = useRolesStore((s) => s.listText);
  const status = useRolesStore((s) => s.listStatus);
  const includeArchived = useRolesStore((s) => s.showArchived);
  return useQuery({
    ...coreQuery('roles.list', { text, status, includeArchived }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The placeholders left in the role's JD, read each time the intake shows (the JD is edited
 * on its own tab, so coming back reads it again). A failed read shows nothing rather than a guess.
 */
export function useJdPlaceholders(roleId: string | null): JdPlaceholders['placeholders'] {
  const query = useQuery({
    ...coreQuery('jd.placeholders', { roleId: roleId ?? '' }),
    enabled: roleId !== null,
  });
  return query.data?.placeholders ?? NO_PLACEHOLDERS;
}

const NO_PLACEHOLDERS: JdPlaceholders['placeholders'] = [];
