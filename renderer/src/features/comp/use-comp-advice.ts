import { useEffect, useState } from 'react';
import {
  type CompAdvice,
  type CompInput,
  compInput,
  compInputOf,
} from '../../../../shared/domain/comp/advice';
import { formatRange } from '../../../../shared/domain/comp/format';
import type { AppErrorData } from '../../../../shared/result';
import { type RoleSpec, roleArchetypes } from '../../../../shared/roles';
import { call } from '../../api';

/** Typing pause before the advisor is asked again. */
const ADVICE_DELAY_MS = 150;

/** The comp advice for the spec as typed, asked again a moment after each change. */
export function useCompAdvice(spec: RoleSpec | null): {
  advice: CompAdvice | null;
  error: AppErrorData | null;
} {
  const [state, setState] = useState<{ advice: CompAdvice | null; error: AppErrorData | null }>({
    advice: null,
    error: null,
  });
  const key = spec ? JSON.stringify(compInputOf(spec)) : null;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      const result = await call('comp.advise', JSON.parse(key) as CompInput);
      if (!live) return;
      setState(result.ok ? { advice: result.value, error: null } : { advice: null, error: result.error });
    }, ADVICE_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  return state;
}

/** Each archetype's base band at the role's level (senior until a level is picked), for the cards. */
export function useArchetypeBands(
  level: RoleSpec['level'],
): Partial<Record<(typeof roleArchetypes)[number], string>> {
  const [bands, setBands] = useState<Partial<Record<(typeof roleArchetypes)[number], string>>>({});
  useEffect(() => {
    let live = true;
    const shown = level ?? 'senior';
    void Promise.all(
      roleArchetypes.map(async (archetype) => {
        const result = await call('comp.advise', compInput({ archetype, level: shown, specialty: false }));
        const band = result.ok ? result.value.band : null;
        return [archetype, band ? `${formatRange(band)} base at ${shown}` : undefined] as const;
      }),
    ).then((entries) => {
      if (live) setBands(Object.fromEntries(entries.filter(([, text]) => text !== undefined)));
    });
    return () => {
      live = false;
    };
  }, [level]);
  return bands;
}
