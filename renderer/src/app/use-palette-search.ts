import type { SpotlightActionData } from '@mantine/spotlight';
import { useEffect, useState } from 'react';
import { call } from '../api';
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
  const [matches, setMatches] = useState<PaletteMatches>(NONE);
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setMatches(NONE);
      return;
    }
    let live = true;
    const timer = window.setTimeout(async () => {
      // Every role: their titles name each candidate's role, and the ones whose title holds the text are listed.
      const [candidates, allRoles] = await Promise.all([
        call('candidates.list', { text, limit: PALETTE_MATCHES }),
        call('roles.list', { includeArchived: true }),
      ]);
      if (!live) return;
      const roleTitles = new Map(
        allRoles.ok ? allRoles.value.map((r) => [r.id, r.title || 'Untitled role']) : [],
      );
      const needle = text.toLowerCase();
      const roles = allRoles.ok
        ? {
            ok: true as const,
            value: allRoles.value.filter((r) => (r.title ?? '').toLowerCase().includes(needle)),
          }
        : allRoles;
      setMatches({
        candidates: candidates.ok
          ? candidates.value.map((c) => ({
              id: `candidate-${c.id}`,
              label: c.name,
              description: `Candidate · ${roleTitles.get(c.roleId) ?? 'their role'}`,
              // The core matched already; the palette's own filter must not drop it.
              keywords: [text],
              onClick: go({ area: 'candidates', view: 'candidate', id: c.id }),
            }))
          : [],
        roles: roles.ok
          ? roles.value.slice(0, PALETTE_MATCHES).map((r) => ({
              id: `role-${r.id}`,
              label: r.title || 'Untitled role',
              description: `Role${r.company ? ` · ${r.company}` : ''}`,
              keywords: [text],
              onClick: go({ area: 'roles', view: 'role', id: r.id, tab: 'intake' }),
            }))
          : [],
      });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);
  return matches;
}
