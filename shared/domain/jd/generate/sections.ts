import { type RoleSpec, stackCategories } from '../../../roles';
import { LEVEL_PREFIX } from '../types';
import { capitalise, formatPay, type JdFacts, placeholder } from './facts';
import {
  aiTask,
  archetypeTasks,
  CONTRACT_REQUIREMENT,
  depthRequirements,
  environmentPreferred,
  experienceRequirement,
  INDUSTRY_PREFERRED,
  INDUSTRY_TASK,
  INDUSTRY_TASK_BY_ARCHETYPE,
  levelPreferred,
  levelTask,
} from './lines';

/** How many lines each list section aims for. */
export const JD_SHAPE = {
  first90: 6,
  mustHavesMin: 4,
  mustHavesMax: 6,
  preferredMax: 5,
  companySentences: 4,
};

const LEVEL_WORD = /\b(?:junior|jr|senior|sr|staff|principal|lead|head|mid|associate|intern|graduate)\b/i;

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const unique = (lines: string[]) => {
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = l
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** "(Go (gRPC))" -> "Go (gRPC)": one pair of outer brackets comes off, and only when they match. */
export function unbracketed(text: string): string {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return t;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') depth--;
    // The opening bracket closes before the end: "(Go) (gRPC)" is two groups, not one.
    if (depth === 0 && i < t.length - 1) return t;
  }
  return t.slice(1, -1).trim();
}

/** A title that already ends in its own brackets, such as "Backend Engineer (Go)". */
const ENDS_IN_BRACKETS = /\([^()]*(?:\([^()]*\)[^()]*)*\)$/;

/**
 * "Senior Backend Engineer (Data Platform)": the level word added when the title lacks one,
 * and the qualifier in brackets unless the title already ends with a bracketed part.
 */
export function titleText(f: JdFacts): string {
  const { spec } = f;
  const written = spec.title
    .replace(/\(\s*\)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  let title = written || placeholder('job title');
  const prefix = spec.level ? LEVEL_PREFIX[spec.level] : '';
  if (written && prefix && !LEVEL_WORD.test(title)) title = `${prefix} ${title}`;
  if (written && ENDS_IN_BRACKETS.test(title)) return title;
  const qualifier = unbracketed(spec.qualifier).replace(/\s+/g, ' ') || placeholder('qualifier');
  return `${title} (${qualifier})`;
}

/** The domain work that moves a senior offer: only what this role has (payments for money, AI when the stack names it). */
function seniorDomain(f: JdFacts): string {
  const areas = [
    f.spec.industry === 'financial-services' || f.spec.industry === 'e-commerce' ? 'payments' : null,
    f.ai ? 'AI features' : null,
  ].filter((a): a is string => a !== null);
  return areas.length > 0 ? `, and production work on ${areas.join(' or ')}` : '';
}

/** Three sentences: the service and its scale, the team and manager, then where and how often it ships. */
export function aboutText(f: JdFacts): string {
  const { spec } = f;
  const scale = spec.scale.trim() || placeholder('scale, e.g. requests a day');
  const owns = `You will own ${f.service}, which handles ${scale}.`;
  const levelClause = {
    // A contract ends: a junior contractor gets a reviewer, not months of pairing they will not stay for.
    junior: f.contract
      ? ', with a senior engineer reviewing your work'
      : ', with a senior engineer paired with you through your first months',
    mid: '',
    senior: ', and shape how it grows over the next year',
    lead: ', and set the technical direction for the engineers who work on it',
  }[f.level];
  const team = `You will work with ${f.partnerTeam} and report to ${f.manager}${levelClause}.`;
  // The intake counts a metro alone as a location, so the JD names it rather than a placeholder.
  const city = spec.city.trim() || spec.metro.trim() || placeholder('city');
  const place = {
    remote: spec.state.trim() ? `The role is remote within ${spec.state.trim()}` : 'The role is remote',
    hybrid: `The role is hybrid, based in ${city}`,
    onsite: `The role is onsite in ${city}`,
  }[spec.workMode ?? 'hybrid'];
  const where = spec.workMode ? place : `The role is ${placeholder('remote, hybrid or onsite')} in ${city}`;
  const cadence = spec.releaseCadence.trim() || placeholder('release cadence');
  const engagement =
    spec.engagement === 'contract'
      ? ' on a contract engagement'
      : spec.engagement === 'contract-to-hire'
        ? ' on a contract-to-hire basis'
        : '';
  const ships = `${where}${engagement}, and code reaches production through ${cadence}.`;
  return [owns, team, ships].join(' ');
}

/** Six lines: the spec's own first, then the level's, the industry's and the archetype's. */
export function first90Text(f: JdFacts): string {
  const { spec } = f;
  const industry =
    spec.industry && spec.industry !== 'other'
      ? (
          (spec.archetype && spec.archetype !== 'api'
            ? INDUSTRY_TASK_BY_ARCHETYPE[spec.archetype][spec.industry]
            : undefined) ?? INDUSTRY_TASK[spec.industry]
        )(f)
      : null;
  const archetype = spec.archetype ?? 'api';
  const candidates = [
    ...spec.first90Days.map(sentence),
    levelTask(f),
    ...(industry ? [industry] : []),
    ...archetypeTasks(archetype, f).slice(0, 2),
    ...(aiTask(f) ? [aiTask(f) as string] : []),
    ...archetypeTasks(archetype, f).slice(2),
  ];
  // The spec's own lines all stay, however many (the checks say when there are too many); the
  // generated ones only top them up to six.
  return bullets(unique(candidates).slice(0, Math.max(JD_SHAPE.first90, spec.first90Days.length)));
}

/** Four to six must-haves, then a "Preferred:" list with the level's, industry's and environment's lines. */
export function requirementsText(f: JdFacts): string {
  const { spec } = f;
  const own = spec.mustHaves.map(sentence);
  const topUp = [
    experienceRequirement(f),
    ...(f.contract ? [CONTRACT_REQUIREMENT] : []),
    ...depthRequirements(spec.archetype, f),
  ];
  const must = unique([...own.slice(0, JD_SHAPE.mustHavesMax), ...topUp]).slice(
    0,
    Math.max(JD_SHAPE.mustHavesMin, Math.min(own.length, JD_SHAPE.mustHavesMax)),
  );
  const industry = spec.industry && spec.industry !== 'other' ? INDUSTRY_PREFERRED[spec.industry] : null;
  const environment = spec.environment ? environmentPreferred(spec.environment, spec.engagement) : null;
  const preferred = unique([
    ...spec.preferred.map(sentence),
    ...own.slice(JD_SHAPE.mustHavesMax),
    ...(industry ? [industry] : []),
    ...(environment ? [environment] : []),
    ...levelPreferred(f),
  ]);
  // The spec's own lines (its preferred ones and the must-haves past six) stay whole; the
  // generated ones fill up to the cap.
  const cap = Math.max(
    JD_SHAPE.preferredMax,
    spec.preferred.length + Math.max(0, own.length - JD_SHAPE.mustHavesMax),
  );
  const lists = `${bullets(must)}\n\nPreferred:\n${bullets(preferred.slice(0, cap))}`;
  // The caps above may cut the lines that name a stack item: every item the intake picked still
  // reaches the reader, on one line of its own.
  const unnamed = stackLeftOut(f, [aboutText(f), first90Text(f), lists]);
  return unnamed.length > 0 ? `${lists}\n\nAlso in the stack: ${listWords(unnamed)}.` : lists;
}

/** The stack items of the spec that none of the texts names, in the intake's order. */
export function stackLeftOut(f: JdFacts, texts: string[]): string[] {
  const all = texts.join('\n');
  // As written: "REST" is the API style, "at rest" is not.
  const named = (item: string) => {
    const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(all);
  };
  const items = stackCategories.flatMap((c) => f.spec.stack[c]).filter((i) => i.trim());
  return [...new Set(items)].filter((i) => !named(i));
}

/** "A", "A and B", "A, B and C". */
function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The range, bonus and equity, what moves an offer, and the benefits. */
export function compensationText(f: JdFacts): string {
  const { spec } = f;
  const range = formatPay(spec.pay) ?? placeholder('base range');
  const hourly = (spec.pay.max ?? spec.pay.min ?? 1000) < 1000;
  const lines = [f.contract || hourly ? `Rate: ${range}.` : `Base salary: ${range}.`];
  // A contract rarely carries a bonus or equity: the line appears only when the spec names one.
  if (spec.bonusEquity.trim() || !f.contract)
    lines.push(
      `Bonus and equity: ${sentence(spec.bonusEquity.trim() || placeholder('bonus and equity, or base only'))}`,
    );
  const depth = {
    junior: 'what you have built so far and how quickly you find your way around a new codebase',
    mid: `your depth in ${f.primary} and how much of a service you have run on your own`,
    senior: `your depth in ${f.primary} and ${f.database}, distributed-systems experience${seniorDomain(f)}`,
    lead: `the size of the systems and teams you have led, and your depth in ${f.primary} and ${f.database}`,
  }[f.level];
  lines.push(`Where an offer lands in the range depends on ${depth}.`);
  if (spec.engagement === 'contract-to-hire')
    lines.push('Conversion to a permanent role, and the salary it comes with, is agreed before you start.');
  lines.push(`Benefits: ${sentence(spec.benefits.trim() || placeholder('benefits'))}`);
  return lines.join('\n');
}

const MISSION = /\b(?:mission|we believe|our vision|our purpose)\b/i;

/** At most four sentences, the mission line moved last; placeholders when the spec has no blurb. */
export function companyText(f: JdFacts): string {
  const { spec } = f;
  const blurb = spec.companyBlurb.trim().replace(/\s+/g, ' ');
  const name = spec.company.trim() || placeholder('company');
  if (!blurb) {
    const stage = spec.environment === 'startup' ? ` ${placeholder('funding stage')}.` : '';
    return `${name} ${placeholder('what it makes, and for whom')}. ${capitalise(placeholder('scale: customers, volume or team size'))}.${stage}`;
  }
  const sentences = blurb.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)?.map((s) => s.trim()) ?? [blurb];
  const mission = sentences.length > 1 && MISSION.test(sentences[0] ?? '') ? sentences.slice(0, 1) : [];
  const rest = sentences.slice(mission.length);
  const kept = [...rest.slice(0, JD_SHAPE.companySentences - mission.length), ...mission];
  return kept.join(' ');
}

export const SECTION_HEADINGS = {
  title: 'Job title',
  about: 'About the role',
  first90: 'Your first 90 days',
  requirements: 'What you bring',
  compensation: 'Pay and benefits',
} as const;

export function companyHeading(spec: RoleSpec): string {
  return spec.company.trim() ? `About ${spec.company.trim()}` : 'About the company';
}
