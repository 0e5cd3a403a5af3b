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

const wordAfterByList = new WeakMap<readonly string[], RegExp>();

/** Matches text that starts with one of the words, after a space; compiled once per list. */
function wordAfter(words: readonly string[]): RegExp {
  let re = wordAfterByList.get(words);
  if (!re) {
    re = new RegExp(`^\\s+(?:${words.join('|')})\\b`, 'i');
    wordAfterByList.set(words, re);
  }
  return re;
}

export function archetypeWorkChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const archetype = ctx.archetype;
  // Undefined: nothing is known; null: the spec left it unpicked (archetype-undecided says so).
  if (!archetype) return [];
  const { services, othersWork, substrate, work } = ctx.data.archetypeWork;
  const foreign = work.filter((w) => w.outside[archetype] !== undefined);
  if (foreign.length === 0) return [];
  const someoneElse = anyOf(othersWork);
  const runsUnder = wordAfter(substrate);
  const out: JdFinding[] = [];
  for (const item of view.responsibilities) {
    for (const w of foreign) {
      // "Support the payments team's ledger writes" and "the clusters behind device ingestion" put
      // the work with another team, or make the hire run what is under it, which a platform role
      // may well do: the words around the match say whose work it is.
      const hit = findAll(anyOf(w.patterns), view.text, item.start, item.end).find((m) => {
        someoneElse.lastIndex = 0;
        if (someoneElse.test(sentenceBefore(view.text, item.start, m.start))) return false;
        return !runsUnder.test(view.text.slice(m.end, item.end));
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
