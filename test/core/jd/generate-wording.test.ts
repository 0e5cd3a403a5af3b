import { describe, expect, it } from 'vitest';
import { generateJd } from '../../../shared/domain/jd/generate';
import { definite, withArticle } from '../../../shared/domain/jd/generate/facts';
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

const titleOf = (spec: RoleSpec) => generateJd(spec).find((s) => s.id === 'title')?.text ?? '';

/** Every way the templates could stumble over words the spec already carries. */
function problems(text: string): string[] {
  const found: string[] = [];
  const flags: [string, RegExp][] = [
    ['doubled "the"', /\bthe\s+the\b/i],
    ['doubled "a"', /\ba\s+a\b/i],
    ['doubled "an"', /\ban\s+an\b/i],
    ['"the" before another article', /\bthe\s+(?:our|a|an)\s/i],
    ['empty brackets', /\(\s*\)/],
    ['the same brackets twice', /(\([^()]+\))\s*\1/],
    ['two bracket groups in a row', /\)\s*\(/],
  ];
  for (const [what, re] of flags) {
    const m = re.exec(text);
    if (m) found.push(`${what}: "${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}"`);
  }
  const open = text.split('(').length - 1;
  const close = text.split(')').length - 1;
  if (open !== close) found.push(`unbalanced brackets (${open} open, ${close} closed)`);
  return found;
}

const SERVICES = [
  'Ledger API',
  'the Ledger API',
  'The Ledger API',
  'our billing service',
  'a billing service',
  'an orders queue',
  '',
];
const TITLES: [string, string][] = [
  ['Backend Engineer', 'Go'],
  ['Backend Engineer (Go)', ''],
  ['Backend Engineer (Go)', 'Go'],
  ['Backend Engineer (Go)', 'Data Platform'],
  ['Backend Engineer', 'Go (gRPC)'],
  ['Backend Engineer', '(Go (gRPC))'],
  ['Backend Engineer', '(Go)'],
  ['Backend Engineer ()', ''],
  ['', ''],
];

const emptyStack = emptyRoleSpec().stack;

describe('generated JD wording', () => {
  it('never doubles an article or a bracket, whatever the spec holds', () => {
    let count = 0;
    for (const archetype of [...roleArchetypes, null])
      for (const level of [...levels, null])
        for (const industry of [...industries, null])
          for (const environment of [...environments, null])
            for (const [i, service] of SERVICES.entries()) {
              const [title, qualifier] = TITLES[(count + i) % TITLES.length] as [string, string];
              const engagement = engagements[count % engagements.length] ?? null;
              const sparse = count % 2 === 0;
              const spec = completeSpec({
                archetype,
                level,
                industry,
                environment,
                engagement,
                service,
                title,
                qualifier,
                ...(sparse
                  ? {
                      stack: emptyStack,
                      partnerTeam: '',
                      managerTitle: '',
                      scale: '',
                      releaseCadence: '',
                      companyBlurb: '',
                      company: '',
                      bonusEquity: '',
                      benefits: '',
                      city: '',
                      workMode: null,
                      pay: { min: null, max: null, currency: 'USD' },
                    }
                  : {}),
              });
              count++;
              for (const section of generateJd(spec)) {
                const where = `${archetype}/${level}/${industry}/${environment}/"${service}"/"${title}"+"${qualifier}"/${sparse ? 'sparse' : 'full'} ${section.id}`;
                expect(problems(section.text), where).toEqual([]);
                expect(problems(section.heading), where).toEqual([]);
              }
            }
    expect(count).toBeGreaterThan(1000);
  });

  it('names a service that already starts with "the" once, in the API lines too', () => {
    const text = generateJd(completeSpec({ archetype: 'api', service: 'the Ledger API' }))
      .map((s) => s.text)
      .join('\n');
    expect(text).toContain('cursor pagination to the Ledger API endpoints');
    expect(text).not.toMatch(/the the/i);
  });

  it('marks a missing stack name with a visible placeholder and one article', () => {
    const sparse = completeSpec({ stack: emptyStack });
    const api = generateJd({ ...sparse, archetype: 'api' })
      .map((s) => s.text)
      .join('\n');
    expect(api).toContain('Tune the [main database] queries');
    // No API style picked: the surface is marked, not silently called REST.
    expect(api).toContain('its [API style] surface');
    expect(api).not.toMatch(/\bREST\b/);
    const data = generateJd({ ...sparse, archetype: 'data' })
      .map((s) => s.text)
      .join('\n');
    expect(data).toContain('Harden the [message broker] consumers');
  });

  it('keeps a title that already carries its brackets, and strips one pair from the qualifier', () => {
    expect(titleOf(completeSpec({ title: 'Backend Engineer (Go)', qualifier: 'Go' }))).toBe(
      'Senior Backend Engineer (Go)',
    );
    expect(titleOf(completeSpec({ title: 'Backend Engineer (Go)', qualifier: '' }))).toBe(
      'Senior Backend Engineer (Go)',
    );
    expect(titleOf(completeSpec({ qualifier: 'Go (gRPC)' }))).toBe('Senior Backend Engineer (Go (gRPC))');
    expect(titleOf(completeSpec({ qualifier: '(Go (gRPC))' }))).toBe('Senior Backend Engineer (Go (gRPC))');
    expect(titleOf(completeSpec({ qualifier: '(Go)' }))).toBe('Senior Backend Engineer (Go)');
    expect(titleOf(completeSpec({ qualifier: '(Go) (gRPC)' }))).toBe('Senior Backend Engineer ((Go) (gRPC))');
    expect(titleOf(completeSpec({ qualifier: '()' }))).toBe('Senior Backend Engineer ([qualifier])');
    expect(titleOf(emptyRoleSpec())).toBe('[job title] ([qualifier])');
  });

  it('definite() adds "the" only where no article or possessive is there already', () => {
    expect(definite('PostgreSQL')).toBe('the PostgreSQL');
    expect(definite('the main database')).toBe('the main database');
    expect(definite('The Ledger API')).toBe('the Ledger API');
    expect(definite('our Ledger API')).toBe('our Ledger API');
    expect(definite('a billing service')).toBe('the billing service');
    expect(definite('an orders queue')).toBe('the orders queue');
    expect(definite('theme service')).toBe('the theme service');
    expect(withArticle('The Ledger API')).toBe('the Ledger API');
    expect(withArticle('Ledger API')).toBe('the Ledger API');
  });
});
