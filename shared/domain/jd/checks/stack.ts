import { titleArchetype } from '../infer';
import { anyOf, countSpaceSeparated, findAll, hasMatch, quote, type Span } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';

/** What opens a phrase's examples: "(Go, Java)" right after it, or "such as Go", "most of ours is Go" later in the line. */
const EXAMPLES_FOLLOW =
  /^\s*\(|\b(?:such as|like|e\.g\.?|for example|including|ideally|preferably|(?:most of )?ours is|we use)\b/i;

type StackData = JdCheckContext['data']['stack'];

/** What a names array compiles to: its matchers, and each name by its lower case (first listed wins). */
interface NameList {
  matchers: RegExp[];
  canonical: Map<string, string>;
}
const compiledNames = new WeakMap<readonly string[], NameList>();

/**
 * Short names ("Go", "Rust", "Java") only count with their usual capitals. Kept per names
 * array, so a list checked on every requirement line is split and compiled once.
 */
function nameList(names: readonly string[]): NameList {
  let list = compiledNames.get(names);
  if (!list) {
    const short = names.filter((n) => /^[A-Za-z]{1,4}$/.test(n));
    const long = names.filter((n) => !/^[A-Za-z]{1,4}$/.test(n));
    const canonical = new Map<string, string>();
    for (const n of names) if (!canonical.has(n.toLowerCase())) canonical.set(n.toLowerCase(), n);
    list = {
      matchers: [anyOf(short, { literal: true, caseSensitive: true }), anyOf(long, { literal: true })],
      canonical,
    };
    compiledNames.set(names, list);
  }
  return list;
}

export function nameMatchers(names: readonly string[]): RegExp[] {
  return nameList(names).matchers;
}

const languagesFirst = new WeakMap<StackData, readonly string[]>();
const frameworksFirst = new WeakMap<StackData, readonly string[]>();

function joined(cache: WeakMap<StackData, readonly string[]>, stack: StackData, make: () => string[]) {
  let names = cache.get(stack);
  if (!names) {
    names = make();
    cache.set(stack, names);
  }
  return names;
}

/** Languages, frameworks, platforms and tools, one array per stack data, so its matchers compile once. */
export const stackNames = (stack: StackData) =>
  joined(languagesFirst, stack, () => [
    ...stack.languages,
    ...stack.frameworks,
    ...stack.platforms,
    ...stack.tools,
  ]);

/** Frameworks, platforms, tools, then languages, the order the tool checks read them in; one array per stack data. */
const toolNamesOf = (stack: StackData) =>
  joined(frameworksFirst, stack, () => [
    ...stack.frameworks,
    ...stack.platforms,
    ...stack.tools,
    ...stack.languages,
  ]);

function namesIn(
  names: readonly string[],
  text: string,
  from: number,
  to: number,
  alias: Record<string, string> = {},
) {
  const found = new Map<string, Span>();
  const { matchers, canonical: byLower } = nameList(names);
  for (const re of matchers)
    for (const s of findAll(re, text, from, to)) {
      const canonical = byLower.get(s.text.toLowerCase()) ?? s.text;
      const key = (alias[canonical] ?? canonical).toLowerCase();
      if (!found.has(key)) found.set(key, s);
    }
  return found;
}

/** Whether text[from, to) names any of the names: asked of every requirement line and list part, so no map is built. */
function namesAny(names: readonly string[], text: string, from: number, to: number): boolean {
  return nameList(names).matchers.some((re) => hasMatch(re, text, from, to));
}

/** Languages named in the given spans (default: the whole body), most frequent first, canonical names. */
export function languagesIn(view: JdView, ctx: JdCheckContext, spans: Span[] | null): string[] {
  const { languages, languageAliases } = ctx.data.stack;
  const counts = new Map<string, number>();
  const { matchers, canonical: byLower } = nameList(languages);
  for (const span of spans ?? view.bodySpans)
    for (const re of matchers)
      for (const s of findAll(re, view.text, span.start, span.end)) {
        const canonical = byLower.get(s.text.toLowerCase()) ?? s.text;
        const name = languageAliases[canonical] ?? canonical;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
}

/**
 * "in one or more programming languages, such as Java, C++, Go or Python", "in Go or a close
 * cousin (Rust, Kotlin, Java)": the languages are a choice the candidate makes, not a stack the
 * team asks for all of.
 */
const ANY_ONE_LANGUAGE =
  /\b(?:(?:one or more|at least one|any one|one)(?: of)?(?: the)?(?: [\w-]+)? languages?|or (?:a|an|another|any)(?: [\w-]+){0,2} (?:cousin|equivalent|alternative|language)s?)\b/i;

const BACKEND_KIND = /\b(?:back[- ]?end|server[- ]side|api|apis|platform|data|infrastructure)\b/i;
/** Front-end work an edge item asks for by name: components, pages, screens, styling. */
const CLIENT_WORK =
  /\b(?:components?|pages?|screens?|ui|front[- ]?end (?:work|tasks?|features?|code)|css|styling)\b/i;
/** Rendering on the server or at the edge ("React server components", "server-rendering pages at the edge"): the edge's own work. */
const EDGE_RENDERING =
  /\b(?:server[- ]?(?:side[- ])?render\w*|ssr|server components|at the edge|edge[- ]render\w*)\b/i;
const clientWork = (item: string) => CLIENT_WORK.test(item) && !EDGE_RENDERING.test(item);
/** Words that put front-end or client work in the title itself: such a title asks for it openly. */
export const CLIENT_KIND = /\b(?:front[- ]?end|full[- ]?stack|web|mobile|ui|ux|ios|android|client)\b/i;
/** Languages a title may name for client work as much as for a server. */
const CLIENT_LANGUAGES = new Set(['javascript', 'typescript', 'swift', 'objective-c', 'dart', 'kotlin']);

/**
 * A backend title names backend work ("Backend Engineer", "Data Platform"), or names a server-side
 * language or framework and no client work ("Senior .NET Developer (C#)", "Java Developer").
 */
function backendTitle(view: JdView, ctx: JdCheckContext): boolean {
  const title = view.title.text;
  if (BACKEND_KIND.test(title)) return true;
  if (CLIENT_KIND.test(title)) return false;
  const { languageAliases, frontend } = ctx.data.stack;
  const named = namesIn(
    toolNamesOf(ctx.data.stack),
    view.text,
    view.title.start,
    view.title.end,
    languageAliases,
  );
  if (namesAny(frontend, view.text, view.title.start, view.title.end)) return false;
  return [...named.keys()].some((name) => !CLIENT_LANGUAGES.has(name));
}

/** "front-end consumers", "the React team": the name says who the hire's work serves, not what they build. */
const WHO_IT_SERVES =
  /^[\s-]*(?:consumers?|clients?|teams?|engineers?|developers?|colleagues|partners?|apps?|applications?)\b/i;

/**
 * "Stay current with emerging technologies", "keep up with the latest tools in the data field": a
 * duty to follow the field names the field, not the team's stack, so it does not leave the stack
 * unnamed. It must say which field, or follow its frontier ("emerging"): "keep up with the latest
 * tools and modern technologies" names nothing but tools the team would use.
 */
const FOLLOWS_THE_FIELD =
  /\b(?:(?:stay|keep|remain)(?:s|ing)? (?:current|up[- ]to[- ]date|abreast|informed|on top)|keep(?:s|ing)? up|learn(?:s|ing)?(?: about)?|explor(?:e|es|ing)|evaluat(?:e|es|ing)|research(?:es|ing)?|follow(?:s|ing)?)\b[^.;:!?]*$/i;
const FRONTIER = /^(?:emerging|new)\b/i;
const NAMES_ITS_FIELD =
  /^\s+(?:in|across|within) (?:the |our |your )?[\w -]{1,30}?\b(?:field|space|industry|domain|ecosystem|world|community|landscape)\b/i;

function aboutTheField(view: JdView, s: Span): boolean {
  if (!FOLLOWS_THE_FIELD.test(view.text.slice(Math.max(0, s.start - 60), s.start))) return false;
  return FRONTIER.test(s.text) || NAMES_ITS_FIELD.test(view.text.slice(s.end, s.end + 50));
}

/** "backend-for-frontend", "front-end consumers": the back end the hire builds for a front end. */
function servesTheFrontEnd(view: JdView, name: Span, itemEnd: number): boolean {
  return (
    /\bfor[- ]$/i.test(view.text.slice(Math.max(0, name.start - 4), name.start)) ||
    WHO_IT_SERVES.test(view.text.slice(name.end, itemEnd))
  );
}

/** From this many dependencies named in one list, the list reads as a wish list: "about ten". */
const FRAMEWORK_LIST_MIN = 9;

/** Where the parts of a list of tools meet: commas, semicolons, parentheses, "and", "or", a tag row's wide gaps. */
const LIST_SEPARATOR = /[,;()]|\s(?:and|or|&)\s| {2,}/;

/** What a part says ahead of its name: "Hands-on experience with", "these packages and tools:". */
const LEAD_IN = /^.*(?::|\b(?:with|in|of|including|like|using|such as))\s+/i;

/** A tool the vocabulary may not know: one to three words, each capitalised or a figure ("Lombok", "Log4j", "Apache Camel"). */
const TOOL_NAME = /^[A-Z0-9.][\w.+#-]*(?: [A-Z0-9.][\w.+#-]*){0,2}$/;

/**
 * The dependencies a list names: its parts that name a framework, library or build tool
 * ("Spring Batch", "Mockito"), a tool the system is deployed and watched with ("Helm", "Istio",
 * "Vault"), or a name the vocabulary does not know ("MapStruct"). A part
 * naming only a language, a data store, a cloud or a CI service is the stack the code runs on
 * ("Node.js 20, PostgreSQL 15, Redis, AWS"), which a posting should name, not a dependency.
 */
function dependenciesIn(stack: StackData, text: string): number {
  const { frameworks, frontend, languages, platforms, tools } = stack;
  let count = 0;
  for (const raw of text.split(LIST_SEPARATOR)) {
    const part = raw.trim().replace(/[.!]+$/, '');
    if (!part) continue;
    if (namesAny(frameworks, part, 0, part.length)) count++;
    else if (namesAny(frontend, part, 0, part.length)) count++;
    else if (namesAny(tools, part, 0, part.length)) count++;
    else if (
      !namesAny(languages, part, 0, part.length) &&
      !namesAny(platforms, part, 0, part.length) &&
      TOOL_NAME.test(part.replace(LEAD_IN, ''))
    )
      count++;
  }
  return count;
}

/** Stack checks: language soup, framework lists, full-stack creep, unnamed "modern technologies". */
export function stackChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const { languages, languageAliases, frontend } = ctx.data.stack;
  const toolNames = toolNamesOf(ctx.data.stack);
  const out: JdFinding[] = [];
  // Requirement lines that name at least one tool, for the bare tool-name list below.
  const naming = new Set<Span>();

  for (const item of view.requirements) {
    const langs = namesIn(languages, view.text, item.start, item.end, languageAliases);
    if (langs.size >= 4 && !ANY_ONE_LANGUAGE.test(item.text)) {
      const names = [...langs.values()].map((s) => s.text);
      out.push(
        finding(
          view,
          'language-soup',
          'warning',
          item,
          `Listing ${names.length} languages (${names.join(', ')}) in one line says the team has no committed stack.`,
          `Name the primary language and at most one other, for example "${names[0]}, with some ${names[1]}".`,
          null,
        ),
      );
    }
    if (namesAny(toolNames, view.text, item.start, item.end)) naming.add(item);
  }
  // A board's tag line under the requirements asks nothing of its own, but it is the same list.
  for (const line of [...view.requirements, ...view.tagLines]) {
    const dependencies = dependenciesIn(ctx.data.stack, line.text);
    if (dependencies >= FRAMEWORK_LIST_MIN)
      out.push(
        finding(
          view,
          'framework-list',
          'warning',
          line,
          `A line naming ${dependencies} frameworks and libraries reads as a wish list, and a longer list does not find a better engineer.`,
          'Keep the two or three the hire will use every day and drop the rest, or move them to Preferred.',
        ),
      );
  }
  // A requirements section made of one-name bullets is the same list, spread over lines.
  const bare = view.requirements.filter((r) => countSpaceSeparated(r.text) <= 4 && naming.has(r));
  if (bare.length >= 10) {
    const first = bare[0] as Span;
    const last = bare[bare.length - 1] as Span;
    out.push(
      finding(
        view,
        'framework-list',
        'warning',
        { start: first.start, end: last.end },
        `${bare.length} requirement lines are just tool names, which reads as a wish list rather than a job.`,
        'Keep the two or three tools the hire will use every day and say what they will do with them.',
      ),
    );
  }

  const title = view.title.text;
  // An edge title ("Senior Edge Engineer") names a layer that renders for a front end, and may name React for that.
  const edgeTitle = !BACKEND_KIND.test(title) && !CLIENT_KIND.test(title) && titleArchetype(title) === 'edge';
  if (edgeTitle || backendTitle(view, ctx)) {
    const hits: Span[] = findAll(anyOf(['full[- ]?stack']), view.text, view.title.start, view.title.end);
    hits.push(...searchBody(view, ['full[- ]?stack'], { sections: ['about', 'first90', 'requirements'] }));
    // A must-have front-end framework, or a duty to build with one, is the other half of a
    // full-stack job, even on an edge role whose endpoints feed a front end. Under an edge title
    // the framework counts where the item asks for front-end work with it ("React components
    // on the account pages"), not for rendering at the edge.
    for (const item of [...view.requirements.filter((r) => !r.preferred), ...view.responsibilities])
      for (const s of namesIn(frontend, view.text, item.start, item.end).values())
        if (
          !/^full[- ]?stack$/i.test(s.text) &&
          !servesTheFrontEnd(view, s, item.end) &&
          (!edgeTitle || clientWork(view.text.slice(item.start, item.end)))
        )
          hits.push(s);
    for (const s of hits)
      out.push(
        finding(
          view,
          'full-stack-creep',
          'warning',
          s,
          `A backend role that also asks for "${quote(s.text)}" describes two jobs, and people who fit both are rare.`,
          'Keep the backend work in this JD, and open a separate front-end or full-stack role if the team needs one.',
        ),
      );
  }

  const named = ctx.stack && ctx.stack.length > 0 ? ctx.stack.slice(0, 3).join(', ') : null;
  // "modern Java frameworks" names its language, and "at least one language such as Go or Python"
  // names it in the examples that follow; "modern data engineering technologies" names nothing.
  const unnamed = (s: Span) => {
    if (namesAny(toolNames, view.text, s.start, s.end)) return false;
    const lineEnd = view.text.indexOf('\n', s.end);
    const end = lineEnd === -1 ? view.text.length : lineEnd;
    return !(EXAMPLES_FOLLOW.test(view.text.slice(s.end, end)) && namesAny(toolNames, view.text, s.end, end));
  };
  for (const s of searchBody(view, ctx.data.phrases.genericTech).filter(
    (s) => unnamed(s) && !aboutTheField(view, s),
  ))
    out.push(
      finding(
        view,
        'generic-tech',
        'warning',
        s,
        `"${quote(s.text)}" names no tool, while naming the stack shows the role is current and decided.`,
        named
          ? `Name it: "${named}".`
          : 'Name the stack: the language, the database and the broker the team actually runs.',
        named,
      ),
    );
  return out;
}
