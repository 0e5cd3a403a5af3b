import { canadianLocation, findCanadianPlace } from './canada';
import { placedAbroad, placedInCanada } from './checks/pay-currency';
import type { JdText } from './document';
import { workModeIn } from './to-role-spec';
import type { JdArchetype, JdCheckData, JdLevel } from './types';
import { findLocationsInText } from './us-states';
import { buildView, type JdView, searchBody } from './view';

/**
 * What a JD file says about its own role when no role spec comes with it: the level (title
 * first, then the years asked), the archetype (the signal words), the place and the way of
 * working. Each guess carries the words it was read from, so the user can see why.
 */
export interface JdInference {
  level: JdLevel | null;
  levelWhy: string;
  archetype: JdArchetype | null;
  archetypeWhy: string;
  /** "City, ST"; "City, PR, Canada" or "Canada" for a posting placed in Canada; or null. */
  location: string | null;
  workMode: 'remote' | 'hybrid' | 'onsite' | null;
  /** The most years any must-have line asks for (its lower figure), or null. */
  years: number | null;
}

const TITLE_LEVELS: [RegExp, JdLevel][] = [
  [/\b(?:junior|jr\.?|entry[- ]level|associate|graduate|intern|apprentice|trainee)\b/i, 'junior'],
  [/\b(?:staff|principal|lead|head of|distinguished|architect)\b/i, 'lead'],
  [/\b(?:senior|sr\.?|iii)\b/i, 'senior'],
  [/\b(?:mid|mid-level|intermediate|ii)\b/i, 'mid'],
];

/** A roman numeral grade ("Engineer III"): each employer's ladder numbers its levels differently. */
const ROMAN_ONLY = /^(?:ii|iii|iv)$/i;

/** A job board's level label standing alone under the title ("Mid", "Experience level: Senior"). */
const LEVEL_LABEL =
  /^(?:(?:seniority|experience|career|job) level\s*[:|–-]?\s*)?(entry[- ]level|junior|mid(?:[- ]level)?|intermediate|senior(?: level)?|staff|principal|lead)$/i;
const LABEL_LEVELS: [RegExp, JdLevel][] = [
  [/^(?:entry|junior)/i, 'junior'],
  [/^(?:mid|intermediate)/i, 'mid'],
  [/^senior/i, 'senior'],
  [/^(?:staff|principal|lead)/i, 'lead'],
];

/**
 * The level the posting states in its untitled header, or null. It says what this employer
 * means by its grade, so it outweighs a roman numeral in the title.
 */
function statedLevel(view: JdView): { level: JdLevel; text: string } | null {
  for (const s of view.flat.sections) {
    if (s.index < 0 || s.heading) continue;
    for (const line of view.text.slice(s.start, s.end).split('\n')) {
      const m = LEVEL_LABEL.exec(line.trim());
      const level = m && LABEL_LEVELS.find(([re]) => re.test(m[1] as string))?.[1];
      if (level) return { level, text: line.trim() };
    }
  }
  return null;
}

/** "5+ years", "3-5 yrs", "four years" (an HR form spells the figure); not "a total of eight years", a form's sum of schooling and work. */
const YEARS =
  /(?<![\w.])(?<!total of )(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/gi;
const SPELLED: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const yearsOf = (figure: string) => SPELLED[figure.toLowerCase()] ?? Number(figure);

type YearsAsked = { start: number; end: number; text: string; min: number; max: number | null };
const yearsByView = new WeakMap<JdView, YearsAsked[]>();

/** The years each must-have line asks for (the lower figure of "5-8 years"). */
export function mustHaveYears(view: JdView): YearsAsked[] {
  // Inference, the level check and the experience-cap check all ask; the lines are read once.
  const known = yearsByView.get(view);
  if (known) return known.slice();
  const out: YearsAsked[] = [];
  for (const item of view.requirements) {
    if (item.preferred) continue;
    const line = view.text.slice(item.start, item.end);
    YEARS.lastIndex = 0;
    for (let m = YEARS.exec(line); m; m = YEARS.exec(line))
      out.push({
        start: item.start + m.index,
        end: item.start + m.index + m[0].length,
        text: m[0],
        min: yearsOf(m[1] as string),
        max: m[2] ? Number(m[2]) : null,
      });
  }
  yearsByView.set(view, out);
  return out.slice();
}

function levelFromYears(years: number): JdLevel {
  if (years <= 1) return 'junior';
  if (years <= 4) return 'mid';
  if (years <= 7) return 'senior';
  return 'lead';
}

/** Reads the level, archetype, place and way of working from the JD's own words. */
export function inferJdContext(doc: JdText, data: JdCheckData, given?: JdView): JdInference {
  const view = given ?? buildView(doc);
  const title = view.title.text;
  const years = mustHaveYears(view);
  const most = years.length > 0 ? Math.max(...years.map((y) => y.min)) : null;

  let level: JdLevel | null = null;
  let levelWhy = 'neither the title nor the years asked say';
  const titled = TITLE_LEVELS.find(([re]) => re.test(title));
  const stated = statedLevel(view);
  if (stated && (!titled || ROMAN_ONLY.test((titled[0].exec(title) as RegExpExecArray)[0]))) {
    level = stated.level;
    levelWhy = `the posting says "${stated.text}"`;
  } else if (titled) {
    level = titled[1];
    levelWhy = `the title says "${(titled[0].exec(title) as RegExpExecArray)[0]}"`;
  } else if (most !== null) {
    level = levelFromYears(most);
    levelWhy = `the requirements ask for ${most}+ years`;
  }

  const { archetype, archetypeWhy } = inferArchetype(view, data);

  // Everything but the legal paragraphs: a "Location:" line or "Denver, CO or Remote (US)" under
  // the title is metadata, and it is exactly where the place is written.
  let roleText = '';
  let at = 0;
  for (const b of view.boilerplate) {
    if (b.kind === 'metadata') continue;
    roleText += `${view.text.slice(at, b.start)}\n`;
    at = Math.max(at, b.end);
  }
  roleText += view.text.slice(at, Math.min(view.text.length, at + 40_000));
  // A board's menu above the title lists "Remote" among its links: the posting's own lines say
  // how the job is worked, and the page's chrome is asked only when they say nothing.
  const chrome = view.pageChrome ? view.text.slice(view.pageChrome.start, view.pageChrome.end) : '';
  const chromeAt = chrome ? roleText.indexOf(chrome) : -1;
  const own =
    chromeAt < 0 ? roleText : `${roleText.slice(0, chromeAt)}${roleText.slice(chromeAt + chrome.length)}`;
  const fromPosting = workModeIn(own);
  const mode = fromPosting.mode || chromeAt < 0 ? fromPosting : workModeIn(chrome);
  // A remote role is not done where the company sits: the company section's city is its base,
  // which the pay-transparency check weighs on its own, not the role's location. That text is
  // cut only when no location line named the place.
  const companyFree = () => {
    let text = roleText;
    for (const s of view.sections('company')) text = text.replace(view.text.slice(s.start, s.end), '\n');
    return text;
  };
  const place =
    mode.place ??
    findLocationsInText(companyFree())[0] ??
    (mode.mode === 'remote' ? null : (findLocationsInText(roleText)[0] ?? null));
  // "Perth, WA" in a posting placed in Australia is no place in Washington: a posting that
  // names a country outside the US first has no US location, and so no US band or law. One
  // placed in Canada is read for its Canadian city, looked for where a US one would be.
  let location =
    place?.state && !placedAbroad(view) ? `${place.city ? `${place.city}, ` : ''}${place.state}` : null;
  if (placedInCanada(view))
    location = canadianLocation(
      findCanadianPlace(companyFree()) ?? (mode.mode === 'remote' ? null : findCanadianPlace(roleText)),
    );
  return { level, levelWhy, archetype, archetypeWhy, location, workMode: mode.mode, years: most };
}

/**
 * What the title says the job is: "Payments API", "Data Platform", "Infrastructure", "Edge".
 * Tried in order, so "Data Platform" is data and "Payments Platform" is API.
 */
const TITLE_ARCHETYPES: [RegExp, JdArchetype][] = [
  [/\b(?:edge|bff|backend[- ]for[- ]frontend|web platform)\b/i, 'edge'],
  [/\b(?:data|pipelines?|analytics|warehouse|etl|database)\b/i, 'data'],
  [
    /\b(?:infrastructure|infra|devops|site reliability|sre|developer (?:experience|productivity))\b/i,
    'platform',
  ],
  // "Payments Platform" and "Claims Platform" are team names: the product word says the job.
  [/\b(?:apis?|payments?|services|integrations?|ledger|billing|checkout)\b/i, 'api'],
  [/\b(?:platform|cloud)\b/i, 'platform'],
];

/** The kind of backend work a title, or one role of a slash title, names by its words; null when none. */
export function titleArchetype(title: string): JdArchetype | null {
  return TITLE_ARCHETYPES.find(([re]) => re.test(title))?.[1] ?? null;
}

/** A title's word counts as much as two signal words in the body: it is where the employer says what the job is. */
const TITLE_WEIGHT = 2;

/**
 * The archetype whose signal words the text names most, the title's own word counted double;
 * undecided on a tie or below two points ("idempotent APIs" alone under a "Payments" title is
 * an API job; one passing "Kafka" is not a data job).
 */
export function inferArchetype(
  view: JdView,
  data: JdCheckData,
): { archetype: JdArchetype | null; archetypeWhy: string } {
  const signals = data.stack.archetypeSignals;
  const title = view.title.text;
  const titled = TITLE_ARCHETYPES.find(([re]) => re.test(title));
  const scored = (Object.keys(signals) as JdArchetype[])
    .map((a) => {
      const hits = [
        ...new Set(
          searchBody(view, signals[a], { sections: ['about', 'first90', 'requirements'] }).map((s) =>
            s.text.toLowerCase(),
          ),
        ),
      ];
      const fromTitle = titled?.[1] === a ? (titled[0].exec(title) as RegExpExecArray)[0] : null;
      return { a, hits, fromTitle, score: hits.length + (fromTitle ? TITLE_WEIGHT : 0) };
    })
    .sort((x, y) => y.score - x.score);
  const top = scored[0];
  const second = scored[1];
  if (!top || top.score < 2 || top.score <= (second?.score ?? 0))
    return { archetype: null, archetypeWhy: 'no one archetype stands out in the text' };
  const why = [
    ...(top.fromTitle ? [`the title says "${top.fromTitle}"`] : []),
    ...(top.hits.length > 0 ? [`the text names ${top.hits.slice(0, 4).join(', ')}`] : []),
  ];
  return { archetype: top.a, archetypeWhy: why.join('; ') };
}
