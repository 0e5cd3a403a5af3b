import type { RoleSpec } from '../../../roles';
import { stackTaxonomy } from '../../stack-taxonomy';

/**
 * What the templates say about a role, worked out once from its spec: names of the service,
 * team and stack, with a `[placeholder]` where the spec is still empty (the JD checks and the
 * export flag those), or a plain fallback where a missing stack name needs no flag.
 */
export interface JdFacts {
  spec: RoleSpec;
  level: NonNullable<RoleSpec['level']>;
  /** True for contract and contract-to-hire engagements. */
  contract: boolean;
  /** "the payments service", or "[named service]". */
  service: string;
  /** Whether the spec names the service. */
  named: boolean;
  primary: string;
  framework: string | null;
  apiStyle: string;
  database: string;
  warehouse: string;
  broker: string;
  orchestrator: string;
  cloud: string;
  cluster: string;
  iac: string;
  observability: string;
  ai: string | null;
  edgePlatform: string;
  partnerTeam: string;
  manager: string;
}

export const placeholder = (what: string) => `[${what}]`;

/** The primary entries that are frameworks, not languages (NestJS, Django, .NET 8). */
const FRAMEWORKS = new Set(
  stackTaxonomy.categories.primary.filter((p) => !stackTaxonomy.languages.some((l) => l.name === p)),
);
const API_STYLES = ['REST', 'GraphQL', 'gRPC', 'tRPC', 'JSON-RPC', 'WebSockets', 'GraphQL Federation'];
const WAREHOUSES = ['Snowflake', 'BigQuery', 'Databricks SQL Warehouse', 'ClickHouse'];
const CLUSTERS = ['Kubernetes', 'EKS', 'AKS', 'GKE', 'Amazon ECS', 'Cloud Run', 'Nomad'];
const IAC = ['Terraform', 'OpenTofu', 'Pulumi', 'AWS CDK'];
const CLOUDS = ['AWS', 'Azure', 'GCP'];
const EDGE = ['Cloudflare', 'Vercel', 'Fly.io'];

const first = (list: readonly string[], among?: readonly string[]) =>
  (among ? list.find((s) => among.some((a) => a.toLowerCase() === s.toLowerCase())) : list[0]) ?? null;

const DETERMINER = /^(the|our|your|their|a|an)\s+/i;

/** "payments service" -> "the payments service"; "our Ledger API" and "a ledger" keep their own word, lower-cased. */
export function withArticle(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  const m = DETERMINER.exec(n);
  return m ? `${(m[1] as string).toLowerCase()} ${n.slice(m[0].length)}` : `the ${n}`;
}

/**
 * The name as "the <name>", for a template that goes on with a noun ("the <name> endpoints"):
 * a name that brings its own "the", "our" or similar keeps it, so no line says "the the";
 * "a"/"an" becomes "the", since "to a ledger endpoints" reads wrong.
 */
export function definite(name: string): string {
  const n = withArticle(name);
  return /^an?\s/.test(n) ? n.replace(/^an?\s/, 'the ') : n;
}

/** "Checkout" -> "the Checkout team"; "Data Platform group" keeps its noun. */
function teamName(name: string): string {
  const n = name.trim().replace(/^(?:the|our)\s+/i, '');
  // "payments API and ledger teams" already ends in its noun: no "teams team".
  return /\b(?:teams?|groups?|squads?|orgs?|organi[sz]ations?|guilds?|departments?|tribes?)$/i.test(n)
    ? `the ${n}`
    : `the ${n} team`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Stack facts the spec leaves empty become visible `[placeholders]`, never a generic stand-in
 * ("the main database") that reads as if the recruiter had written it and that no check flags.
 */
export function factsOf(spec: RoleSpec): JdFacts {
  const st = spec.stack;
  const primaries = st.primary.filter((p) => !FRAMEWORKS.has(p));
  const frameworks = [...st.primary, ...st.secondary].filter((p) => FRAMEWORKS.has(p));
  const primary = primaries[0] ?? st.primary[0] ?? placeholder('primary language');
  const service = spec.service.trim();
  const stores = st.dataStores;
  return {
    spec,
    level: spec.level ?? 'mid',
    contract: spec.engagement === 'contract' || spec.engagement === 'contract-to-hire',
    service: service ? withArticle(service) : placeholder('named service'),
    named: service.length > 0,
    primary,
    framework: frameworks[0] ?? null,
    apiStyle: first(st.secondary, API_STYLES) ?? placeholder('API style'),
    database: stores.find((s) => !WAREHOUSES.includes(s)) ?? stores[0] ?? placeholder('main database'),
    warehouse: first(stores, WAREHOUSES) ?? placeholder('warehouse'),
    broker: st.brokers[0] ?? placeholder('message broker'),
    orchestrator: st.orchestration[0] ?? placeholder('workflow engine'),
    cloud: first(st.cloud, CLOUDS) ?? st.cloud[0] ?? placeholder('cloud provider'),
    cluster: first(st.cloud, CLUSTERS) ?? placeholder('container platform'),
    iac: first(st.cloud, IAC) ?? placeholder('infrastructure-as-code tool'),
    observability: st.observability[0] ?? placeholder('tracing stack'),
    ai: st.ai[0] ?? null,
    edgePlatform: first(st.cloud, EDGE) ?? placeholder('edge platform'),
    partnerTeam: spec.partnerTeam.trim() ? teamName(spec.partnerTeam) : placeholder('partner team'),
    manager: spec.managerTitle.trim()
      ? withArticle(spec.managerTitle.trim())
      : `the ${placeholder("manager's title")}`,
  };
}

/** The pay range as the posting shows it: "$150,000-$185,000 a year", "$85-$110 an hour". */
export function formatPay(pay: RoleSpec['pay']): string | null {
  const sign = { USD: '$', CAD: 'CA$', EUR: '€', GBP: '£' }[pay.currency];
  const money = (n: number) => `${sign}${n.toLocaleString('en-US')}`;
  const { min, max } = pay;
  if (min === null && max === null) return null;
  const hourly = (max ?? min ?? 0) < 1000;
  const per = hourly ? 'an hour' : 'a year';
  const lo = min === null ? placeholder('minimum') : money(min);
  const hi = max === null ? placeholder('maximum') : money(max);
  return min !== null && min === max ? `${lo} ${per}` : `${lo}-${hi} ${per}`;
}
