import { boilerplateKindOf } from './boilerplate-kinds';
import type { JdSection } from './document';
import { ADDRESSES_READER, LIST_ITEM } from './text';

/**
 * What a block of a posting is about, read from its words when no known heading says so: the
 * duties, the requirements, the pay and benefits, the company, or the role itself.
 */
export type BlockKind = JdSection['id'];

/** Verbs a duty line opens with ("Design the ledger", "Own on-call"). A requirement opens with a noun. */
const DUTY_VERBS = [
  'add',
  'analy[sz]e',
  'architect',
  'assess',
  'audit',
  'automate',
  'bring',
  'build',
  'champion',
  'clean up',
  'coach',
  'collaborate',
  'contribute',
  'cut',
  'debug',
  'define',
  'deliver',
  'deploy',
  'design',
  'develop',
  'document',
  'drive',
  'establish',
  'evaluate',
  'evolve',
  'expand',
  'extend',
  'extract',
  'fix',
  'guide',
  'harden',
  'help',
  'identify',
  'implement',
  'improve',
  'instrument',
  'integrate',
  'introduce',
  'investigate',
  'join',
  'launch',
  'lead',
  'maintain',
  'manage',
  'mentor',
  'migrate',
  'model',
  'modernize',
  'modernise',
  'monitor',
  'move',
  'operate',
  'optimi[sz]e',
  'own',
  'pair',
  'participate',
  'partner',
  'plan',
  'port',
  'prototype',
  'rebuild',
  'redesign',
  'reduce',
  'refactor',
  'remove',
  'replace',
  'retire',
  'review',
  'rewrite',
  'run',
  'scale',
  'set up',
  'set',
  'shape',
  'ship',
  'simplify',
  'speed up',
  'split',
  'stand up',
  'support',
  'take',
  'test',
  'troubleshoot',
  'tune',
  'turn',
  'upgrade',
  'work',
  'write',
];
const VERB = `(?:${DUTY_VERBS.join('|')})`;

/** A line or sentence that tells the reader what they will do: "Build the ...", "You'll own ...". */
const DUTY_OPENER = new RegExp(
  `^(?:(?:and|then|also|first),? )?${VERB}(?![\\w-])(?! (?:experience|knowledge)\\b)`,
  'i',
);
/**
 * "You will own", "you'd add", "you'll be building", "the new hire will own": a duty anywhere
 * in a sentence of prose, or a sentence that says what the duties are.
 */
const WILL_DO = new RegExp(
  `\\b(?:you|the (?:successful |ideal |new )?(?:candidate|hire|engineer|developer|person)|this (?:person|engineer|hire|role))(?:'ll| will|'d| would|'re going to| are going to| get to)(?: also| then| first| quickly| soon| help)? (?:${VERB}(?![\\w-])(?! (?:with|alongside|closely|from|remotely)\\b)|be (?!working (?:with|alongside))[a-z]+ing\\b)|\\b(?:responsibilities|duties) (?:include|are|will be)\\b|\\b(?:the|this) (?:role|job|position) (?:involves|includes|covers)\\b`,
  'i',
);
const OWNS_SCOPE = /^(?:as (?:an? |the |our )?[^,]{2,60}, )?you(?:'ll| will|'d| would) own\b/i;
/** "Join" names a duty unless what is joined is a team ("you'll join the Rates team"). */
const JOINS_TEAM = /\bjoin(?:ing)? (?:the |our |a )?[\w-]+(?: [\w-]+){0,3} (?:team|squad|group)\b/i;

/** "You have", "You've", "You're fluent in": what the reader brings, said to them. */
const HAVE_OPENER =
  /^you(?:'ve| have| bring| know|'re(?! (?:going to|joining)\b)| are(?! (?:going to|joining)\b))\b/i;

/**
 * Alternatives that each start a word, under one `\b`: V8 then tries them only where a word starts,
 * about twice as fast as a `\b` in front of each (same matches).
 */
const wordStartingAny = (alternatives: string[]) => String.raw`\b(?:${alternatives.join('|')})`;

/**
 * What a requirement says: years, experience with, familiarity, knowledge, a degree, "should have".
 * "What you need to know about..." and "what you should know" lead into facts; they ask for nothing.
 */
const REQUIREMENT = new RegExp(
  `^have\\b|${wordStartingAny([
    String.raw`\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*)?(?:years?|yrs)\b`,
    String.raw`(?:a few|several|many) years\b`,
    String.raw`experience (?:with|in|of|building|designing|running|operating|writing|leading|owning|shipping|working)\b`,
    String.raw`experienced (?:with|in)\b|experience\.?$`,
    String.raw`familiar(?:ity)? with\b`,
    String.raw`(?:knowledge|understanding|command|grasp) of\b`,
    String.raw`proficien(?:t|cy)\b`,
    String.raw`fluen(?:t|cy) (?:in|with)\b`,
    String.raw`comfortable (?:with|in|writing|working|running|reading|owning)\b`,
    String.raw`degree\b|bachelor|master'?s\b|ph\.?d\b|certifi(?:ed|cation)\b`,
    String.raw`track record\b|background in\b|hands-on\b|expertise (?:in|with)\b`,
    String.raw`(?:strong|solid|deep|excellent|good|working) (?:\w+ ){0,2}(?:skills|knowledge|experience|understanding|communication)\b`,
    String.raw`(?:ability|able) to\b`,
    String.raw`(?<!what you(?:'ll| will)? )(?:should|must|will need to|need to) (?:have|know|be (?:comfortable|familiar|fluent|able|experienced|proficient))\b`,
    String.raw`(?:looking for|want|seeking|like) (?:an? )?(?:[\w-]+,? ){0,3}?(?:someone|people|engineers?|developers?|person|candidates?|teammates?|individuals?|rock ?stars?|ninjas?|wizards?|gurus?|hackers?) (?:who|with|that)\b`,
    String.raw`(?:is|are|would be) (?:a )?(?:big |huge )?(?:plus|bonus|nice to have|welcome)\b`,
  ])}`,
  'i',
);

/** What is paid and given: pay words, pay periods, and benefits. */
const PAY = new RegExp(
  wordStartingAny([
    String.raw`(?:salary|salaries|base (?:pay|salary)|compensation|(?:hourly|day|pay) rates?|pay (?:range|band|scale|is|of)|(?:the|our|hourly|annual) pay|per annum)\b`,
    String.raw`(?:equity|stock options?|rsus?|bonus|401\s?\(?k\)?|pension|stipend|allowance|wellness)\b(?! and inclusion)`,
    String.raw`(?:paid time off|pto|vacation|bank holidays|parental leave|sick (?:leave|days)|days? (?:of )?(?:paid )?(?:holiday|vacation|leave|time off))\b`,
    String.raw`(?:learning|training|home office|desk|equipment|conference) budget\b`,
    String.raw`(?:medical|dental|health|vision|life)(?:,| and| &)? (?:dental|vision|insurance|cover|coverage|plans?|benefits)\b`,
    String.raw`we offer\b|benefits\b`,
  ]),
  'i',
);
/** A sum of money: pay as a range or by the period ("$40M raised" is the company's news). */
const MONEY = String.raw`(?:[$£€]\s?\d[\d,.]*\s?[kK]?|\b\d[\d,.]*\s?(?:k|K|usd|USD|eur|EUR|gbp|GBP|cad|CAD)\b)`;
const MONEY_PAID = new RegExp(
  `${MONEY}\\s*(?:(?:-|–|—|to)\\s*(?:${MONEY}|\\d[\\d,.]*\\s?[kK]?)|(?:\\/|per|an?)\\s*(?:hour|hr|year|yr|annum|day|month)\\b)`,
);

/** What a company says of itself in the third person. */
const COMPANY =
  /\b(?:founded|headquartered|customers|clients|employees|investors|backed by|series [a-e]\b|funded|raised|profitable|revenue|our (?:mission|purpose|values|company|founders|story|product|platform|customers|clients|employees|associates|people)|recogni[sz]ed (?:as|by)|top workplaces?|best places? to work|(?:for|in) (?:more than |over |nearly )?(?:\d+|[a-z]+ty|a hundred) years\b|named (?:one of )?(?:an?|the) (?:top|best)\b|we (?:build|make|sell|help|serve|run|are an?|believe)|we're an?)\b/i;

const COMPANY_AGE =
  /^(?:for|in) (?:more than |over |nearly |almost )?(?:\d+|[a-z]+ty|a hundred) years,? (?:we|our|the company)\b/i;

/** What the role is and where it sits: "We're hiring", "this role", "you'll report to". */
const ROLE =
  /\b(?:we(?:'re| are) (?:hiring|looking for an?|seeking an?)|this (?:role|position)|the role|you(?:'ll| will|'d| would) (?:report|join|work (?:with|alongside))|reporting to|(?:is|will be) a member of (?:the|our)|release (?:train|cadence)|continuous (?:deployment|delivery)|(?:deploy|ship|release)(?:s|es|ed)? (?:to production|continuously|several times|many times|weekly|daily|every))\b/i;

/** The kind of one list item or sentence, or null when its words say nothing clear. */
export function unitKind(raw: string): BlockKind | null {
  const text = raw
    .replace(LIST_ITEM, '')
    .replace(/[’‘]/g, "'")
    .replace(/^[*_\s]+/, '')
    .trim();
  if (!text) return null;
  const kind = kindByWords(text, raw);
  // A standing legal paragraph ("will not pay agency fees") says nothing about the job. Asked only
  // when the words name a kind: the legal test is the long one, and without a kind the answer is null.
  if (!kind) return null;
  const legal = boilerplateKindOf(text);
  return legal && legal !== 'pay-policy' ? null : kind;
}

/** The kind the words of a unit (cleaned, and as it was written) name. */
function kindByWords(text: string, raw: string): BlockKind | null {
  // The opening words decide first: a duty opens with a verb, a requirement with what you have.
  if (HAVE_OPENER.test(text)) return 'requirements';
  if (DUTY_OPENER.test(text)) return 'first90';
  // "You'll own the Drop Gateway" in prose states the role's scope; as a list item it is a duty.
  if (OWNS_SCOPE.test(text) && !LIST_ITEM.test(raw)) return 'about';
  if (WILL_DO.test(text.replace(JOINS_TEAM, ''))) return 'first90';
  // "For more than 140 years, we have stood beside our customers": the company's age, not years asked.
  if (COMPANY_AGE.test(text)) return 'company';
  if (REQUIREMENT.test(text)) return 'requirements';
  if (PAY.test(text) || MONEY_PAID.test(text)) return 'compensation';
  if (ROLE.test(text)) return 'about';
  if (COMPANY.test(text) && !ADDRESSES_READER.test(text)) return 'company';
  return null;
}

/**
 * The kind most of the units carry: at least half of them, and more than any other kind. A
 * block whose units say nothing clear, or say several things at once, has no kind.
 */
export function majorityKind(kinds: (BlockKind | null)[]): BlockKind | null {
  if (kinds.length === 0) return null;
  const counts = new Map<BlockKind, number>();
  for (const k of kinds) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: BlockKind | null = null;
  let bestCount = 0;
  let tied = false;
  for (const [k, n] of counts) {
    if (n > bestCount) {
      best = k;
      bestCount = n;
      tied = false;
    } else if (n === bestCount) tied = true;
  }
  if (!best || tied || bestCount * 2 < kinds.length) return null;
  return best;
}

/** Where a sentence ends inside a paragraph: ".", "!" or "?" and a space before a capital. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9$£€])/g;

/** The sentences of one paragraph as [start, end) offsets into it. */
export function sentenceBounds(paragraph: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (const m of paragraph.matchAll(SENTENCE_BREAK)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  bounds.push([start, paragraph.length]);
  return bounds.filter(([a, b]) => /[A-Za-z]/.test(paragraph.slice(a, b)));
}

/** The sentences of one paragraph, its lines joined. */
function sentencesIn(paragraph: string): string[] {
  return sentenceBounds(paragraph).map(([a, b]) => paragraph.slice(a, b).replace(/\s+/g, ' ').trim());
}

/**
 * The units of a block: its list items when it has any (a wrapped item's next line belongs to
 * it), else the sentences of its paragraphs.
 */
export function unitsOfBlock(lines: readonly string[]): string[] {
  const filled = lines.filter((l) => l.trim());
  if (filled.some((l) => LIST_ITEM.test(l))) return filled.filter((l) => LIST_ITEM.test(l));
  return filled
    .join('\n')
    .split(/\n\s*\n/)
    .flatMap(sentencesIn);
}

/** The kind of a block of lines, by what most of its list items or sentences say. */
export function blockKind(lines: readonly string[]): BlockKind | null {
  return majorityKind(unitsOfBlock(lines).map(unitKind));
}
