import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { checkJd } from '../../../electron/core/jd/check';
import type { JdArchetype } from '../../../shared/domain/jd';
import { check } from './helpers';

const TODAY = new Date('2026-11-23T12:00:00Z');

/** The two lines a new user found in generated platform JDs: a business service's work. */
const MONEY_LINE =
  'Give every money-moving write in the deployment pipeline an audit trail, so each change to a balance traces back to a request and a person.';
const TENANT_LINE =
  'Make tenant isolation in the deployment pipeline testable: every query scoped to a tenant, and a test that fails when one is not.';

/** A posting with the given title, a summary and the given duties. */
function posting(title: string, summary: string, duties: string[]): string {
  return `${title}

About the role
${summary}

What you'll do
${duties.map((d) => `- ${d}`).join('\n')}

What you bring
- 6+ years of backend or infrastructure work in production.
- Clear writing in pull requests and design notes.
`;
}

const PLATFORM_SUMMARY =
  'You will own the deployment pipeline every product team ships through: our Terraform modules, the CI/CD runners and the Helm charts behind each service.';
const platformPosting = (...duties: string[]) =>
  posting('Senior Platform Engineer (Kubernetes, Terraform)', PLATFORM_SUMMARY, [
    'Automate secret rotation for every service that deploys through the deployment pipeline.',
    ...duties,
  ]);

const flagged = (raw: string, archetype: JdArchetype) =>
  check(raw, { archetype })
    .of('work-outside-archetype')
    .map((f) => f.message);

describe('work-outside-archetype: a duty its kind of service does not do', () => {
  it('flags the money-moving and per-tenant query lines in a platform role from a spec, naming the line and the platform form of the concern', () => {
    const { of, spanText } = check(platformPosting(MONEY_LINE, TENANT_LINE), { archetype: 'platform' });
    const found = of('work-outside-archetype');
    expect(found.map(spanText)).toEqual([MONEY_LINE, TENANT_LINE]);
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(found[0]?.message).toMatch(/platform role.*money-moving writes.*deployment pipeline/);
    expect(found[0]?.fix).toMatch(/audit record/);
    expect(found[1]?.message).toContain('every query scoped to a tenant');
    expect(found[1]?.fix).toMatch(/per-tenant resource limits/);
  });

  it('flags them when the archetype is read from the posting, as `jd check` does', () => {
    const { report, inferred } = checkJd(
      { text: platformPosting(MONEY_LINE, TENANT_LINE), infer: true },
      TODAY,
    );
    expect(inferred?.archetype).toBe('platform');
    expect(report.findings.filter((f) => f.id === 'work-outside-archetype')).toHaveLength(2);
  });

  it('`reqdesk jd check` lists each such line with the platform form of the concern', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-archetype-work-'));
    try {
      const file = path.join(dir, 'platform.md');
      fs.writeFileSync(file, platformPosting(MONEY_LINE, TENANT_LINE));
      const out: string[] = [];
      const io: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l) };
      await runCli(['jd', 'check', file], io);
      const text = out.join('\n');
      expect(text).toContain('Inferred archetype: platform');
      expect(text.match(/warning work-outside-archetype \(first90\)/g)).toHaveLength(2);
      expect(text).toContain('Fix: Give the concern its platform form');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the same lines alone in an API role, from a spec or read from the posting', () => {
    const summary =
      'You will own the payments API partners call to move money: its REST endpoints, idempotency keys and the ledger behind it.';
    const raw = posting('Senior Backend Engineer, Payments API', summary, [MONEY_LINE, TENANT_LINE]);
    expect(flagged(raw, 'api')).toEqual([]);
    expect(flagged(raw, 'platform')).toHaveLength(2);
    const { report, inferred } = checkJd({ text: raw, infer: true }, TODAY);
    expect(inferred?.archetype).toBe('api');
    expect(report.findings.filter((f) => f.id === 'work-outside-archetype')).toEqual([]);
  });

  it('says nothing when the archetype is unknown or left unpicked', () => {
    const raw = platformPosting(MONEY_LINE, TENANT_LINE);
    expect(check(raw).of('work-outside-archetype')).toEqual([]);
    expect(check(raw, { archetype: null }).of('work-outside-archetype')).toEqual([]);
    expect(flagged(raw, 'platform')).toHaveLength(2);
  });

  it("leaves alone a platform duty that serves another team's business work or runs what lies under it", () => {
    const { of, spanText } = check(
      platformPosting(
        "Support the payments team's ledger writes with staged rollouts and fast rollbacks.",
        'Run the clusters behind the ledger service, which handles money-moving transfers for 2 million accounts.',
        'Build our device ingestion infrastructure on Kubernetes, sized for the spring sensor rollout.',
        'Scale the Kafka clusters beneath device data ingestion before the next plant opens.',
        'Tune caching for content served through our CDN, and keep its settings in code.',
        'Log every production login to systems handling ledger entries, and review the log each month.',
        'Own the ledger writes of the payments service.',
      ),
      { archetype: 'platform' },
    );
    expect(of('work-outside-archetype').map(spanText)).toEqual([
      'Own the ledger writes of the payments service.',
    ]);
  });

  it("flags billing reconciliation and invoice corrections in a platform role, but not the clusters under another team's reconciliation", () => {
    const billing = 'Run the monthly billing reconciliation with the finance team.';
    const invoices = 'Handle invoice corrections for enterprise customers each quarter.';
    const behind = "Keep the clusters behind the payments team's billing reconciliation healthy.";
    const { of, spanText } = check(platformPosting(billing, invoices, behind), { archetype: 'platform' });
    expect(of('work-outside-archetype').map(spanText)).toEqual([billing, invoices]);
    expect(of('work-outside-archetype')[0]?.message).toContain('("billing reconciliation")');
    expect(flagged(platformPosting(billing, invoices), 'api')).toEqual([]);
  });

  it('reads the per-tenant query work however the line words it', () => {
    const raw = platformPosting(
      'Ensure every SQL query is scoped to a tenant before the audit.',
      'Enforce tenant isolation across all queries in the deployment pipeline.',
      'Add a tenant ID filter to every query the pipeline runs.',
    );
    expect(flagged(raw, 'platform')).toEqual([
      expect.stringContaining('queries scoped to a tenant'),
      expect.stringContaining('queries scoped to a tenant'),
      expect.stringContaining('queries scoped to a tenant'),
    ]);
  });

  it('flags a device ingestion path in a platform role', () => {
    const raw = platformPosting(
      'Make the device ingestion path cope when gateways reconnect after hours offline and resend in bulk.',
    );
    expect(flagged(raw, 'platform')).toEqual([expect.stringContaining('a device ingestion path')]);
    expect(flagged(raw, 'api')).toEqual([]);
  });

  it('flags ledger writes and warehouse loads in an edge role, and content for readers in a data role', () => {
    const edge = posting(
      'Senior Edge Engineer (TypeScript, Cloudflare Workers)',
      'You will own the backend-for-frontend on Cloudflare Workers that serves our web and mobile apps.',
      [
        'Own the ledger writes behind every checkout the apps send.',
        'Load order events into Snowflake every night for the finance team.',
        'Bring down cold-start time and keep each function inside its isolate limits.',
      ],
    );
    expect(flagged(edge, 'edge')).toEqual([
      expect.stringContaining('money-moving writes'),
      expect.stringContaining('warehouse loads'),
    ]);
    const data = posting(
      'Senior Data Engineer (Python, Snowflake)',
      'You will own the events pipeline that feeds our warehouse and the reports built on it.',
      ['Cut time to first byte for articles served to readers by reworking cache keys with the CDN owners.'],
    );
    expect(flagged(data, 'data')).toEqual([expect.stringContaining('faster pages for readers')]);
    expect(flagged(data, 'edge')).toEqual([]);
    // Measuring page speed from CDN logs is a data role's work; speeding the pages up is not.
    const measuring = posting(
      'Senior Data Engineer (Python, Snowflake)',
      'You will own the events pipeline that feeds our warehouse and the reports built on it.',
      ['Load CDN logs into Snowflake and chart time to first byte by region for the web team.'],
    );
    expect(flagged(measuring, 'data')).toEqual([]);
  });
});
