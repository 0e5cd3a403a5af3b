import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { documentText } from '../../../shared/domain/documents/text';
import { flattenJd, type JdFinding, runJdChecks } from '../../../shared/domain/jd';
import { builderToJdText, generateJd } from '../../../shared/domain/jd/generate';
import { jdDocument } from '../../../shared/domain/jd/generate/jd-document';
import { jdCheckContextFor } from '../../../shared/domain/jd/role-context';
import { levels } from '../../../shared/questions';
import {
  emptyRoleSpec,
  engagements,
  environments,
  industries,
  type RoleSpec,
  roleArchetypes,
} from '../../../shared/roles';
import { completeSpec } from './specs';

const BAND = { min: 160_000, max: 210_000 };

function checked(spec: RoleSpec) {
  const sections = generateJd(spec, { band: BAND });
  const doc = builderToJdText(sections);
  const report = runJdChecks(doc, {
    ...jdCheckContextFor(spec, BAND),
    asOf: '2026-11-23',
    data: jdCheckData(),
  });
  const text = (id: string) => sections.find((s) => s.id === id)?.text ?? '';
  return { sections, doc, report, text, flat: flattenJd(doc).text };
}

/** Findings that a generated JD from a complete spec must never have, whatever their severity. */
const SHAPE_CHECKS: JdFinding['id'][] = [
  'title-qualifier',
  'slash-title',
  'no-named-service',
  'about-role-length',
  'responsibilities-count',
  'requirements-count',
  'about-company-length',
  'jd-length',
  'level-mismatch',
  'generic-tech',
  'the-candidate',
  'other-duties',
  'many-hats',
  'jargon',
  'ableist',
];

const describeFindings = (findings: JdFinding[]) =>
  findings.map((f) => `${f.severity} ${f.id}: ${f.message}`);

describe('generateJd from a complete spec', () => {
  for (const archetype of roleArchetypes)
    for (const level of levels)
      it(`${archetype} / ${level}: every industry gives a JD with no error and a sound shape`, () => {
        for (const industry of [...industries, null]) {
          // A complete edge spec names its edge platform; without one the JD shows [edge platform].
          const stack = completeSpec().stack;
          const cloud = archetype === 'edge' ? [...stack.cloud, 'Cloudflare'] : stack.cloud;
          const { report } = checked(
            completeSpec({ archetype, level, industry, stack: { ...stack, cloud } }),
          );
          const bad = report.findings.filter((f) => f.severity === 'error' || SHAPE_CHECKS.includes(f.id));
          expect(describeFindings(bad), `${archetype}/${level}/${industry}`).toEqual([]);
        }
      });

  it('each environment and engagement (contract, contract-to-hire) at each level and work mode', () => {
    for (const environment of [...environments, null])
      for (const engagement of engagements)
        for (const level of levels)
          for (const workMode of ['remote', 'hybrid', 'onsite'] as const) {
            const { report } = checked(completeSpec({ environment, engagement, level, workMode }));
            const bad = report.findings.filter((f) => f.severity === 'error' || SHAPE_CHECKS.includes(f.id));
            expect(describeFindings(bad), `${environment}/${engagement}/${level}/${workMode}`).toEqual([]);
          }
  });

  it('has the six sections in order, each text equal to what was generated, with a qualified title', () => {
    const { sections } = checked(completeSpec());
    expect(sections.map((s) => s.id)).toEqual([
      'title',
      'about',
      'first90',
      'requirements',
      'compensation',
      'company',
    ]);
    expect(sections.every((s) => s.text === s.generated && s.text.length > 0)).toBe(true);
    expect(sections[0]?.text).toBe('Senior Backend Engineer (Data Platform)');
    expect(sections.at(-1)?.heading).toBe('About Larkspur Freight');
  });

  it('writes about the role in three sentences naming the service, scale, team, manager, place and cadence', () => {
    const about = checked(completeSpec()).text('about');
    expect(about.split(/(?<=\.)\s+/)).toHaveLength(3);
    for (const part of [
      'the shipment events pipeline',
      'about 90 million events a day',
      'the Analytics Engineering team',
      'the Director of Data Engineering',
      'hybrid, based in Denver',
      'continuous deployment behind feature flags',
    ])
      expect(about).toContain(part);
  });

  it("tops the spec's own first-90-days lines up to six, each naming the service or the stack", () => {
    const spec = completeSpec({ first90Days: ['Replace the CSV export with a Snowflake share'] });
    const lines = checked(spec).text('first90').split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('- Replace the CSV export with a Snowflake share.');
    for (const line of lines.slice(1))
      expect(line).toMatch(/shipment events pipeline|PostgreSQL|Kafka|Snowflake/);
  });

  it('keeps every line the spec wrote, past the caps: first 90 days, must-haves and preferred', () => {
    const first90Days = Array.from({ length: 11 }, (_, i) => `Own milestone ${i + 1} of the feed`);
    const mustHaves = Array.from({ length: 9 }, (_, i) => `Must-have number ${i + 1}`);
    const preferred = Array.from({ length: 5 }, (_, i) => `Nice-to-have number ${i + 1}`);
    const { text } = checked(completeSpec({ first90Days, mustHaves, preferred }));
    for (const line of [...first90Days, ...mustHaves, ...preferred])
      expect(`${text('first90')}\n${text('requirements')}`, line).toContain(`- ${line}.`);
  });

  it('keeps four to six must-haves and moves the rest, with the generated extras, under Preferred', () => {
    const must = Array.from({ length: 8 }, (_, i) => `Must-have number ${i + 1}`);
    const text = checked(completeSpec({ mustHaves: must, preferred: ['Dagster in production'] })).text(
      'requirements',
    );
    const [head, tail] = text.split('\n\nPreferred:\n') as [string, string];
    expect(head.split('\n')).toEqual(must.slice(0, 6).map((m) => `- ${m}.`));
    expect(tail).toContain('- Dagster in production.');
    expect(tail).toContain('- Must-have number 7.');
    const few = checked(completeSpec({ mustHaves: ['Kafka consumers at volume'] })).text('requirements');
    expect(few.split('\n\nPreferred:')[0]?.split('\n')).toHaveLength(4);
  });

  it('varies by level: experience, scope and soft skills differ', () => {
    const junior = checked(completeSpec({ level: 'junior' }));
    const senior = checked(completeSpec({ level: 'senior' }));
    const lead = checked(completeSpec({ level: 'lead' }));
    expect(junior.text('requirements')).toContain('0-2 years');
    expect(senior.text('requirements')).toContain('6+ years');
    expect(lead.text('requirements')).toContain('8+ years');
    expect(junior.text('title')).toBe('Junior Backend Engineer (Data Platform)');
    expect(lead.text('first90')).toMatch(/mentor engineers/);
    expect(junior.text('first90')).not.toMatch(/mentor|architecture/i);
    expect(junior.text('about')).not.toBe(senior.text('about'));
    expect(new Set([junior, senior, lead].map((j) => j.text('compensation'))).size).toBe(3);
  });

  it('varies by contract engagement: a deliverable with a hand-over, a rate, no bonus line unless given', () => {
    const contract = checked(completeSpec({ engagement: 'contract', bonusEquity: '' }));
    expect(contract.text('first90')).toMatch(/once your engagement ends/);
    expect(contract.text('about')).toMatch(/on a contract engagement/);
    expect(contract.text('requirements')).toMatch(/Contract work where you shipped/);
    expect(contract.text('compensation')).toMatch(/^Rate: \$172,000-\$212,000 a year\./);
    expect(contract.text('compensation')).not.toMatch(/Bonus/);
    const c2h = checked(completeSpec({ engagement: 'contract-to-hire' }));
    expect(c2h.text('compensation')).toMatch(/Conversion to a permanent role/);
  });

  it('varies by industry: one line in the first 90 days and one under Preferred', () => {
    const expected: Record<string, RegExp> = {
      'financial-services': /audit trail[\s\S]*PCI DSS/,
      healthcare: /HIPAA[\s\S]*FHIR/,
      'e-commerce': /busiest day[\s\S]*payment gateways/,
      saas: /tenant isolation[\s\S]*multi-tenant/,
      // A data role's media line is about the events it lands, not content it serves.
      media: /play events[\s\S]*HLS/,
      'manufacturing-iot': /gateways reconnect[\s\S]*MQTT/,
    };
    for (const [industry, pattern] of Object.entries(expected)) {
      const jd = checked(completeSpec({ industry: industry as RoleSpec['industry'] }));
      expect(`${jd.text('first90')}\n${jd.text('requirements')}`).toMatch(pattern);
    }
    const other = checked(completeSpec({ industry: 'other' })).flat;
    for (const pattern of Object.values(expected)) expect(other).not.toMatch(pattern);
  });

  it('varies by environment: one line each', () => {
    const lines = {
      corporate: /change-approval process/,
      startup: /empty repository/,
      'remote-first': /other time zones/,
    };
    for (const [environment, pattern] of Object.entries(lines)) {
      const text = checked(completeSpec({ environment: environment as RoleSpec['environment'] })).text(
        'requirements',
      );
      expect(text).toMatch(pattern);
      for (const [other, p] of Object.entries(lines)) if (other !== environment) expect(text).not.toMatch(p);
    }
  });

  it('names SQL only for a SQL store, and an AI task when the spec names AI tooling', () => {
    const kv = checked(
      completeSpec({
        archetype: 'edge',
        stack: { ...completeSpec().stack, dataStores: ['Redis'], ai: ['Anthropic API'] },
      }),
    );
    expect(kv.text('requirements')).not.toMatch(/SQL you can defend in Redis/);
    expect(kv.text('first90')).toMatch(/model-backed feature .* using Anthropic API/);
  });

  it('keeps the company blurb to four sentences with a mission line moved last', () => {
    const blurb =
      'Our mission is to keep trucks full. Larkspur runs a freight marketplace. Carriers book 4,000 loads a week. We have 310 people. We are a Series C company.';
    const text = checked(completeSpec({ companyBlurb: blurb })).text('company');
    expect(text).toBe(
      'Larkspur runs a freight marketplace. Carriers book 4,000 loads a week. We have 310 people. Our mission is to keep trucks full.',
    );
  });
});

describe('generateJd from an incomplete spec', () => {
  it('leaves a placeholder for each missing fact, and the checks flag them as errors', () => {
    const { sections, report, text } = checked(emptyRoleSpec());
    expect(sections).toHaveLength(6);
    expect(text('title')).toBe('[job title] ([qualifier])');
    for (const p of ['[named service]', '[partner team]', "[manager's title]", '[release cadence]'])
      expect(text('about')).toContain(p);
    expect(text('compensation')).toContain('[base range]');
    expect(text('compensation')).toContain('[benefits]');
    expect(text('company')).toContain('[company]');
    expect(report.findings.filter((f) => f.id === 'unfilled-placeholder').length).toBeGreaterThanOrEqual(8);
  });

  it('fills what the spec has and marks only what it lacks', () => {
    const { text } = checked(
      completeSpec({ qualifier: '', scale: '', pay: { min: null, max: null, currency: 'USD' } }),
    );
    expect(text('title')).toBe('Senior Backend Engineer ([qualifier])');
    expect(text('about')).toContain(
      'the shipment events pipeline, which handles [scale, e.g. requests a day]',
    );
    expect(text('compensation')).toMatch(/^Base salary: \[base range\]\./);
    expect(text('company')).not.toMatch(/\[/);
  });

  it('asks for the years with a placeholder while no level is picked', () => {
    const requirements = checked(completeSpec({ level: null })).text('requirements');
    expect(requirements).toContain('- [years] of backend engineering in Python and FastAPI.');
    expect(requirements).not.toMatch(/\d\+ years/);
  });

  it('marks an empty stack with visible placeholders, never generic filler the checks cannot see', () => {
    const empty = {
      primary: [],
      secondary: [],
      dataStores: [],
      brokers: [],
      orchestration: [],
      cloud: [],
      observability: [],
      ai: [],
    };
    for (const archetype of ['api', 'data', 'platform', 'edge'] as const) {
      const { report, sections } = checked(
        completeSpec({ archetype, stack: { ...completeSpec().stack, ...empty } }),
      );
      const all = sections.map((s) => s.text).join('\n');
      expect(all, archetype).not.toMatch(
        /the main database|the cloud account|the message broker|the tracing stack/,
      );
      expect(all, archetype).toMatch(
        /\[(?:main database|cloud provider|message broker|container platform|edge platform)\]/,
      );
      expect(
        report.findings.some((f) => f.id === 'unfilled-placeholder'),
        archetype,
      ).toBe(true);
    }
  });

  it('without a range in Colorado, the checks give the pay-transparency error', () => {
    const { report } = checked(completeSpec({ pay: { min: null, max: null, currency: 'USD' } }));
    const pay = report.findings.find((f) => f.id === 'missing-pay-range');
    expect(pay?.severity).toBe('error');
    expect(pay?.message).toMatch(/Colorado/);
  });
});

describe('guidance', () => {
  it('is given for every section, depends on level and contract, and is never in the JD text or the export model', () => {
    for (const level of levels) {
      const spec = completeSpec({ level, engagement: level === 'mid' ? 'contract' : 'direct-hire' });
      const { sections, flat } = checked(spec);
      for (const s of sections) {
        expect(s.guidance.length, s.id).toBeGreaterThan(20);
        expect(flat).not.toContain(s.guidance.slice(0, 40));
      }
      const exported = documentText(jdDocument(sections, { company: spec.company }));
      for (const s of sections) expect(exported).not.toContain(s.guidance.slice(0, 40));
      // The preview may carry guidance blocks; the text of the document (what files get) still has none.
      const preview = jdDocument(sections, { company: spec.company, withGuidance: true });
      expect(preview.blocks.filter((b) => b.kind === 'guidance')).toHaveLength(5);
      for (const s of sections) expect(documentText(preview)).not.toContain(s.guidance.slice(0, 40));
    }
    const junior = generateJd(completeSpec({ level: 'junior' }));
    const lead = generateJd(completeSpec({ level: 'lead' }));
    expect(junior.find((s) => s.id === 'first90')?.guidance).not.toBe(
      lead.find((s) => s.id === 'first90')?.guidance,
    );
    expect(
      generateJd(completeSpec({ engagement: 'contract' })).find((s) => s.id === 'about')?.guidance,
    ).toMatch(/contract/);
    expect(generateJd(completeSpec(), { band: BAND }).find((s) => s.id === 'compensation')?.guidance).toMatch(
      /\$160K-\$210K/,
    );
  });
});

describe('jdDocument', () => {
  it('turns "- " and "• " lines into bullet lists and "Preferred:" into a sub-heading', () => {
    const model = jdDocument(
      [
        { id: 'title', heading: 'Job title', text: 'Backend Engineer (Go)' },
        {
          id: 'requirements',
          heading: 'What you bring',
          text: '- Go\n• Postgres\n\nPreferred:\n- Kafka\nA closing line.',
        },
      ],
      { company: 'Acme' },
    );
    expect(model.metadata).toMatchObject({
      title: 'Backend Engineer (Go)',
      company: 'Acme',
      subject: 'Job description',
    });
    expect(model.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'list',
      'heading',
      'list',
      'paragraph',
    ]);
    expect(model.blocks[2]).toMatchObject({
      style: 'bullet',
      items: [{ runs: [{ text: 'Go' }] }, { runs: [{ text: 'Postgres' }] }],
    });
    expect(model.blocks[3]).toEqual({ kind: 'heading', level: 3, text: 'Preferred' });
  });
});
