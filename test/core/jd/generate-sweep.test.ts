import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { runJdChecks } from '../../../shared/domain/jd';
import { builderToJdText, generateJd } from '../../../shared/domain/jd/generate';
import { levels } from '../../../shared/questions';
import {
  emptyRoleSpec,
  engagements,
  environments,
  industries,
  type RoleSpec,
  roleArchetypes,
  stackCategories,
} from '../../../shared/roles';
import { completeSpec } from './specs';

const emptyStack = emptyRoleSpec().stack;

/** Every combination of archetype, level, industry, environment and engagement (over 1,000). */
function specs(): RoleSpec[] {
  const out: RoleSpec[] = [];
  for (const archetype of roleArchetypes)
    for (const level of levels)
      for (const industry of industries)
        for (const environment of environments)
          for (const engagement of engagements) {
            // Every other spec is sparse: no stack, scale or cadence, and a team name that ends in "teams".
            const sparse = out.length % 2 === 1;
            out.push(
              completeSpec({
                archetype,
                level,
                industry,
                environment,
                engagement,
                partnerTeam: sparse ? 'payments API and ledger teams' : 'Analytics Engineering',
                ...(sparse ? { stack: emptyStack, scale: '', releaseCadence: '' } : {}),
              }),
            );
          }
  return out;
}

/** Lines that only make sense for one kind of role, and the archetypes they contradict. */
const WRONG_FOR: [RegExp, RoleSpec['archetype'][]][] = [
  // Business writes and queries: a deployment pipeline or a BFF holds neither.
  [/money-moving write/, ['platform', 'edge']],
  [/every query scoped to a tenant/, ['platform', 'edge']],
  // Device data is ingested by a backend service, not by a pipeline or an edge layer.
  [/device ingestion path/, ['platform', 'edge']],
  // Content reaches readers through a CDN, an API or an edge layer, never a data pipeline or a deployment pipeline.
  [/content served through/, ['platform', 'data']],
];

describe('generated JDs over a sweep of role specs', () => {
  it('reads right for over 1,000 specs: no doubled words, no AI, pairing or equity promises a spec does not make, no ending for a contract-to-hire, no industry line that contradicts the archetype (by the list above or by the work-outside-archetype check)', () => {
    const all = specs();
    expect(all.length).toBeGreaterThanOrEqual(1000);
    const data = jdCheckData();
    const problems: string[] = [];
    for (const spec of all) {
      const doc = builderToJdText(generateJd(spec));
      const text = [doc.title, ...doc.sections.map((s) => s.text)].join('\n');
      const key = `${spec.archetype}/${spec.level}/${spec.industry}/${spec.environment}/${spec.engagement}`;
      const report = runJdChecks(doc, { archetype: spec.archetype, level: spec.level, data });
      // The product's own rule for work outside the archetype holds the generator's lines too.
      for (const f of report.findings.filter(
        (f) => f.id === 'grammar-join' || f.id === 'work-outside-archetype',
      ))
        problems.push(`${key}: ${f.message}`);
      if (/\bAI\b/.test(text) && spec.stack.ai.length === 0)
        problems.push(`${key}: mentions AI with no AI in the stack`);
      if (spec.engagement === 'contract' && /through your first months/.test(text))
        problems.push(`${key}: a contract role promises months of pairing`);
      if (spec.engagement === 'contract' && /\bholding equity\b/.test(text))
        problems.push(`${key}: a contract role is sold on holding equity`);
      if (spec.engagement === 'contract-to-hire' && /once your engagement ends/.test(text))
        problems.push(`${key}: a contract-to-hire role is told its engagement ends`);
      for (const item of stackCategories.flatMap((c) => spec.stack[c]))
        if (!text.includes(item)) problems.push(`${key}: the stack item ${item} is left out`);
      for (const [re, archetypes] of WRONG_FOR)
        if (archetypes.includes(spec.archetype) && re.test(text)) problems.push(`${key}: "${re.source}"`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
