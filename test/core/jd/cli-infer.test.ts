import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/io';
import { runCli } from '../../../electron/cli/run';
import { jdCheckData } from '../../../electron/core/jd/data';
import { splitJdText } from '../../../shared/domain/jd';
import { inferArchetype } from '../../../shared/domain/jd/infer';
import { buildView } from '../../../shared/domain/jd/view';
import { realCorpusDir } from './real-corpus';

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => out.push(l) };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n') };
}

describe('reqdesk jd check on a posting with no role spec', () => {
  it('says what it read from the file and bands the pay with the comp advisor', async () => {
    const { out } = await cli('jd', 'check', path.join(realCorpusDir, '04-ashby-emoji-staff-lowpay.md'));
    expect(out).toContain('Inferred level: lead (the title says "Staff")');
    expect(out).toMatch(/Band: \$\d{3},\d{3}-\$\d{3},\d{3} \(/);
    expect(out).toContain('warning pay-out-of-band');
    expect(out).toContain('$105,000-$134,000');
    expect(out).toMatch(/Boilerplate: 2 paragraphs \(equal-opportunity, accommodation\)/);
  });

  it('reads "Senior" with "3+ years" as a level mismatch', async () => {
    const { out } = await cli('jd', 'check', path.join(realCorpusDir, '08-senior-3-years.md'));
    expect(out).toContain('warning level-mismatch');
    expect(out).toContain('3+ years');
  });

  it('--json carries the inference and the boilerplate spans', async () => {
    const { out } = await cli(
      'jd',
      'check',
      path.join(realCorpusDir, '21-greenhouse-specifically.txt'),
      '--json',
    );
    const report = JSON.parse(out);
    expect(report.inferred).toMatchObject({ level: 'senior', location: 'Denver, CO' });
    expect(report.boilerplate.length).toBeGreaterThanOrEqual(5);
    expect(report.findings.map((f: { id: string }) => f.id)).not.toContain('missing-pay-range');
  });
});

describe('archetype read from a posting', () => {
  it('reads a short payments API posting as API work and bands it with the API band', async () => {
    const { out } = await cli('jd', 'check', path.join(realCorpusDir, '64-board-payments-api-short.txt'));
    expect(out).toContain('Inferred archetype: api (the title says "Payments"; the text names idempotent)');
    expect(out).toContain('senior API / services role');
  });

  it('takes the product word of a team title ("Payments Platform") over "Platform", and "Data Platform" as data', () => {
    const read = (raw: string) => inferArchetype(buildView(splitJdText(raw)), jdCheckData()).archetype;
    expect(
      read('Senior Engineer, Payments Platform\n\nAbout the role\nYou will own idempotent charge APIs.'),
    ).toBe('api');
    expect(
      read('Senior Engineer, Data Platform\n\nAbout the role\nYou will own ETL into the warehouse.'),
    ).toBe('data');
    expect(read('Infrastructure Engineer\n\nAbout the role\nYou will own our Terraform modules.')).toBe(
      'platform',
    );
    // One passing signal word and no title word decides nothing.
    expect(read('Backend Engineer\n\nAbout the role\nYou will work with Kafka consumers.')).toBeNull();
  });

  it('reads partner integrations as API work, and devices on a plant floor as no kind of edge work', () => {
    const read = (raw: string) => inferArchetype(buildView(splitJdText(raw)), jdCheckData()).archetype;
    expect(
      read(
        'Backend Engineer\n\nAbout the role\nYou will own our carrier integrations and their REST clients.',
      ),
    ).toBe('api');
    // The edge of the archetypes is code at the CDN's edge, not hardware in the field.
    expect(
      read('Backend Engineer\n\nAbout the role\nYou will run code on IoT gateways and other edge devices.'),
    ).toBeNull();
  });
});

describe('a posting pasted from a job board with its header line', () => {
  const posting = [
    'Senior Backend Engineer',
    'Brightwell Logistics · Austin, TX (Hybrid)',
    '$150K/yr - $185K/yr · Full-time',
    '',
    'About the job',
    'Brightwell moves freight for regional carriers; the dispatch platform answers in under a second.',
    '',
    "What you'll work on",
    '• Own the Load Matching API (Go, PostgreSQL, Kafka)',
    '• Cut p99 latency of the quote endpoint from 900 ms to 300 ms',
    '• Design the event schema the billing team consumes',
    '• Run on-call one week in six with a clear runbook',
    '• Mentor two mid-level engineers',
    '',
    "What we're looking for",
    '• 6+ years building backend services in production',
    '• Strong SQL and query tuning on PostgreSQL',
    '• You can explain a design trade-off to a non-engineer',
  ].join('\n');

  it('reads the city without the company, takes "explain a trade-off" for plain English, and counts what is missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-board-'));
    const file = path.join(dir, 'posting.txt');
    fs.writeFileSync(file, posting);
    try {
      const { out } = await cli('jd', 'check', file);
      expect(out).toContain('Inferred location: Austin, TX, hybrid');
      expect(out).not.toContain('Inferred archetype: data');
      expect(out).toContain('Fix: Add one more concrete first-90-day item');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still reads a database job from its EXPLAIN output and query plans', () => {
    const read = (raw: string) => inferArchetype(buildView(splitJdText(raw)), jdCheckData()).archetype;
    expect(
      read(
        'Senior Backend Engineer\n\nAbout the role\nYou will read EXPLAIN ANALYZE output and fix query plans.',
      ),
    ).toBe('data');
  });
});
