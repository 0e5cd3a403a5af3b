import { archetypeWorkChecks } from './checks/archetype-work';
import { fairnessChecks } from './checks/fairness';
import { genderChecks } from './checks/gender';
import { payChecks } from './checks/pay';
import { phraseChecks } from './checks/phrases';
import { stackChecks } from './checks/stack';
import { structureChecks } from './checks/structure';
import { titleChecks } from './checks/title';
import type { JdText } from './document';
import { scoreFindings } from './score';
import type { JdCheckContext, JdCheckReport, JdFinding } from './types';
import { buildView, type JdView } from './view';

type CheckGroup = (view: JdView, ctx: JdCheckContext) => JdFinding[];

/** Every group of checks, in the order their findings are listed when spans tie. */
export const jdCheckGroups: CheckGroup[] = [
  titleChecks,
  structureChecks,
  archetypeWorkChecks,
  stackChecks,
  phraseChecks,
  payChecks,
  genderChecks,
  fairnessChecks,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every check on a JD. Pure: the word lists and tables come in with the context. */
export function runJdChecks(doc: JdText, ctx: JdCheckContext, built?: JdView): JdCheckReport {
  const view = built ?? buildView(doc);
  const findings = jdCheckGroups.flatMap((group) => group(view, ctx));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.start - b.start ||
      a.id.localeCompare(b.id),
  );
  return { ...scoreFindings(findings), findings, boilerplate: view.boilerplate, words: view.words };
}
