import { mustHaveYears } from '../infer';
import { anyOf, findAll, quote, type Span } from '../text';
import { type JdArchetype, type JdCheckContext, type JdFinding, LEVEL_PREFIX } from '../types';
import { parseLocation, US_STATES } from '../us-states';
import { finding, type JdView, searchBody } from '../view';
import { languagesIn, nameMatchers, stackNames } from './stack';

const ARCHETYPE_QUALIFIER: Record<JdArchetype, string> = {
  api: 'APIs',
  data: 'Data Platform',
  platform: 'Platform',
  edge: 'Edge',
};

/** Title checks: a qualifier in parentheses, no slash titles, and a level that matches the asks. */
export function titleChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];
  const title = view.title.text;
  const span = { start: view.title.start, end: view.title.end };

  if (!title.trim()) {
    out.push(
      finding(
        view,
        'title-qualifier',
        'warning',
        null,
        'The JD has no title, so nobody can tell what the job is at a glance.',
        suggestTitle(view, ctx, 'Backend Engineer'),
      ),
    );
  } else if (!hasQualifier(title, ctx)) {
    const trailing = trailingSurface(title, ctx);
    const leading = trailing ? null : leadingStack(title, ctx);
    const suggestion = trailing
      ? `${title.slice(0, trailing.at).trim()} (${trailing.surface})`
      : (leading?.fixed ?? suggestTitle(view, ctx, title));
    const where = trailing
      ? `"${trailing.surface}" after a ${trailing.mark === ',' ? 'comma' : 'dash'}`
      : leading && `"${leading.names.join(', ')}" ahead of the role`;
    out.push(
      finding(
        view,
        'title-qualifier',
        'warning',
        span,
        where
          ? `The title names ${where}; set in parentheses it is read as the qualifier that screens the pool before anyone calls.`
          : 'The title names no stack or surface in parentheses, and that qualifier is what screens the pool before anyone calls.',
        suggestion,
        suggestion.startsWith('Add') ? null : suggestion,
      ),
    );
  }

  const slashes = roleSlashes(title);
  if (slashes.length > 0) {
    const fixed = firstRole(title, slashes);
    out.push(
      finding(
        view,
        'slash-title',
        'warning',
        span,
        'A title that joins roles with slashes reads as a team that could not decide, and strong candidates skip it.',
        `Pick the one job this is: "${fixed}".`,
        fixed,
      ),
    );
  }

  out.push(...levelMismatch(view, ctx));
  return out;
}

/** Words that name a role, or the half of one a slash title splits ("Backend / DevOps Engineer"). */
const ROLE_WORD =
  /^(?:engineers?|developers?|devs?|devops|dev-?ops|sre|sres|full-?stack|back-?end|front-?end|architects?|programmers?|administrators?|admins?|analysts?|scientists?|designers?|testers?|qa|managers?|consultants?|specialists?|leads?)$/i;
/** A role noun that can end a title ("Backend Engineer"), as opposed to an area ("Backend"). */
const TITLE_NOUN =
  /^(?:engineers?|developers?|architects?|programmers?|administrators?|analysts?|scientists?|designers?|testers?|managers?|consultants?|specialists?|leads?|sres?)$/i;

/** Parenthesised parts of a title blanked out, offsets kept. */
const outsideParens = (title: string) => title.replace(/\([^)]*\)?/g, (m) => ' '.repeat(m.length));

/**
 * The slashes of a title (outside parentheses) that join roles: a role word right beside the
 * slash on either side. Slashes between short tokens ("AI/ML", "C/C++", "CI/CD") are left alone.
 */
export function roleSlashes(title: string): number[] {
  const outside = outsideParens(title);
  const found: number[] = [];
  for (let i = outside.indexOf('/'); i !== -1; i = outside.indexOf('/', i + 1)) {
    const left = /([^\s/]+)\s*$/.exec(outside.slice(0, i))?.[1] ?? '';
    const right = /^\s*([^\s/]+)/.exec(outside.slice(i + 1))?.[1] ?? '';
    const word = (w: string) => w.replace(/^[^A-Za-z0-9+#]+|[^A-Za-z0-9+#]+$/g, '');
    if (ROLE_WORD.test(word(left)) || ROLE_WORD.test(word(right))) found.push(i);
  }
  return found;
}

/**
 * "Backend / Full-Stack / DevOps Engineer" -> "Backend Engineer"; "Senior Backend/DevOps
 * Engineer (Go)" -> "Senior Backend Engineer (Go)". Built from the text outside the
 * parentheses (split only at the slashes that join roles), the qualifier put back after.
 */
/** The roles a slash title joins, as written between its role slashes ("Backend", "DevOps Engineer"). */
export function slashRoles(title: string, slashes = roleSlashes(title)): string[] {
  const cuts = [-1, ...slashes, title.length];
  return cuts.slice(0, -1).map((at, k) => title.slice(at + 1, cuts[k + 1]).trim());
}

function firstRole(title: string, slashes: number[]): string {
  const parts = slashRoles(title, slashes);
  const qualifiers = (title.match(/\([^)]*\)?/g) ?? []).map((q) => q.trim());
  // Parentheses sit in the last part; take them out, they come back at the end.
  const last = outsideParens(parts[parts.length - 1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const first = outsideParens(parts[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const firstWords = first.split(' ').filter(Boolean);
  const lastWords = last.split(' ').filter(Boolean);
  const endsWithNoun = TITLE_NOUN.test(firstWords[firstWords.length - 1] ?? '');
  const tail = lastWords.slice(1).join(' ');
  const base = endsWithNoun || !tail ? first : `${first} ${tail}`;
  return [base, ...qualifiers].join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * What a parenthesis may hold that is not a stack or surface: where and how the job is worked,
 * the contract, a gender marker ("m/f/d"), a place.
 */
const NOT_QUALIFIER_WORD =
  /^(?:remote|hybrid|onsite|on|site|in|office|in-office|wfh|anywhere|worldwide|global|first|only|based|friendly|us|usa|u\.s\.?|uk|eu|emea|apac|latam|americas|europe|canada|full|part|time|full-time|part-time|contract|contractor|to|hire|c2h|temp|temporary|permanent|perm|freelance|w2|1099|m|f|d|w|x|i|gn|all|genders?|and|or|days?|week|per|\d+)$/i;

function isQualifier(content: string, ctx: JdCheckContext): boolean {
  // A title read out of a post's sentence ends in its stop: "... in Austin, TX!" names a place.
  const text = content.trim().replace(/[.!?]+$/, '');
  if (text.length < 2 || text.length > 40) return false;
  // A named stack always qualifies, whatever else the parenthesis says ("Go, remote").
  if (nameMatchers(stackNames(ctx.data.stack)).some((re) => findAll(re, text).length > 0)) return true;
  if (parseLocation(text)?.state && /,/.test(text)) return false;
  // What is left once the work mode, contract and gender words are gone: nothing, or a place.
  const rest = text
    .split(/[\s,/|&+;·–—-]+/)
    .filter((w) => w && !NOT_QUALIFIER_WORD.test(w))
    .join(' ')
    .toLowerCase();
  if (!rest) return false;
  const places = new Set([
    ...Object.keys(US_STATES).map((c) => c.toLowerCase()),
    ...Object.values(US_STATES).map((n) => n.toLowerCase()),
    ...ctx.data.payTransparency.laws.flatMap((l) => (l.cities ?? []).map((c) => c.toLowerCase())),
  ]);
  return !places.has(rest);
}

/** Words after a title's comma or dash that name the role's area or terms, not a stack or surface. */
const NOT_SURFACE =
  /^(?:back[- ]?end|front[- ]?end|full[- ]?stack|software|engineering|engineer|developer|development|i{1,3}|iv|v|contract|contractor|full[- ]time|part[- ]time|temporary|permanent|\d+(?:[- ]months?)?(?: contract)?|\d+-month contract)$/i;

/** Whether the title names a stack or surface in parentheses ("(Go)", "(APIs)"), the form the template asks for. */
function hasQualifier(title: string, ctx: JdCheckContext): boolean {
  return [...title.matchAll(/\(([^()]*)\)/g)].some((m) => isQualifier(m[1] ?? '', ctx));
}

/** The words of a title up to its role noun: "Sr. Java" + " Backend Developer". */
const UP_TO_ROLE_NOUN =
  /^(.{1,40}?)\s+(?:back[- ]?end |software |server[- ]side )?(?:engineer|developer|programmer)\b/i;

/**
 * The stack a title names ahead of its role noun ("Sr. Java Backend Developer"), and the title
 * with it moved into the parentheses ("Sr. Backend Developer (Java)"). Run into the role's words
 * it reads as part of the role, not as the qualifier that screens the pool.
 */
function leadingStack(title: string, ctx: JdCheckContext): { names: string[]; fixed: string } | null {
  const lead = UP_TO_ROLE_NOUN.exec(title);
  if (!lead?.[1]) return null;
  const found = nameMatchers(stackNames(ctx.data.stack))
    .flatMap((re) => findAll(re, lead[1] as string))
    .sort((a, b) => a.start - b.start)
    .filter((s, k, all) => k === 0 || s.start >= (all[k - 1] as Span).end);
  if (found.length === 0) return null;
  let rest = '';
  let at = 0;
  for (const s of found) {
    rest += title.slice(at, s.start);
    at = s.end;
  }
  const names = found.map((s) => s.text);
  const role = `${rest}${title.slice(at, lead[0].length)}`.replace(/\s+/g, ' ').trim();
  return { names, fixed: `${role} (${names.join(', ')})${title.slice(lead[0].length)}` };
}

/**
 * The surface a job board's title names after a comma or dash ("Senior Backend Engineer, Ledger",
 * "Software Engineer - Payments Platform"): what belongs in the parentheses. A role area
 * ("- Backend"), a grade ("II") or a place is none. `at` is where the comma or dash starts.
 */
function trailingSurface(
  title: string,
  ctx: JdCheckContext,
): { surface: string; mark: string; at: number } | null {
  if (/\(/.test(title)) return null;
  const parts = [...title.matchAll(/(,|\s[-–—|]\s)\s*([^,]+?)\s*(?=,|\s[-–—|]\s|$)/g)];
  for (const [k, m] of parts.entries()) {
    const surface = m[2] as string;
    // "- Charlotte, NC": a city, whose state comes after the next comma.
    const next = parts[k + 1];
    const city = next?.[1] === ',' && !!parseLocation(`${surface}, ${next[2]}`)?.state;
    if (!city && !NOT_SURFACE.test(surface) && isQualifier(surface, ctx))
      return { surface, mark: (m[1] as string).trim(), at: m.index };
  }
  return null;
}

/**
 * The title with a qualifier: the level prefix when the context knows it, the stack or surface
 * in parentheses, then whatever parentheses the title already had ("(Remote)", "(m/f/d)").
 */
function suggestTitle(view: JdView, ctx: JdCheckContext, title: string): string {
  const qualifier =
    ctx.stack?.[0] ??
    (ctx.archetype ? ARCHETYPE_QUALIFIER[ctx.archetype] : undefined) ??
    languagesIn(view, ctx, view.requirements.length > 0 ? view.requirements : null)[0];
  const notes = (title.match(/\([^()]*\)/g) ?? []).join(' ');
  let base = title
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  const prefix = ctx.level ? LEVEL_PREFIX[ctx.level] : '';
  if (prefix && !/\b(?:junior|jr|senior|sr|staff|principal|lead|mid)\b/i.test(base))
    base = `${prefix} ${base}`;
  const after = notes ? ` ${notes}` : '';
  if (!qualifier)
    return `Add the stack or surface in parentheses, for example "${base} (Go)${after}" or "${base} (APIs)${after}".`;
  return `${base} (${qualifier})${after}`;
}

type Level = 'junior' | 'mid' | 'senior' | 'lead';

/** "Engineer II", "Intermediate Developer", "Mid-level": a mid title. */
const MID_TITLE = /\b(?:ii|mid(?:-level)?|intermediate)\b/i;

/** Staff, principal and lead titles expect more years than senior ones. */
const LEAD_TITLE = /\b(?:staff|principal|lead|head of|distinguished)\b/i;

function titleLevel(view: JdView, ctx: JdCheckContext): Level | null {
  const p = ctx.data.phrases;
  if (findAll(anyOf(p.juniorTitleWords), view.title.text).length > 0) return 'junior';
  if (LEAD_TITLE.test(view.title.text)) return 'lead';
  if (findAll(anyOf(p.seniorTitleWords), view.title.text).length > 0) return 'senior';
  if (MID_TITLE.test(view.title.text)) return 'mid';
  if (ctx.level === 'junior') return 'junior';
  if (ctx.level === 'senior') return 'senior';
  if (ctx.level === 'lead') return 'lead';
  return null;
}

/** The fewest years a title's level usually asks for: a senior posting asking "3+ years" is a mid role. */
const FEWEST_YEARS: Record<Exclude<Level, 'junior' | 'mid'>, number> = { senior: 4, lead: 5 };
/** The most years a mid title can ask for before it describes a senior or staff hire at a mid price. */
const MID_MOST_YEARS = 7;
/** The most lead's duties (architecture, standards, mentoring) a mid title can ask for. */
const MID_MOST_LEAD_DUTIES = 1;
/** The most years a junior posting can ask for before it describes a mid or senior hire. */
const JUNIOR_MOST_YEARS = 2;

function levelMismatch(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const level = titleLevel(view, ctx);
  if (!level) return [];
  const p = ctx.data.phrases;
  const where = ['about', 'first90', 'requirements'] as const;
  const years = mustHaveYears(view);
  const out: JdFinding[] = [];
  if (level === 'junior') {
    for (const s of searchBody(view, p.seniorExpectations, { sections: [...where] }))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          s,
          `A junior title asking to "${quote(s.text)}" describes a senior job at a junior price, the costly swap that ends in a rewrite.`,
          'Either retitle and re-band the role as senior, or give this work to the team lead and keep the junior scope.',
        ),
      );
    for (const y of years.filter((y) => y.min > JUNIOR_MOST_YEARS))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          y,
          `Asking for ${y.text} under a junior title describes a senior hire at a junior price.`,
          'Ask for 0-2 years for a junior role, or retitle it.',
          '0-2 years',
        ),
      );
  } else if (level === 'mid') {
    // One lead's duty (mentoring a junior) is within a mid role's reach; two or more describe a
    // senior or lead job at a mid price.
    const asks = searchBody(view, p.seniorExpectations, { sections: [...where] });
    if (asks.length >= MID_MOST_LEAD_DUTIES + 1)
      for (const s of asks)
        out.push(
          finding(
            view,
            'level-mismatch',
            'warning',
            s,
            `A mid-level title asking to "${quote(s.text)}" describes a senior or lead job at a mid-level price.`,
            'Either retitle and re-band the role as senior, or give this work to the team lead and keep the mid-level scope.',
          ),
        );
    for (const y of years.filter((y) => y.min > MID_MOST_YEARS))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          y,
          `Asking for ${y.text} under a mid-level title describes a senior or staff hire at a mid-level price.`,
          'Ask for 2-5 years for a mid-level role, or retitle and re-band it as senior.',
        ),
      );
  } else {
    for (const s of searchBody(view, p.juniorSignals, { sections: [...where] }))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          s,
          `"${quote(s.text)}" under a senior title tells seniors the job is junior and tells juniors they are welcome.`,
          'Decide the level: drop the junior wording, or retitle and re-band the role.',
        ),
      );
    const most = Math.max(0, ...years.map((y) => y.min));
    if (years.length > 0 && most < FEWEST_YEARS[level]) {
      const y = years[0] as (typeof years)[number];
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          y,
          `A ${level === 'lead' ? 'staff or lead' : 'senior'} title asking for only ${y.text} of experience describes a ${most <= 2 ? 'junior' : 'mid-level'} hire, and the pipeline fills with people the title does not fit.`,
          `Ask for the experience a ${level === 'lead' ? 'lead' : 'senior'} hire really has, usually ${level === 'lead' ? '8+' : '5+'} years, or retitle the role.`,
          level === 'lead' ? '8+ years' : '5+ years',
        ),
      );
    }
  }
  return out;
}
