import { describe, expect, it } from 'vitest';
import { intakeProgress } from '../../renderer/src/features/roles/intake-progress';
import { generateJd } from '../../shared/domain/jd/generate';
import { emptyRoleSpec, type RoleSpec } from '../../shared/roles';

const placeholders = (spec: RoleSpec) =>
  generateJd(spec)
    .map((s) => s.text)
    .join('\n')
    .match(/\[[^\]\n]+\]/g) ?? [];

/** A complete spec with one field as a new intake has it. */
function without(field: keyof RoleSpec, engagement: RoleSpec['engagement']): RoleSpec {
  return { ...full(engagement), [field]: emptyRoleSpec()[field] };
}

/** Every field of the spec filled, as after a thorough intake call. */
const full = (engagement: RoleSpec['engagement']): RoleSpec => ({
  ...emptyRoleSpec(),
  title: 'Backend Engineer',
  qualifier: 'Payments API',
  archetype: 'api',
  owns: 'The refunds endpoints',
  notOwned: 'The billing service',
  level: 'senior',
  engagement,
  company: 'Tallow Bank',
  companyBlurb: 'Tallow Bank runs current accounts for small firms. About 80,000 firms bank with it.',
  industry: 'financial-services',
  environment: 'corporate',
  service: 'refunds API',
  scale: 'about 3 million calls a day',
  partnerTeam: 'Ledger',
  managerTitle: 'Engineering Manager, Payments',
  workMode: 'hybrid',
  city: 'Boston',
  state: 'MA',
  metro: 'Boston',
  releaseCadence: 'daily deploys behind feature flags',
  stack: {
    primary: ['Go'],
    secondary: ['gRPC'],
    dataStores: ['PostgreSQL'],
    brokers: ['Kafka'],
    orchestration: ['Temporal'],
    cloud: ['AWS', 'Kubernetes', 'Terraform'],
    observability: ['Datadog'],
    ai: [],
  },
  first90Days: ['Move refund retries onto Temporal'],
  mustHaves: ['Kafka consumers at volume'],
  preferred: ['Card network experience'],
  pay: { min: 180_000, max: 210_000, currency: 'USD' },
  bonusEquity: '10% target bonus',
  benefits: 'Medical, dental and vision from day one',
  hiringManager: 'Dana Okafor',
});

describe('intake progress', () => {
  it('never reads as complete while an empty field leaves a placeholder in the generated JD', () => {
    // Stack slots are left to the JD's own placeholder list: which of them a JD names depends on the archetype.
    const fields = (Object.keys(emptyRoleSpec()) as (keyof RoleSpec)[]).filter((k) => k !== 'stack');
    for (const engagement of ['direct-hire', 'contract'] as const)
      expect(intakeProgress(full(engagement)).filter((i) => !i.filled)).toEqual([]);
    const missed: string[] = [];
    for (const engagement of ['direct-hire', 'contract'] as const)
      for (const field of fields) {
        const spec = without(field, engagement);
        const gained = placeholders(spec).length > placeholders(full(engagement)).length;
        if (gained && intakeProgress(spec).every((i) => i.filled)) missed.push(`${engagement}: ${field}`);
      }
    expect(missed).toEqual([]);
  });
});
