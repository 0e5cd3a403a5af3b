import type { RoleSpec } from '../../roles';
import type { JdCheckContext } from './types';

/**
 * The part of a check context that comes from a role spec (everything but the word lists and
 * the date), shaped to spread into a `jd.check` input as well as a `JdCheckContext`.
 */
export interface JdRoleCheckContext {
  /** "City, ST", "ST", "Remote", or "" when the spec has no place yet. */
  location: string;
  workMode: JdCheckContext['workMode'];
  archetype: JdCheckContext['archetype'];
  level: JdCheckContext['level'];
  stack: string[];
  payBand: { min: number; max: number } | null;
  rolePay: { min: number | null; max: number | null; currency: RoleSpec['pay']['currency'] };
}

/** "City, ST", "ST" or "Remote", as the pay checks read a location. */
export function roleLocation(spec: Pick<RoleSpec, 'city' | 'state' | 'workMode'>): string {
  const city = spec.city.trim();
  const state = spec.state.trim();
  if (city && state) return `${city}, ${state}`;
  if (state) return state;
  if (city) return city;
  return spec.workMode === 'remote' ? 'Remote' : '';
}

/**
 * The check context for a JD built from a role spec: the renderer spreads it into a `jd.check`
 * input while the recruiter types, and the core uses it for `jd.checkStored`, so both agree.
 * `band` is the comp advisor's recommended band (null while the advisor cannot recommend).
 */
export function jdCheckContextFor(
  spec: RoleSpec,
  band: { min: number; max: number } | null,
): JdRoleCheckContext {
  const { primary, secondary, dataStores, brokers, orchestration, cloud, observability, ai } = spec.stack;
  return {
    location: roleLocation(spec),
    workMode: spec.workMode,
    archetype: spec.archetype,
    level: spec.level,
    stack: [
      ...primary,
      ...secondary,
      ...dataStores,
      ...brokers,
      ...orchestration,
      ...cloud,
      ...observability,
      ...ai,
    ]
      .map((s) => s.slice(0, 80))
      .slice(0, 20),
    payBand: band ? { min: band.min, max: band.max } : null,
    rolePay: { min: spec.pay.min, max: spec.pay.max, currency: spec.pay.currency },
  };
}
