import { useDebouncedValue } from '@mantine/hooks';
import type { SpotlightActionData } from '@mantine/spotlight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { coreQuery } from '../ui/query';
import { openRoute } from '../ui/router';
import type { Route } from '../ui/routes';

/** How many candidates and roles the palette lists for what is typed. */
const PALETTE_MATCHES = 8;
/** Typing pauses this long before the palette asks the core. */
const SEARCH_DELAY_MS = 120;

export interface PaletteMatches {
  candidates: SpotlightActionData[];
  roles: SpotlightActionData[];
}

const NONE: PaletteMatches = { candidates: [], roles: [] };

const go = (route: Route) => () => openRoute(route);

/**
 * Candidates and roles whose name holds what is typed in the palette (two letters or more),
 * the latest answer winning; each opens its page.
 */
export function usePaletteSearch(query: string): PaletteMatches {
  const [typed] = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const searching = typed.length >= 2;
  const candidates = useQuery({
    ...coreQuery('candidates.list', { text: typed, limit: PALETTE_MATCHES }),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  // Every role: their titles name each candidate's role, and the ones whose title holds the text are listed.
  const allRoles = useQuery({ ...coreQuery('roles.list', { includeArchived: true }), enabled: searching });

  return useMemo(() => {
    if (!searching) return NONE;
    const roleTitles = new Map((allRoles.data ?? []).map((r) => [r.id, r.title || 'Untitled role']));
    const needle = typed.toLowerCase();
    return {
      candidates: (candidates.data ?? []).map((c) => ({
        id: `candidate-${c.id}`,
        label: c.name,
        description: `Candidate · ${roleTitles.get(c.roleId) ?? 'their role'}`,
        // The core matched already; the palette's own filter must not drop it.
        keywords: [typed],
        onClick: go({ area: 'candidates', view: 'candidate', id: c.id }),
      })),
      roles: (allRoles.data ?? [])
        .filter((r) => (r.title ?? '').toLowerCase().includes(needle))
        .slice(0, PALETTE_MATCHES)
        .map((r) => ({
          id: `role-${r.id}`,
          label: r.title || 'Untitled role',
          description: `Role${r.company ? ` · ${r.company}` : ''}`,
          keywords: [typed],
          onClick: go({ area: 'roles', view: 'role', id: r.id, tab: 'intake' }),
        })),
    };
  }, [searching, typed, candidates.data, allRoles.data]);
}
