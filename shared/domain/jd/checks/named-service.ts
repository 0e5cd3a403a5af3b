/** No named service: the role text names no service, system or integration the hire would own. */
import { anyOf, findAll, type Span } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView } from '../view';

const ROLE_AFTER = /^[ \t]+(?:engineers?|developers?|architects?|programmers?|roles?|positions?|hires?)\b/i;

/**
 * A capitalised name of one to three words, then a comma and the noun's phrase: its determiner
 * and up to three words before the noun ("Pier, the Rust reverse proxy").
 */
const APPOSITION = /\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*),\s+(?:the|our|a|an)\s+(?:[\w.-]+\s+){0,3}$/;
/** "At Sunmesa, our platform team...": a place or a time set before the clause, not a name of the system. */
const LEADING_PREPOSITION = /^(?:at|in|on|for|with|as|by|from|since|today|here|now)\b/i;
/** What may stand before a name at the head of its line: indent and a list's mark. */
const ITEM_LEAD = /^[\s•*·▪◦‣–-]*$/;
/** What follows a noun that an apposition describes: a clause ("that collects") or a participle ("running on"). */
const DESCRIBED = /^\s*(?:(?:that|which|where)\b|[a-z]+ing\b)/;

const genericByStack = new WeakMap<JdCheckContext['data']['stack'], Set<string>>();

/** Words that do not name a service, in lower case: generic modifiers and every technology. */
function genericWords(stack: JdCheckContext['data']['stack']): Set<string> {
  let generic = genericByStack.get(stack);
  if (!generic) {
    // A technology is not a service ("our Kafka pipeline" names the broker, not the system).
    generic = new Set(
      [
        ...stack.genericModifiers,
        ...stack.languages,
        ...stack.frameworks,
        ...stack.platforms,
        ...stack.tools,
      ].map((w) => w.toLowerCase()),
    );
    genericByStack.set(stack, generic);
  }
  return generic;
}

export function namedService(view: JdView, ctx: JdCheckContext, where: Span | null): JdFinding[] {
  const { serviceNouns } = ctx.data.stack;
  const generic = genericWords(ctx.data.stack);
  const nouns = anyOf(serviceNouns, { literal: true });
  const titleText = view.title.text.toLowerCase();
  for (const section of view.bodySpans) {
    if (section.id !== 'about' && section.id !== 'first90') continue;
    for (const noun of findAll(nouns, view.text, section.start, section.end)) {
      if (view.isBoilerplate(noun.start, noun.end)) continue;
      // "a Junior Backend Developer", "our Platform Engineers": the noun is part of a job title.
      if (ROLE_AFTER.test(view.text.slice(noun.end, noun.end + 30))) continue;
      // Up to four words before the noun, in the same clause.
      const before = view.text.slice(Math.max(section.start, noun.start - 60), noun.start);
      // A dot inside a name ("the Node.js service") does not end the clause.
      const clause = before.split(/[;:,()\n!?]|\.(?!\w)/).pop() ?? '';
      // Words only: a bullet's dash is not a word, so "- Ensure system reliability" starts at "Ensure".
      const words = clause
        .trim()
        .split(/\s+/)
        .filter((w) => /[A-Za-z0-9]/.test(w))
        .slice(-4);
      // A named service: "the payments service", "our Ledger API", "`orders-api`", "the claims-intake pipeline".
      const det = words.findLastIndex((w) => /^(?:the|our|a|an|its|their|this|your)$/i.test(w));
      // Without a determiner, only a capitalised name inside the clause counts ("with the Ledger API"
      // has one; "Ensure system reliability" starts with a verb, not a name).
      const modifiers =
        det >= 0
          ? words.slice(det + 1)
          : words.length >= 2
            ? words.slice(-1).filter((w) => /^[A-Z][a-z]+[A-Z]|^[A-Z][a-z]+$/.test(w))
            : [];
      if (
        modifiers.some((w) => !generic.has(w.toLowerCase().replace(/[^a-z0-9-]/g, '')) && /[A-Za-z]/.test(w))
      )
        return [];
      // "Meter Ingest, the pipeline that collects...", "Pier, the Rust reverse proxy running on...":
      // a name set before the noun's phrase, which then says what the thing does, names it ("At
      // Acme, our platform team" names no system).
      // A name opening its line or item ("• Lumen, our Rust edge proxy (tokio + hyper)") needs no clause after.
      const named = det >= 0 ? APPOSITION.exec(before) : null;
      const opensItem =
        named !== null &&
        !LEADING_PREPOSITION.test(named[1] as string) &&
        ITEM_LEAD.test(before.slice(before.lastIndexOf('\n') + 1, named.index));
      const apposition =
        named && (opensItem || DESCRIBED.test(view.text.slice(noun.end, noun.end + 20)))
          ? named[1]
          : undefined;
      if (apposition?.split(/\s+/).some((w) => !generic.has(w.toLowerCase()))) return [];
      // "the partner API that 60 leasing platforms call": a common word names the system when the
      // title names it too, or when the sentence goes on to give its scale.
      const phrase = [...modifiers.filter((w) => !/^(?:the|our|a|an)$/i.test(w)), noun.text].join(' ');
      if (det >= 0 && modifiers.length > 0) {
        const rest = /^[^.;!?\n]{0,80}/.exec(view.text.slice(noun.end, section.end))?.[0] ?? '';
        if (titleText.includes(phrase.toLowerCase()) || /\b(?:that|which|where)\b[^.;!?]*\d/.test(rest))
          return [];
      }
    }
    if (/`[a-z][\w-]+`/.test(view.text.slice(section.start, section.end))) return [];
  }
  return [
    finding(
      view,
      'no-named-service',
      'warning',
      where ? { start: where.start, end: Math.min(where.end, where.start + 200) } : null,
      'Neither the role summary nor the responsibilities name a service, system or integration, so candidates cannot tell whether the work is theirs.',
      'Name the surface the hire owns and its scale, for example "our payments service, about 14 million transactions a month".',
    ),
  ];
}
