import type { RoleSpec } from './roles';

type Labels<K extends string> = Record<K, string>;

/** How each value of a role spec's vocabularies reads, in the app, the CLI and documents alike. */
export const roleLabels = {
  engagement: {
    'direct-hire': 'Direct hire',
    contract: 'Contract',
    'contract-to-hire': 'Contract-to-hire',
  } satisfies Labels<NonNullable<RoleSpec['engagement']>>,
  industry: {
    'financial-services': 'Financial services',
    healthcare: 'Healthcare',
    'e-commerce': 'E-commerce',
    saas: 'SaaS / technology',
    media: 'Media / entertainment',
    'manufacturing-iot': 'Manufacturing / IoT',
    other: 'Other',
  } satisfies Labels<NonNullable<RoleSpec['industry']>>,
  environment: {
    corporate: 'Corporate',
    startup: 'Startup',
    'remote-first': 'Remote-first',
  } satisfies Labels<NonNullable<RoleSpec['environment']>>,
  workMode: {
    remote: 'Remote',
    hybrid: 'Hybrid',
    onsite: 'Onsite',
  } satisfies Labels<NonNullable<RoleSpec['workMode']>>,
  status: {
    draft: 'Draft',
    open: 'Open',
    'on-hold': 'On hold',
    filled: 'Filled',
    closed: 'Closed',
  } satisfies Labels<RoleSpec['status']>,
} as const;
