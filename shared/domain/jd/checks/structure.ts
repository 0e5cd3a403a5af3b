import type { JdFlatSection } from '../document';
import { isBoilerplateHeading } from '../split';
import { anyOf, BULLET, countSpaceSeparated, findAll, quote, type Span } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';

export const JD_WORDS = { min: 300, max: 700 } as const;
const JD_WORDS_SLACK = 0.05;
const RESPONSIBILITIES = 6;
const MUST_HAVES_MAX = 6;
const ABOUT_SENTENCES = 3;
const COMPANY_SENTENCES = 4;

/** The first section with this id (where a finding about the section as a whole points). */
function sectionSpan(view: JdView, id: 'about' | 'first90' | 'requirements' | 'company'): Span | null {
  const first = view.sections(id)[0];
  if (!first) return null;
  return { start: first.start, end: first.end, text: view.text.slice(first.start, first.end) };
}

/**
 * The sentences of every section with this id, section by section: a JD may split "About the
 * role" in two, and the text between (other sections) is not part of it. A section's own part
 * ends where another subject starts inside it (see `ownPartEnd`); a company section under a
 * legal heading ("Additional information") is not the company's story; and label lines of a
 * job board ("Job type", "Full Time") are not sentences anyone reads as prose.
 */
function sentencesBySection(view: JdView, id: 'about' | 'company'): { section: Span; sentences: Span[] }[] {
  return view
    .sections(id)
    .filter((s) => id !== 'company' || !s.heading || !isBoilerplateHeading(s.heading))
    .map((s) => {
      const end = ownPartEnd(view.text, s.start, s.end);
      return {
        section: { start: s.start, end, text: view.text.slice(s.start, end) },
        sentences: view
          .sentences(s.start, end)
          .filter((x) => isProse(x) && !(id === 'company' ? HIRING_LINE.test(x.text) : isTermsLine(x))),
      };
    });
}

/** "About Acme", "About us", "Who we are": the heading a reader takes for the company's own section. */
const COMPANY_HEADING =
  /^(?:about (?!the (?:role|job|team)\b)|who we are|our (?:company|story)|the company)/i;

/**
 * The company parts the length rule judges. When the posting heads a section "About Acme", that
 * section is the company's story; a tagline under the title or a culture or values part elsewhere
 * is read as part of the page around it, not counted into the story.
 */
function ownCompanyParts(view: JdView): { section: Span; sentences: Span[] }[] {
  const parts = sentencesBySection(view, 'company');
  const headed = parts.filter((part) =>
    COMPANY_HEADING.test(view.sections('company').find((s) => s.start === part.section.start)?.heading ?? ''),
  );
  return headed.length > 0 ? headed : parts;
}

/** A header line of parts joined by bars or dots ("Acme | Engineer | Remote | $180k") is no sentence. */
const HEADER_PARTS = /\s[|·•]\s.*\s[|·•]\s/;
/**
 * Prose ends a sentence, or at least runs on like one: five words or more, some of them in lower
 * case. A label line of capitalised names ("Engineering - Software (Information Technology)") or
 * of figures ("$135k – $150k + super") is a job board's field, not a sentence.
 */
const isProse = (s: Span) => {
  if (HEADER_PARTS.test(s.text)) return false;
  if (/[.!?]["'”’)\]]?$/.test(s.text)) return true;
  const words = s.text.match(/\b\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 5 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
};
/**
 * "This is a W2 position." "No C2C, no sponsorship.": a short line of the engagement's terms is a
 * fact of the contract, not part of the role's introduction.
 */
const TERMS_LINE =
  /\b(?:w-?2|c2c|corp[- ]to[- ]corp|1099|third[- ]part(?:y|ies)|sponsorship|contract(?:-to-hire)?|full[- ]time|part[- ]time|permanent|temp-to-perm)\b/i;
const TERMS_MAX_WORDS = 8;
const isTermsLine = (s: Span) => countSpaceSeparated(s.text) <= TERMS_MAX_WORDS && TERMS_LINE.test(s.text);
/** "Acme is hiring for its Pune centre": the hire's news in the opening, not the company's story. */
const HIRING_LINE = /\b(?:is|are|we're|we are) (?:now |currently )?hiring\b/i;

/** A line that heads a part the splitter does not know ("How we work", "Your first months"). */
const LOOSE_HEADING = /^[*_#\s]*\p{Lu}[^\d.,;!]{0,48}?[*_]*[?:]?$/u;
/** A paragraph about the team, not the company or the role ("Our engineering team is seven people"). */
const TEAM_OPENER =
  /^(?:our|the) (?:[\w-]+ ){0,2}(?:team|group|squad)s? (?:is|are|has|have|owns?|works?|keeps?|builds?)\b/i;

/**
 * Where the section's own part ends: at a short line standing alone as a heading between
 * paragraphs, or at a paragraph that turns to describing the team. A length rule for "About the
 * role" or "About the company" is about that part only, not about everything pasted under it.
 */
function ownPartEnd(text: string, start: number, end: number): number {
  let seenText = false;
  let pos = start;
  let blankBefore = true;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    const line = text.slice(pos, nl).trim();
    if (!line) {
      blankBefore = true;
      pos = nl + 1;
      continue;
    }
    if (seenText && blankBefore) {
      const next = text.slice(nl + 1, end).trimStart();
      const loose =
        countSpaceSeparated(line) <= 6 && LOOSE_HEADING.test(line) && !BULLET.test(line) && next.length > 0;
      if (loose || TEAM_OPENER.test(line)) return pos;
    }
    seenText = true;
    blankBefore = false;
    pos = nl + 1;
  }
  return end;
}

/** The section in which the running count of sentences first goes past the limit. */
function sectionOverLimit(parts: { section: Span; sentences: Span[] }[], limit: number): Span | null {
  let seen = 0;
  for (const part of parts) {
    seen += part.sentences.length;
    if (seen > limit) return part.section;
  }
  return null;
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
    const opener = aboutParts.find((part) => part.sentences.length > 0)?.sentences[0];
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
  const count = view.responsibilities.length;
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
  for (const s of searchBody(view, p.genericResponsibilities, { sections: ['first90', 'about'] }))
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
  const mustHaves = view.requirements.filter((r) => !r.preferred);
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

const ROLE_AFTER = /^[ \t]+(?:engineers?|developers?|architects?|programmers?|roles?|positions?|hires?)\b/i;

const genericByStack = new WeakMap<JdCheckContext['data']['stack'], Set<string>>();

/** Words that do not name a service, in lower case: generic modifiers and every technology. */
function genericWords(stack: JdCheckContext['data']['stack']): Set<string> {
  let generic = genericByStack.get(stack);
  if (!generic) {
    // A technology is not a service ("our Kafka pipeline" names the broker, not the system).
    generic = new Set(
      [...stack.genericModifiers, ...stack.languages, ...stack.frameworks].map((w) => w.toLowerCase()),
    );
    genericByStack.set(stack, generic);
  }
  return generic;
}

function namedService(view: JdView, ctx: JdCheckContext, where: Span | null): JdFinding[] {
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
  const signals = ctx.data.stack.archetypeSignals;
  const present = (Object.keys(signals) as (keyof typeof signals)[]).filter((a) => {
    const hits = new Set(
      searchBody(view, signals[a], { sections: ['about', 'first90', 'requirements'] }).map((s) =>
        s.text.toLowerCase(),
      ),
    );
    return hits.size >= 2;
  });
  if (present.length < 4) return [];
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
