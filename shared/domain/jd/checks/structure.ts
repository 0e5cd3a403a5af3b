import type { JdFlatSection } from '../document';
import { titleArchetype } from '../infer';
import { anyOf, findAll, quote, type Span } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';
import { namedService } from './named-service';
import { ownCompanyParts, sectionOverLimit, sentencesBySection } from './section-sentences';
import { CLIENT_KIND } from './stack';
import { slashRoles } from './title';

export const JD_WORDS = { min: 300, max: 700 } as const;
const JD_WORDS_SLACK = 0.05;
const RESPONSIBILITIES = 6;
const MUST_HAVES_MAX = 6;
const ABOUT_SENTENCES = 3;
const COMPANY_SENTENCES = 4;

/**
 * A degree that takes equivalent experience in its place ("Bachelor's in CS or a related field, or
 * an equivalent combination of education and experience") is a floor every qualified applicant
 * clears, not one of the stack and depth asks that decide the hire.
 */
const OPEN_DEGREE =
  /\b(?:degree|bachelor['’]?s|master['’]?s|B\.?S\.?|diploma)\b.*\bor (?:an? )?(?:equivalent|comparable)\b/i;

/** The first section with this id (where a finding about the section as a whole points). */
function sectionSpan(view: JdView, id: 'about' | 'first90' | 'requirements' | 'company'): Span | null {
  const first = view.sections(id)[0];
  if (!first) return null;
  return { start: first.start, end: first.end, text: view.text.slice(first.start, first.end) };
}

const SECTION_NAMES: Record<JdFlatSection['id'], string> = {
  title: 'the title',
  about: 'About the role',
  first90: 'the responsibilities',
  requirements: 'the requirements',
  compensation: 'the pay and benefits',
  company: 'About the company',
};

/** A section as the reader sees it: its own heading when it has one. */
const sectionName = (s: JdFlatSection) => (s.heading ? `"${quote(s.heading, 40)}"` : SECTION_NAMES[s.id]);

/** The fix for a long JD: the longest sections by name, with what each may keep. */
function whatToCut(view: JdView, words: number): string {
  const keep: Partial<Record<JdFlatSection['id'], string>> = {
    about: 'three sentences',
    company: 'four sentences',
    first90: 'six items',
    requirements: 'six must-haves',
  };
  const longest = view.flat.sections
    .filter((s) => s.index >= 0)
    .map((s) => ({ s, words: view.wordsIn(s.start, s.end) }))
    .filter((x) => x.words > 0)
    .sort((a, b) => b.words - a.words)
    .slice(0, 2);
  const over = words - JD_WORDS.max;
  const parts = longest.map(
    ({ s, words: n }) => `${sectionName(s)} (${n} words${keep[s.id] ? `; keep ${keep[s.id]}` : ''})`,
  );
  return `Cut about ${over} words, starting with the longest parts: ${parts.join(' and ')}. Drop lines that would fit any job.`;
}

/** The fix for a thin JD: the parts a reader looks for that it lacks. */
function whatToAdd(view: JdView): string {
  const missing = [
    view.sections('about').length === 0 ? 'the service the hire owns and its scale' : null,
    view.responsibilities.length === 0
      ? 'six concrete first-90-day items'
      : view.responsibilities.length === RESPONSIBILITIES - 1
        ? 'one more concrete first-90-day item'
        : view.responsibilities.length < RESPONSIBILITIES
          ? `${RESPONSIBILITIES - view.responsibilities.length} more concrete first-90-day items`
          : null,
    view.requirements.length === 0 ? 'the must-have skills' : null,
    view.sections('compensation').length === 0 ? 'the pay range and benefits' : null,
  ].filter((x): x is string => x !== null);
  return missing.length > 0
    ? `Add ${missing.join(', ')}.`
    : 'Say more about the service the hire owns, its scale and the team: each part is there but short.';
}

/** Shape checks: length, about-the-role, responsibilities, requirements, about-the-company, named service, archetype. */
export function structureChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];
  const p = ctx.data.phrases;

  // Word counters disagree by a few percent (hyphens, figures, links), and no reader notices a
  // dozen words either side of the range: only a count clearly outside it is a finding.
  const words = view.words;
  if (words < JD_WORDS.min * (1 - JD_WORDS_SLACK) || words > JD_WORDS.max * (1 + JD_WORDS_SLACK))
    out.push(
      finding(
        view,
        'jd-length',
        'warning',
        null,
        words < JD_WORDS.min
          ? `At ${words} words the JD is too thin for an engineer to judge the job; ${JD_WORDS.min}-${JD_WORDS.max} words is the range that gets read.`
          : `At ${words} words the JD is longer than most engineers will read; ${JD_WORDS.min}-${JD_WORDS.max} words is the range that gets read.`,
        words < JD_WORDS.min ? whatToAdd(view) : whatToCut(view, words),
      ),
    );

  // About the role: three sentences over all its sections, and no mission opener.
  // "About the team" beside "About the role" describes other people: each is judged on its own.
  const aboutAll = sentencesBySection(view, 'about');
  const teamPart = (part: { section: Span }) =>
    /\bteam\b/i.test(view.sections('about').find((s) => s.start === part.section.start)?.heading ?? '');
  const roleParts = aboutAll.filter((part) => !teamPart(part));
  const aboutParts = roleParts.length > 0 ? roleParts : aboutAll;
  const about = sectionSpan(view, 'about');
  if (about) {
    const overRole = sectionOverLimit(aboutParts, ABOUT_SENTENCES);
    const overTeam = aboutAll.filter(teamPart).find((part) => part.sentences.length > ABOUT_SENTENCES);
    const over = overRole ?? overTeam?.section ?? null;
    const total = overRole
      ? aboutParts.reduce((n, part) => n + part.sentences.length, 0)
      : (overTeam?.sentences.length ?? 0);
    if (over)
      out.push(
        finding(
          view,
          'about-role-length',
          'warning',
          over,
          `${overRole ? 'About the role' : 'The part about the team'} runs to ${total} sentences, and readers scroll past anything over ${ABOUT_SENTENCES}.`,
          'Keep three sentences: the service owned and its scale, the team and manager, then where the work happens and how often you ship.',
        ),
      );
    // The opening is the one a reader meets, whatever the count puts elsewhere.
    const opener = aboutParts.find((part) => part.written.length > 0)?.written[0];
    if (
      opener &&
      findAll(anyOf([...p.missionOpeners, ...p.companyOpeners], { compound: true }), opener.text).length > 0
    )
      out.push(
        finding(
          view,
          'about-role-length',
          'warning',
          opener,
          'About the role opens with the company story instead of the job, and that is where readers decide to keep going.',
          'Move this sentence to About the company and open with the service the hire will own.',
        ),
      );
  }

  // Responsibilities: six specific lines.
  const first90 = sectionSpan(view, 'first90');
  // "Other duties as assigned" as a list item is no duty of its own: other-duties names it.
  const otherDuties = anyOf(p.otherDuties);
  const count = view.responsibilities.filter((r) => findAll(otherDuties, r.text).length === 0).length;
  if (!first90)
    out.push(
      finding(
        view,
        'responsibilities-count',
        'warning',
        null,
        'The JD lists no responsibilities, so the reader cannot tell what the first months of the job look like.',
        'Add six specific first-90-day items, each naming the service, integration or project.',
      ),
    );
  else if (count !== RESPONSIBILITIES)
    out.push(
      finding(
        view,
        'responsibilities-count',
        count < 4 || count > 8 ? 'warning' : 'info',
        first90,
        `${count === 1 ? 'There is 1 responsibility' : `There are ${count} responsibilities`} where six specific ones work best: fewer look thin, more look like a wish list.`,
        count > RESPONSIBILITIES
          ? 'Keep the six the hire will really do first and cut the rest.'
          : 'Add concrete items until there are six, each naming the service or project it touches.',
      ),
    );
  // A duty that fits any job says as little in the role's prose ("In this role you'll write
  // high-quality, efficient, and maintainable code") as in the bullet list; the company's story
  // and the requirements are other things.
  // A line set in quotation marks is named, not written ("cut lines such as "ensure system reliability"").
  const quoted = (s: Span) =>
    '"“'.includes(view.text[s.start - 1] ?? '_') && '"”'.includes(view.text[s.end] ?? '_');
  for (const s of searchBody(view, p.genericResponsibilities, { sections: ['first90', 'about'] }).filter(
    (s) => !quoted(s),
  ))
    out.push(
      finding(
        view,
        'responsibilities-count',
        'warning',
        s,
        `"${quote(s.text)}" could be said of any job, so it tells the reader nothing about this one.`,
        'Name the service and the work, for example "cut p95 latency of the orders API below 200 ms".',
      ),
    );

  // Requirements: at most six must-haves.
  const mustHaves = view.requirements.filter((r) => !r.preferred && !OPEN_DEGREE.test(r.text));
  if (mustHaves.length > MUST_HAVES_MAX) {
    const first = mustHaves[0] as Span;
    const last = mustHaves[mustHaves.length - 1] as Span;
    out.push(
      finding(
        view,
        'requirements-count',
        'warning',
        { start: first.start, end: last.end },
        `${mustHaves.length} must-haves read like a committee's list, and strong generalists rule themselves out.`,
        `Keep the ${MUST_HAVES_MAX} that decide the hire and move the rest under Preferred (from "${quote(mustHaves[MUST_HAVES_MAX]?.text ?? '', 40)}" on).`,
      ),
    );
  }

  // About the company: at most four sentences over all its sections, mission line last. A
  // company-story opener ("Founded in...") is where it belongs here; only a mission first is noted.
  const companyParts = ownCompanyParts(view);
  if (companyParts.length > 0) {
    const total = companyParts.reduce((n, part) => n + part.sentences.length, 0);
    const over = sectionOverLimit(companyParts, COMPANY_SENTENCES);
    if (over)
      out.push(
        finding(
          view,
          'about-company-length',
          'warning',
          over,
          `About the company runs to ${total} sentences; the reader wants to know what you do, for whom and at what scale, in four at most.`,
          'Keep four sentences: what the company does, for whom, its scale (and funding stage if it helps), then the mission.',
        ),
      );
    const opener = companyParts.find((part) => part.sentences.length > 0)?.sentences[0];
    if (opener && total > 1 && findAll(anyOf(p.missionOpeners, { compound: true }), opener.text).length > 0)
      out.push(
        finding(
          view,
          'about-company-length',
          'info',
          opener,
          'The company section leads with the mission, when readers first want to know what the company does.',
          'Open with what the company does and for whom, and put the mission line last.',
        ),
      );
  }

  out.push(...namedService(view, ctx, about ?? first90));
  out.push(...archetype(view, ctx));
  return out;
}

/** The kind of work one role of a slash title names: client work, or the archetype its words name; a backend, API or language role is services work. */
const roleKind = (role: string) => (CLIENT_KIND.test(role) ? 'client' : (titleArchetype(role) ?? 'api'));

function archetype(view: JdView, ctx: JdCheckContext): JdFinding[] {
  if (ctx.archetype === null)
    return [
      finding(
        view,
        'archetype-undecided',
        'warning',
        null,
        'The role spec has no archetype picked, and searches that cannot say which backend job this is run past 60 days.',
        'Pick one: API and services, data-intensive, platform, or edge and BFF.',
      ),
    ];
  // "Backend / Platform / DevOps Engineer": a title that joins three roles of more than one kind
  // has not picked one ("Backend Developer / API Engineer / Java Developer" has).
  const roles = slashRoles(view.title.text);
  const joined = roles.length;
  if (joined >= 3 && new Set(roles.map(roleKind)).size >= 2)
    return [
      finding(
        view,
        'archetype-undecided',
        'warning',
        view.title,
        `The title joins ${joined} roles, so no one kind of backend work can be told, and searches for "all of them" run past 60 days.`,
        'Pick the one the hire owns in week one and move the others to "not owned", or to another role.',
      ),
    ];
  // All four kinds named in the role's own text, three of them more than once: one stray word
  // ("a CDN") does not make a scope, and a job that does each kind in earnest names each twice.
  const signals = ctx.data.stack.archetypeSignals;
  const named = (Object.keys(signals) as (keyof typeof signals)[]).map(
    (a) =>
      new Set(
        searchBody(view, signals[a], { sections: ['about', 'first90', 'requirements'] }).map((s) =>
          s.text.toLowerCase(),
        ),
      ).size,
  );
  if (named.some((n) => n === 0) || named.filter((n) => n >= 2).length < 3) return [];
  return [
    finding(
      view,
      'archetype-undecided',
      'warning',
      null,
      'The scope spans all four backend jobs (APIs, data, platform and edge), and searches for "all of them" run past 60 days.',
      'Pick the one the hire owns in week one and move the others to "not owned", or to another role.',
    ),
  ];
}
