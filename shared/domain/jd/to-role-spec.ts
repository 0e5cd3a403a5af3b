import { currencies, emptyRoleSpec, ROLE_LIMITS, type RoleSpec, type stackCategories } from '../../roles';
import { STACK_CATEGORY_LABELS, type StackTaxonomy, stackTaxonomy } from '../stack-taxonomy';
import { findPayRange } from './checks/pay-read';
import { cleanJdText } from './clean-text';
import type { JdText } from './document';
import { escapeRegExp } from './text';
import { findLocationInText, type JdLocation, parseLocation, US_STATES } from './us-states';
import { buildView } from './view';

/**
 * "Convert to role spec": an old JD, imported or pasted, read into a fresh role spec.
 * Only what the text states plainly is filled in; everything else is listed as to-do, by the
 * label the intake screen shows, so the recruiter knows what to ask on the intake call.
 */

type Category = (typeof stackCategories)[number];

/** The labels of the fields this conversion fills or lists as to-do, in intake order. */
export const ROLE_FIELD_LABELS = {
  title: 'Title',
  qualifier: 'Qualifier',
  archetype: 'Archetype',
  level: 'Level',
  engagement: 'Engagement',
  owns: 'What the role owns',
  service: 'Named service',
  scale: 'Scale',
  partnerTeam: 'Partner team',
  managerTitle: "Manager's title",
  workMode: 'Work mode',
  city: 'City',
  state: 'State',
  releaseCadence: 'Release cadence',
  first90Days: 'First 90 days',
  mustHaves: 'Must-haves',
  preferred: 'Preferred',
  pay: 'Pay range',
  bonusEquity: 'Bonus and equity',
  benefits: 'Benefits',
  company: 'Company',
  companyBlurb: 'Company blurb',
  industry: 'Industry',
  environment: 'Environment',
} as const;

export interface JdToRoleSpecOutcome {
  spec: RoleSpec;
  recognised: string[];
  todo: string[];
}

/** A name as a pattern: short names must match their case ("Go", not "go"), none may sit inside a word. */
function namePattern(name: string): RegExp {
  const flags = name.replace(/[^A-Za-z]/g, '').length <= 4 ? 'g' : 'gi';
  return new RegExp(`(?<![\\w.#+/-])${escapeRegExp(name)}(?![\\w#+/-]|\\.\\w)`, flags);
}

/** Where each taxonomy name first appears in the text (language aliases count), earliest first. */
function stackNamesIn(
  text: string,
  taxonomy: StackTaxonomy,
): { name: string; at: number; categories: Category[] }[] {
  const aliases = new Map(taxonomy.languages.map((l) => [l.name, l.aliases]));
  const found = new Map<string, { name: string; at: number; categories: Category[] }>();
  for (const [category, names] of Object.entries(taxonomy.categories) as [Category, string[]][]) {
    for (const name of names) {
      const spellings = [name, ...(aliases.get(name) ?? []).filter((a) => a.length >= 4 || /[#.]/.test(a))];
      // "Python" is also the alias spelled "python": one pattern each, case rules per spelling.
      let at = Number.POSITIVE_INFINITY;
      for (const spelling of spellings) {
        const pattern = namePattern(spelling.replace(/\s*\(.*\)$/, ''));
        const m = pattern.exec(text);
        if (m) at = Math.min(at, m.index);
      }
      if (!Number.isFinite(at)) continue;
      const entry = found.get(name) ?? { name, at, categories: [] };
      entry.at = Math.min(entry.at, at);
      entry.categories.push(category);
      found.set(name, entry);
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}

const LEVEL_WORDS: [RegExp, NonNullable<RoleSpec['level']>][] = [
  [/\b(?:junior|jr\.?|entry[- ]level|associate|graduate)\b/i, 'junior'],
  [/\b(?:lead|staff|principal)\b/i, 'lead'],
  [/\b(?:senior|sr\.?)\b/i, 'senior'],
  [/\b(?:mid|mid-level|intermediate)\b/i, 'mid'],
];

const clip = (s: string, max: number = ROLE_LIMITS.item) =>
  s.replace(/\s+/g, ' ').trim().slice(0, max).trim();

const itemsOf = (lines: string[]) =>
  lines
    .map((l) => clip(l.replace(/^[-•*]\s*/, '')))
    .filter((l) => l.length > 0)
    .slice(0, ROLE_LIMITS.items);

type WorkMode = NonNullable<RoleSpec['workMode']>;

/** "About the team" (or a team filed as the company) describes the role's team, never the company. */
const TEAM_HEADING = /^(?:about (?:the|this|our)|meet the|the|our) team\b/i;

const MODE_WORD = /\b(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|in[- ]person)\b/gi;
/** MODE_WORD for one test or exec, compiled once: placeLine asks it of every line. */
const MODE_WORD_ONE = new RegExp(MODE_WORD.source, 'i');
const modeOf = (word: string): WorkMode =>
  /^remote/i.test(word) ? 'remote' : /^hybrid/i.test(word) ? 'hybrid' : 'onsite';

/** A line that says where the job is: "Location: Remote (US)", "Work mode: hybrid". */
const LOCATION_LABEL =
  /^\s*(?:[-•*]\s*)?(?:\*\*)?(?:job |work |office )?(?:locations?|workplace(?: type)?|work ?mode|work arrangement|work setting|where you(?:'ll| will) work)(?:\*\*)?\s*[:\-–—]\s*(?:\*\*)?\s*(.+)$/i;
const REGION =
  /^(?:the )?(?:US|U\.S\.?|USA|United States|Canada|UK|United Kingdom|Europe|EU|EMEA|North America|Americas|LATAM|anywhere|worldwide)\b/i;

/** Does the text start with a place: a region, a state, or "City, ST"? */
function startsWithPlace(text: string): boolean {
  const t = text.trim().replace(/^the\s+(?=[A-Z])/, '');
  if (REGION.test(t)) return true;
  const state = /^([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b/.exec(t)?.[1] ?? '';
  if (US_STATES[state] || Object.values(US_STATES).includes(state)) return true;
  const found = findLocationInText(t.slice(0, 80));
  return found !== null && found.city !== '' && t.startsWith(found.city);
}

const EMPLOYMENT_CHIP =
  /\b(?:full[- ]time|part[- ]time|permanent|temporary|contract(?:[- ]to[- ]hire)?|internship|w-?2|1099)\b/gi;

/** A short line that is only a place and a way of working: "Denver, CO - Hybrid", "Remote (US)". */
function placeLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || /^[-•*]\s/.test(t) || !MODE_WORD_ONE.test(t)) return false;
  const rest = t
    .replace(MODE_WORD, ' ')
    .replace(/\bonly\b/gi, ' ')
    // A board's chips beside the place: "Kansas City, MO · Hybrid · Full-time".
    .replace(EMPLOYMENT_CHIP, ' ')
    .replace(/[()[\]\-–—·•|/:;.]+/g, ' ')
    .replace(/\s*,\s*(?:,\s*)*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  if (!rest || REGION.test(rest)) return true;
  const place = parseLocation(rest);
  return place !== null && place.state !== '' && /^[A-Z]/.test(rest);
}

/**
 * The way of working a JD names. A location line ("Location: Remote (US)", "Denver, CO -
 * Hybrid") decides, by the first mode it names; otherwise the first phrase that plainly
 * describes the job ("a hybrid role", "hybrid, Denver", "the role is remote", "fully
 * remote", "work remotely", "hybrid with two office days", "Engineer - Remote"). A bare
 * word ("hybrid cloud", "remote sensing") says nothing.
 */
export function workModeIn(text: string): { mode: WorkMode | null; place: JdLocation | null } {
  // Line by line without splitting: the first location line returns, usually near the top.
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl === -1 ? text.length : nl);
    at = nl === -1 ? text.length + 1 : nl + 1;
    const labelled = LOCATION_LABEL.exec(line)?.[1];
    const where = labelled ?? (placeLine(line) ? line : null);
    if (where === null) continue;
    const word = MODE_WORD_ONE.exec(where)?.[0];
    if (!word) continue;
    const place = parseLocation(where.replace(/\*\*/g, ''));
    return { mode: modeOf(word), place: place?.state ? place : null };
  }
  for (const m of text.matchAll(MODE_WORD)) {
    const word = m[0];
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + word.length, m.index + word.length + 80);
    const phrase = /^remotely$/i.test(word)
      ? /\bwork(?:ing)?\s+(?:fully\s+|entirely\s+)?$/i.test(before)
      : /^\s+(?:role|position|job|schedule|contract|opportunity|arrangement|basis|setup|(?:work|working) (?:model|arrangement|schedule))\b/i.test(
          after,
        ) ||
        /\b(?:role|position|job|this|it|we|team)\s+(?:is|are)\s+(?:an?\s+)?(?:(?:fully|100%|completely|entirely|primarily|mostly)\s+)?$/i.test(
          before,
        ) ||
        /\b(?:fully|100%|completely|entirely)\s+$/i.test(before) ||
        (/\(\s*$/.test(before) && /^\s*\)/.test(after)) ||
        // "Backend Engineer - Remote": the last word of a line, after a dash or bar.
        (/[-–—|·]\s*$/.test(before) && /^[ \t]*(?:\n|$)/.test(after)) ||
        /^\s*(?:[(,\-–—]\s*)?(?:with\s+)?(?:\d|one|two|three|four|five)\s+(?:office\s+)?days?\b/i.test(
          after,
        ) ||
        (/^\s*(?:,|\(|-|–|—|in|within|from|based in|out of)\s+/i.test(after) &&
          startsWithPlace(after.replace(/^\s*(?:,|\(|-|–|—|in|within|from|based in|out of)\s+/i, '')));
    if (phrase) return { mode: modeOf(word), place: null };
  }
  return { mode: null, place: null };
}

/** The JD with control characters gone and a team's section filed with the role, not the company. */
function cleaned(doc: JdText): JdText {
  return {
    title: cleanJdText(doc.title).replace(/\s+/g, ' ').trim(),
    sections: doc.sections.map((s) => {
      const heading = cleanJdText(s.heading).replace(/\s+/g, ' ').trim();
      const id = s.id === 'company' && TEAM_HEADING.test(heading) ? 'about' : s.id;
      return { id, heading, text: cleanJdText(s.text) };
    }),
  };
}

export function jdTextToRoleSpec(raw: JdText, taxonomy: StackTaxonomy = stackTaxonomy): JdToRoleSpecOutcome {
  const spec = emptyRoleSpec();
  const doc = cleaned(raw);
  const view = buildView(doc);
  const text = view.text;
  const sectionText = (id: 'about' | 'first90' | 'requirements' | 'compensation' | 'company') =>
    view
      .sections(id)
      .map((s) => text.slice(s.start, s.end))
      .join('\n');

  // Title and qualifier: "Senior Backend Engineer (Data Platform)".
  const title = doc.title.replace(/\s+/g, ' ').trim();
  const paren = /^(.*?)\s*\(([^()]{1,80})\)\s*$/.exec(title);
  spec.title = clip(paren ? (paren[1] ?? '') : title, ROLE_LIMITS.short);
  spec.qualifier = clip(paren?.[2] ?? '', ROLE_LIMITS.short);
  spec.level = LEVEL_WORDS.find(([re]) => re.test(title))?.[1] ?? null;

  const lower = text.toLowerCase();
  if (/\bcontract[- ]to[- ]hire\b/.test(lower)) spec.engagement = 'contract-to-hire';
  else if (/\b(?:contract|contractor|freelance)\b/.test(`${title} ${sectionText('about')}`.toLowerCase()))
    spec.engagement = 'contract';

  // Stack: taxonomy names into their categories; the first one or two primaries lead.
  const names = stackNamesIn(text, taxonomy);
  const add = (category: Category, name: string) => {
    const list = spec.stack[category];
    if (!list.includes(name) && list.length < ROLE_LIMITS.items) list.push(name);
  };
  for (const n of names) {
    if (n.categories.includes('primary') && spec.stack.primary.length < 2) add('primary', n.name);
    else if (n.categories.includes('secondary') && !spec.stack.primary.includes(n.name))
      add('secondary', n.name);
    for (const c of n.categories) if (c !== 'primary' && c !== 'secondary') add(c, n.name);
  }

  // Requirements: the first six must-haves; the rest, and anything under "preferred", as preferred.
  const must = view.requirements.filter((r) => !r.preferred).map((r) => r.text);
  const nice = view.requirements.filter((r) => r.preferred).map((r) => r.text);
  spec.mustHaves = itemsOf(must.slice(0, ROLE_LIMITS.mustHavesAdvised));
  spec.preferred = itemsOf([...must.slice(ROLE_LIMITS.mustHavesAdvised), ...nice]);
  spec.first90Days = itemsOf(view.responsibilities.map((r) => r.text));

  // Pay: the posted range, annual (an hourly rate is taken as 2,080 hours). A range in a currency
  // the role spec cannot hold stays out, rather than being filed under another currency's sign.
  const pay = findPayRange(view);
  const currency = currencies.find((c) => c === pay?.currency);
  if (pay && currency) {
    const cap = (n: number) => Math.min(ROLE_LIMITS.pay, Math.round(n));
    spec.pay = { min: cap(pay.min), max: cap(pay.max), currency };
  }

  // Work mode and place: a location line first, then phrases that describe the job.
  const working = workModeIn(text);
  spec.workMode = working.mode;
  const place = working.place ?? findLocationInText(text);
  if (place?.state && US_STATES[place.state]) {
    spec.state = place.state;
    spec.city = clip(place.city, ROLE_LIMITS.short);
  }

  // Company: "About Larkspur" names it; the section is the blurb.
  const company = view.sections('company')[0];
  if (company) {
    const named = /^about\s+(?!the company\b|us\b|(?:the|this|our) team\b)(.+)$/i.exec(
      company.heading.trim(),
    );
    if (named?.[1]) spec.company = clip(named[1].replace(/[:.]$/, ''), ROLE_LIMITS.short);
    spec.companyBlurb = sectionText('company').trim().slice(0, ROLE_LIMITS.long);
  }

  // Benefits and bonus: lines of the compensation section that say so.
  const compLines = sectionText('compensation')
    .split('\n')
    .map((l) => l.replace(/^[-•*]\s*/, '').trim());
  const benefits = compLines.filter((l) =>
    /\b(?:benefits?|health|dental|vision|401\(k\)|parental leave|pto|vacation|learning budget)\b/i.test(l),
  );
  if (benefits.length > 0)
    spec.benefits = benefits
      .map((l) => l.replace(/^benefits:\s*/i, ''))
      .join('; ')
      .slice(0, ROLE_LIMITS.long);
  const bonus = compLines.find((l) => /\b(?:bonus|equity|stock|rsus?|options)\b/i.test(l));
  if (bonus) spec.bonusEquity = clip(bonus.replace(/^bonus and equity:\s*/i, ''), ROLE_LIMITS.short);

  const filled = (key: keyof typeof ROLE_FIELD_LABELS): boolean => {
    const v = spec[key];
    if (key === 'pay') return spec.pay.min !== null && spec.pay.max !== null;
    if (Array.isArray(v)) return v.length > 0;
    return v !== null && v !== '';
  };
  const keys = Object.keys(ROLE_FIELD_LABELS) as (keyof typeof ROLE_FIELD_LABELS)[];
  const recognised: string[] = keys.filter(filled).map((k) => ROLE_FIELD_LABELS[k]);
  const todo: string[] = keys.filter((k) => !filled(k)).map((k) => ROLE_FIELD_LABELS[k]);
  for (const c of Object.keys(spec.stack) as Category[]) {
    if (spec.stack[c].length > 0) recognised.push(`Stack: ${STACK_CATEGORY_LABELS[c]}`);
    else if (c === 'primary') todo.push(`Stack: ${STACK_CATEGORY_LABELS[c]}`);
  }
  return { spec, recognised, todo };
}
