import type { RoleSpec } from '../../../roles';
import { definite, type JdFacts, placeholder } from './facts';

/**
 * Template lines for the list sections, in the project's own words. Every first-90-days line
 * names the service or a piece of the stack, so none reads as a line any job could carry.
 */

type Archetype = NonNullable<RoleSpec['archetype']>;
type Industry = Exclude<NonNullable<RoleSpec['industry']>, 'other'>;
type Environment = NonNullable<RoleSpec['environment']>;

/** Archetype-specific first-90-days work, most telling first. */
export function archetypeTasks(archetype: Archetype, f: JdFacts): string[] {
  const s = f.service;
  switch (archetype) {
    case 'api':
      return [
        `Take over the codebase of ${s}: its ${f.apiStyle} surface, request validation, error handling, and the tests that go out with every pull request.`,
        `Add idempotency keys and cursor pagination to ${definite(s)} endpoints that partners call most, and keep the published contract in step.`,
        `Tune ${definite(f.database)} queries behind the slowest endpoints of ${s}, reading their plans and adding the indexes that bring p95 latency back under target.`,
        `Put rate limits and auth middleware in front of ${s} so a single noisy client cannot slow it down for everybody.`,
        `Publish events from ${s} to ${f.broker} through an outbox, so downstream teams can stop polling it.`,
        `Trace requests through ${s} with ${f.observability} and set up the alerts you would want to be woken by.`,
      ];
    case 'data':
      return [
        `Own the schema and migrations of ${s} in ${f.database}, down to index choices and the plans behind its heaviest queries.`,
        `Harden ${definite(f.broker)} consumers that feed ${s}: retries with backoff, a dead-letter path, and back-pressure when the warehouse falls behind.`,
        `Move one nightly batch job of ${s} into ${f.orchestrator}, so a rerun is safe and every step can be seen.`,
        `Load data from ${s} into ${f.warehouse} with checks that catch a missing or doubled partition before an analyst does.`,
        `Cut the p95 of the three slowest queries in ${s}, and write down why each fix works.`,
        `Chart consumer lag and failed-message counts for ${s} in ${f.observability}, so trouble shows before a report is wrong.`,
      ];
    case 'platform':
      return [
        `Take over ${definite(f.iac)} modules behind ${s} and cut the number of steps it takes to stand up a new environment.`,
        `Move one product service onto ${f.cluster} through ${s}, with deployment templates other teams can copy.`,
        `Automate secret rotation for every service that deploys through ${s}.`,
        `Rehearse a regional failover of ${s} on ${f.cloud} and write the runbook from what the rehearsal teaches.`,
        `Shorten build and deploy times for the teams shipping through ${s}, measured before and after.`,
        `Roll out ${f.observability} dashboards and alert rules that any team running on ${s} can reuse.`,
      ];
    case 'edge':
      return [
        `Own the edge functions of ${s} on ${f.edgePlatform}, written in TypeScript, from routing rules to cache headers.`,
        `Bring down cold-start time for ${s} and keep each function inside its isolate memory and CPU limits.`,
        `Reshape the backend-for-frontend responses of ${s} so the web and mobile apps make one call per screen rather than five.`,
        `Move session and feature-flag checks from the origin into ${s}, with tests that run against a local emulator.`,
        `Trace requests from the edge to the origin with ${f.observability}, so a slow page can be pinned on a single hop.`,
        `Agree caching rules for ${s} with the product team, then measure hit rate and origin load afterwards.`,
      ];
  }
}

/** An AI-feature task when the spec names AI tooling. */
export function aiTask(f: JdFacts): string | null {
  if (!f.ai) return null;
  return `Ship a model-backed feature on ${f.service} using ${f.ai}, with grounding, an evaluation set, and a cost ceiling per request.`;
}

/** The level's (or the contract's) first task: how the first weeks differ by seniority. */
export function levelTask(f: JdFacts): string {
  const s = f.service;
  // A contract-to-hire engagement may not end, so its hand-over is "without you", not "once it ends".
  if (f.contract)
    return f.spec.engagement === 'contract-to-hire'
      ? `Deliver the first agreed milestone on ${s} and leave it documented well enough that ${f.partnerTeam} can run it without you.`
      : `Deliver the first agreed milestone on ${s} and leave it documented well enough that ${f.partnerTeam} can run it once your engagement ends.`;
  switch (f.level) {
    case 'junior':
      return `Ship your first change to ${s} within two weeks, with a teammate reviewing alongside you, and add tests around the code you touch.`;
    case 'mid':
      return `Take a feature on ${s} from ticket to production on your own, including its tests, rollout and monitoring.`;
    case 'senior':
      return `Write the design for the next large change to ${s}, review it with ${f.partnerTeam}, and see it through to production.`;
    case 'lead':
      return `Set the technical plan for ${s} for the next two quarters, agree it with ${f.manager}, and mentor engineers through its first milestones.`;
  }
}

export const INDUSTRY_TASK: Record<Industry, (f: JdFacts) => string> = {
  'financial-services': (f) =>
    `Give every money-moving write in ${f.service} an audit trail, so each change to a balance traces back to a request and a person.`,
  healthcare: (f) =>
    `Map where patient data flows through ${f.service} and close any path that is not encrypted and logged as HIPAA expects.`,
  'e-commerce': (f) =>
    `Load-test ${f.service} against last year's busiest day and fix what breaks first, ahead of the next sale season.`,
  saas: (f) =>
    `Make tenant isolation in ${f.service} testable: every query scoped to a tenant, and a test that fails when one is not.`,
  media: (f) =>
    `Cut time to first byte for content served through ${f.service} by reworking its cache keys with the CDN owners.`,
  'manufacturing-iot': (f) =>
    `Make the device ingestion path into ${f.service} cope when gateways reconnect after hours offline and resend in bulk.`,
};

/**
 * Industry lines for archetypes whose "service" is not the business system those lines assume:
 * a platform role owns a deployment pipeline and an edge role a BFF, so "every money-moving
 * write", "every query scoped to a tenant" or "the device ingestion path" would not fit them;
 * they get a line for every industry. A data role's pipeline serves no content to readers, so
 * the media line is its own too.
 */
export const INDUSTRY_TASK_BY_ARCHETYPE: {
  platform: Record<Industry, (f: JdFacts) => string>;
  edge: Record<Industry, (f: JdFacts) => string>;
  data: Partial<Record<Industry, (f: JdFacts) => string>>;
} = {
  platform: {
    'financial-services': (f) =>
      `Make every production change through ${f.service} leave an audit record (who deployed what, when and with whose approval) that a SOX or PCI auditor can read.`,
    healthcare: (f) =>
      `Make sure every environment ${f.service} creates encrypts data at rest and logs access, as HIPAA expects of the systems that hold patient data.`,
    saas: (f) =>
      `Give teams per-tenant resource limits in ${f.service}, so one large customer's load cannot slow the others down.`,
    'e-commerce': (f) =>
      `Rehearse scaling ${f.service} for last year's busiest day, and fix the first limit it hits before the next sale season.`,
    media: (f) =>
      `Bring the CDN and cache settings of the services deployed through ${f.service} into code, so a caching change is reviewed like any other and can be rolled back.`,
    'manufacturing-iot': (f) =>
      `Add staged rollouts to ${f.service} for the services that talk to factory gateways, so a bad release reaches one site before it reaches all of them.`,
  },
  edge: {
    'financial-services': (f) =>
      `Keep card and account data out of ${f.service}'s caches and logs, with a test that fails if a response holding it is ever cached.`,
    saas: (f) =>
      `Make ${f.service} pass the tenant on every call it makes, with a test that fails when a request reaches an origin without one.`,
    healthcare: (f) =>
      `Keep patient data out of ${f.service}'s caches and logs, with a test that fails if a response holding it is ever cached.`,
    'e-commerce': (f) =>
      `Keep product and price pages in ${f.service}'s cache through a sale peak, with a purge path that puts a price change live within a minute.`,
    media: (f) =>
      `Rework the cache keys of ${f.service} with the CDN owners, so more of every article and video page comes from the edge and time to first byte drops.`,
    'manufacturing-iot': (f) =>
      `Serve the plant dashboards through ${f.service} in one small response per screen, tested over a slow connection like the ones on a factory floor.`,
  },
  data: {
    media: (f) =>
      `Make the view and play events ${f.service} collects land in ${f.warehouse} exactly once, late or not, so audience and royalty reports can be trusted.`,
  },
};

export const INDUSTRY_PREFERRED: Record<Industry, string> = {
  'financial-services':
    'Work under PCI DSS or SOX controls, or on ledgers, reconciliation or fraud signals in production.',
  healthcare: 'Work on HIPAA-covered systems, or on FHIR or HL7 integrations with EHR platforms.',
  'e-commerce': 'Work on payment gateways, inventory sync or checkout flows through holiday peak traffic.',
  saas: 'Work on multi-tenant data models, usage metering or subscription billing.',
  media: 'Work with CDNs, streaming formats such as HLS or DASH, or rights management in content pipelines.',
  'manufacturing-iot':
    'Work ingesting sensor data over MQTT or OPC UA, or on software running at the edge beside machines.',
};

/** The environment's preferred line; a contractor holds no equity and hands the design over. */
export function environmentPreferred(environment: Environment, engagement: RoleSpec['engagement']): string {
  if (environment === 'startup' && engagement === 'contract')
    return 'You like starting from an empty repository and making design calls the team can keep building on after you hand over.';
  return ENVIRONMENT_PREFERRED[environment];
}

const ENVIRONMENT_PREFERRED: Record<Environment, string> = {
  corporate:
    'Comfort alongside long-lived systems and a change-approval process, and the habit of writing docs that outlast your time on a project.',
  startup:
    'You like starting from an empty repository, making design calls that will still matter in two years, and holding equity in the outcome.',
  'remote-first':
    'You do your best work in writing: pull request descriptions, short design notes, and decisions recorded where teammates in other time zones can find them.',
};

/** Years and depth, by level; the first must-have when the spec's list needs topping up. */
export function experienceRequirement(f: JdFacts): string {
  const fw = f.framework ? ` and ${f.framework}` : '';
  // With no level picked the years are the recruiter's to fill, not a mid-level figure in disguise.
  if (f.spec.level === null) return `${placeholder('years')} of backend engineering in ${f.primary}${fw}.`;
  const base = {
    junior: `0-2 years of backend work in ${f.primary}, from a job, an internship or a substantial project you can walk us through.`,
    mid: `3+ years writing production backend code in ${f.primary}${fw}.`,
    senior: `6+ years of backend engineering, with deep and current fluency in ${f.primary}${fw}.`,
    lead: `8+ years of backend engineering in ${f.primary}, including a system you designed that other engineers now build on.`,
  }[f.level];
  return base;
}

/** For a contract: the track record that matters more than tenure. */
export const CONTRACT_REQUIREMENT =
  'Contract work where you shipped inside your first two weeks and handed over cleanly at the end.';

const SQL_STORES =
  /postgres|mysql|mariadb|sql server|oracle|snowflake|bigquery|databricks|clickhouse|cockroach|sqlite|aurora/i;

/** Depth signals for the archetype, then the common ground every backend role shares. */
export function depthRequirements(archetype: Archetype | null, f: JdFacts): string[] {
  const depth: Record<Archetype, string> = {
    api: `APIs you have run in production: versioning, idempotency, pagination and rate limits, and the dashboards that show when they misbehave.`,
    data: `Strong SQL in ${f.database}: you read query plans and can tell when an index helps and when a scan is fine.`,
    platform: `Hands-on ${f.iac} and ${f.cluster} in production on ${f.cloud}, including a delivery pipeline you built or rebuilt.`,
    edge: `TypeScript on an edge runtime such as ${f.edgePlatform}, with a working grasp of isolate limits and cold starts.`,
  };
  const lines = [
    depth[archetype ?? 'api'],
    archetype === 'data'
      ? `An async pipeline you have run in production (${f.broker} or similar), and the ways it failed.`
      : SQL_STORES.test(f.database) || f.database === placeholder('main database')
        ? `SQL you can defend in ${f.database}, including reading a query plan.`
        : `Data modelling in ${f.database}: key design, expiry, and the access patterns it has to serve.`,
    `Containers, ${f.cloud}, and a CI/CD pipeline you have worked in day to day.`,
    `One event-driven or queued system you have operated (${f.broker} or similar) and its failure modes.`,
  ];
  return [...new Set(lines)];
}

/** Soft skills and schooling, by level: lines for the preferred list. */
export function levelPreferred(f: JdFacts): string[] {
  switch (f.level) {
    case 'junior':
      return [
        'You ask early when you are stuck and leave notes that help the next person.',
        'A computer science degree, or the same grounding from a bootcamp, open source or earlier work.',
      ];
    case 'mid':
      return ['You split your work into reviewable pieces and keep people posted without being chased.'];
    case 'senior':
      return ['You review designs and code in a way that lifts others, and you push back with data.'];
    case 'lead':
      return [
        'You have mentored engineers and set technical direction for a team, and can explain trade-offs to people outside engineering.',
        'A professional-level cloud certification (AWS, GCP or Azure).',
      ];
  }
}
