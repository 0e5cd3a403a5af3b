import { emptyRoleSpec, type RoleSpec } from '../../../shared/roles';

/** A role spec with every field the generator reads filled in: the data-platform search of fixture 01. */
export function completeSpec(overrides: Partial<RoleSpec> = {}): RoleSpec {
  return {
    ...emptyRoleSpec(),
    title: 'Backend Engineer',
    qualifier: 'Data Platform',
    archetype: 'data',
    owns: 'Ingestion and the order-events warehouse feed',
    reportsTo: 'Data Platform',
    level: 'senior',
    engagement: 'direct-hire',
    company: 'Larkspur Freight',
    companyBlurb:
      'Larkspur Freight runs a marketplace that matches regional carriers with shippers across North America. About 4,000 carriers book loads through it every week. We are a Series C company of 310 people. Our mission is to keep trucks full and drivers home at night.',
    industry: 'e-commerce',
    environment: 'corporate',
    service: 'shipment events pipeline',
    scale: 'about 90 million events a day',
    partnerTeam: 'Analytics Engineering',
    managerTitle: 'Director of Data Engineering',
    workMode: 'hybrid',
    city: 'Denver',
    state: 'CO',
    metro: 'Denver',
    releaseCadence: 'continuous deployment behind feature flags',
    stack: {
      primary: ['Python', 'FastAPI'],
      secondary: ['REST'],
      dataStores: ['PostgreSQL', 'Snowflake'],
      brokers: ['Kafka'],
      orchestration: ['Dagster'],
      cloud: ['AWS', 'Kubernetes', 'Terraform'],
      observability: ['Datadog'],
      ai: [],
    },
    pay: { min: 172_000, max: 212_000, currency: 'USD' },
    bonusEquity: '10% target bonus and an annual equity refresh',
    benefits:
      'Medical, dental and vision from day one, a 5% 401(k) match, 16 weeks of parental leave and a $3,000 learning budget',
    hiringManager: 'Priya Raman',
    status: 'open',
    ...overrides,
  };
}
