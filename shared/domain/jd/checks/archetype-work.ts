/**
 * Work outside the archetype: a duty that gives the role work its kind of service does not do.
 * A platform role's service is a deployment pipeline, so "audit every money-moving write" or
 * "scope every query to a tenant" asks it for a business service's job; an edge layer does not
 * load a warehouse; a data pipeline serves no pages to readers. The work and each archetype's
 * own version of it live in resources/data/jd/archetype-work.json.
 */
import { anyOf, findAll, quote } from '../text';
import type { JdArchetype, JdCheckContext, JdFinding } from '../types';
import { finding, type JdView } from '../view';

const ROLE_NAME: Record<JdArchetype, string> = {
  api: 'an API role',
  data: 'a data role',
  platform: 'a platform role',
  edge: 'an edge role',
};

/** text[from, at) after its last sentence break or colon: a lead-in before a colon is another clause. */
const sentenceBefore = (text: string, from: number, at: number) =>
  text
    .slice(from, at)
    .split(/[.;:!?](?:\s|$)/)
    .pop() ?? '';

export function archetypeWorkChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const archetype = ctx.archetype;
  // Undefined: nothing is known; null: the spec left it unpicked (archetype-undecided says so).
  if (!archetype) return [];
  const { services, othersWork, work } = ctx.data.archetypeWork;
  const foreign = work.filter((w) => w.outside[archetype] !== undefined);
  if (foreign.length === 0) return [];
  const someoneElse = anyOf(othersWork);
  const out: JdFinding[] = [];
  for (const item of view.responsibilities) {
    for (const w of foreign) {
      // "Support the payments team's ledger writes" puts the work with another team, which a
      // platform role may well serve: the words before the match, in its sentence, say whose it is.
      const hit = findAll(anyOf(w.patterns), view.text, item.start, item.end).find((m) => {
        someoneElse.lastIndex = 0;
        return !someoneElse.test(sentenceBefore(view.text, item.start, m.start));
      });
      if (!hit) continue;
      out.push(
        finding(
          view,
          'work-outside-archetype',
          'warning',
          item,
          `This duty asks ${ROLE_NAME[archetype]} for ${w.what} ("${quote(hit.text)}"), but its service is ${services[archetype]}, which does not do that work.`,
          `Give the concern its ${archetype} form, for example: "${w.outside[archetype]}"`,
        ),
      );
      break;
    }
  }
  return out;
}
