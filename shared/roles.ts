import { z } from 'zod';
import { isCalendarDate } from './domain/comp/iso-date';
import { cappedText, levels } from './questions';

/** The vocabularies of a role spec; labels for the UI live beside them. */
export const roleArchetypes = ['api', 'data', 'platform', 'edge'] as const;
export const engagements = ['direct-hire', 'contract', 'contract-to-hire'] as const;
export const industries = [
  'financial-services',
  'healthcare',
  'e-commerce',
  'saas',
  'media',
  'manufacturing-iot',
  'other',
] as const;
export const environments = ['corporate', 'startup', 'remote-first'] as const;
export const workModes = ['remote', 'hybrid', 'onsite'] as const;
export const roleStatuses = ['draft', 'open', 'on-hold', 'filled', 'closed'] as const;
export const currencies = ['USD', 'CAD', 'EUR', 'GBP'] as const;
export const stackCategories = [
  'primary',
  'secondary',
  'dataStores',
  'brokers',
  'orchestration',
  'cloud',
  'observability',
  'ai',
] as const;

export const ROLE_LIMITS = {
  short: 120,
  long: 4000,
  item: 200,
  items: 20,
  mustHavesAdvised: 6,
  pay: 2_000_000,
} as const;

/** Free text: may be empty while the intake is in progress; capped; no control characters. */
const text = (max: number, what: string) => cappedText(max, what);

const items = (what: string) =>
  z
    .array(text(ROLE_LIMITS.item, what).pipe(z.string().trim().min(1, `${what}: an entry is empty.`)))
    .max(ROLE_LIMITS.items, `${what}: at most ${ROLE_LIMITS.items} entries.`);

const money = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole number.`)
    .min(0, `${what} cannot be negative.`)
    .max(ROLE_LIMITS.pay, `${what} above ${ROLE_LIMITS.pay.toLocaleString('en-US')} looks like a typo.`);

export const payRange = z
  .object({
    min: money('The minimum').nullable(),
    max: money('The maximum').nullable(),
    currency: z.enum(currencies),
  })
  .strict()
  .refine((p) => p.min === null || p.max === null || p.min <= p.max, {
    message: 'The minimum is above the maximum.',
    path: ['min'],
  });

/** A role spec as captured on the intake call. Every field may stay empty while it is a draft. */
export const roleSpec = z
  .object({
    title: text(ROLE_LIMITS.short, 'The title'),
    qualifier: text(ROLE_LIMITS.short, 'The qualifier'),
    archetype: z.enum(roleArchetypes).nullable(),
    owns: text(ROLE_LIMITS.long, 'What the role owns'),
    reportsTo: text(ROLE_LIMITS.short, 'Reports to'),
    level: z.enum(levels).nullable(),
    /** Distributed-systems depth, payments/ledger or shipped AI features: a senior pay modifier. */
    specialty: z.boolean().default(false),
    engagement: z.enum(engagements).nullable(),
    company: text(ROLE_LIMITS.short, 'The company'),
    companyBlurb: text(ROLE_LIMITS.long, 'The company blurb'),
    industry: z.enum(industries).nullable(),
    environment: z.enum(environments).nullable(),
    service: text(ROLE_LIMITS.short, 'The named service'),
    scale: text(ROLE_LIMITS.short, 'The scale'),
    notOwned: text(ROLE_LIMITS.long, 'What the hire will not own'),
    partnerTeam: text(ROLE_LIMITS.short, 'The partner team'),
    managerTitle: text(ROLE_LIMITS.short, "The manager's title"),
    workMode: z.enum(workModes).nullable(),
    city: text(ROLE_LIMITS.short, 'The city'),
    state: text(ROLE_LIMITS.short, 'The state'),
    metro: text(ROLE_LIMITS.short, 'The metro'),
    releaseCadence: text(ROLE_LIMITS.short, 'The release cadence'),
    stack: z
      .object(
        Object.fromEntries(stackCategories.map((c) => [c, items('Stack')])) as Record<
          (typeof stackCategories)[number],
          ReturnType<typeof items>
        >,
      )
      .strict(),
    first90Days: items('First 90 days'),
    mustHaves: items('Must-haves'),
    preferred: items('Preferred'),
    pay: payRange,
    bonusEquity: text(ROLE_LIMITS.short, 'Bonus and equity'),
    benefits: text(ROLE_LIMITS.long, 'Benefits'),
    targetStart: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'The start date must be a date (YYYY-MM-DD).')
      // Date.parse would roll 2026-02-30 over to March 2: the day must exist as written.
      .refine((d) => d === '' || isCalendarDate(d), 'The start date is not a real date.'),
    hiringManager: text(ROLE_LIMITS.short, "The hiring manager's name"),
    status: z.enum(roleStatuses),
    notes: text(ROLE_LIMITS.long * 5, 'The notes'),
  })
  .strict();

export type RoleSpec = z.infer<typeof roleSpec>;

/** A new, empty intake. */
export function emptyRoleSpec(): RoleSpec {
  return {
    title: '',
    qualifier: '',
    archetype: null,
    owns: '',
    reportsTo: '',
    level: null,
    specialty: false,
    engagement: null,
    company: '',
    companyBlurb: '',
    industry: null,
    environment: null,
    service: '',
    scale: '',
    notOwned: '',
    partnerTeam: '',
    managerTitle: '',
    workMode: null,
    city: '',
    state: '',
    metro: '',
    releaseCadence: '',
    stack: Object.fromEntries(stackCategories.map((c) => [c, []])) as unknown as RoleSpec['stack'],
    first90Days: [],
    mustHaves: [],
    preferred: [],
    pay: { min: null, max: null, currency: 'USD' },
    bonusEquity: '',
    benefits: '',
    targetStart: '',
    hiringManager: '',
    status: 'draft',
    notes: '',
  };
}

/** A stored role: the spec plus identity and history. */
export interface Role {
  id: string;
  spec: RoleSpec;
  /** Bumped by every saved change; autosaves carry the revision they build on. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface RoleSummary {
  id: string;
  title: string;
  company: string;
  archetype: RoleSpec['archetype'];
  level: RoleSpec['level'];
  status: RoleSpec['status'];
  updatedAt: string;
  archivedAt: string | null;
}

/** Part of a spec: what an autosave sends (top-level fields, each replaced whole). */
export const roleSpecPatch = roleSpec
  .partial()
  // Without this a patch that leaves the field out would carry its default and reset it.
  .extend({ specialty: z.boolean().optional() });
export type RoleSpecPatch = z.infer<typeof roleSpecPatch>;

export const roleListInput = z
  .object({
    text: z.string().max(200).default(''),
    status: z.array(z.enum(roleStatuses)).max(5).default([]),
    includeArchived: z.boolean().default(false),
  })
  .strict();
