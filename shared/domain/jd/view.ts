import { type BoilerplateSpan, findBoilerplate, inBoilerplate } from './boilerplate';
import {
  flattenJd,
  type JdFlat,
  type JdFlatSection,
  type JdSectionId,
  type JdText,
  sectionAt,
} from './document';
import { anyOf, countWords, findAll, linesOf, type Span, sentencesOf } from './text';
import type { JdFinding, JdSeverity } from './types';

/** An item of a list section (a bullet or a line), with whether it sits under "preferred". */
export interface JdItem extends Span {
  preferred: boolean;
}

/** What every check reads: the flat text, its sections, and the list items, computed once per run. */
export interface JdView {
  doc: JdText;
  flat: JdFlat;
  text: string;
  title: Span;
  sections(id: JdSectionId): JdFlatSection[];
  /** Responsibility items (first-90-days sections). */
  responsibilities: JdItem[];
  /** Requirement items, must-haves and preferred alike. */
  requirements: JdItem[];
  /** A board's tag lines among the requirements ("Java, Spring Boot, Kafka"): no asks of their own, but a list the reader reads. */
  tagLines: Span[];
  /** The body text of every section (not headings), for checks that scan the whole JD. */
  bodySpans: { start: number; end: number; id: JdSectionId }[];
  /** Standing legal and ATS paragraphs, left out of the reader-facing checks (see boilerplate.ts). */
  boilerplate: BoilerplateSpan[];
  /** Whether [start, end) touches boilerplate. */
  isBoilerplate(start: number, end: number): boolean;
  /** A job page's menu above the title, where it sits in the text (see JdText.pageTop); no sentences of the job. */
  pageChrome: { start: number; end: number } | null;
  /** Words of the body outside boilerplate: what a reader reads as the job. */
  words: number;
  /** Words of text[start, end) outside boilerplate (job-board label lines count). */
  wordsIn(start: number, end: number): number;
  /** Sentences of a span outside boilerplate. */
  sentences(from: number, to: number): Span[];
}

const PREFERRED_HEADING =
  /^(?:#+\s*)?[*_]*\s*(?:preferred|nice[- ]to[- ]haves?|bonus(?: points)?|pluses|plus\b|a plus|(?:and )?(?:a |big )?plus if|good to have|desired|desirable|extra credit|even better|ideally|it['’]?s a (?:big )?plus|you might also have|we['’]?d (?:love|like)|what (?:would|will) make you stand out|stand out|(?:our |the )?tech(?:nology)? stack|our stack|tech(?:nologies)? we use|tools we use)\b.*$/i;

export function isPreferredHeading(heading: string): boolean {
  return (
    PREFERRED_HEADING.test(heading.trim()) ||
    /\b(?:preferred|nice[- ]to[- ]have|(?:would be|it'?s|also) (?:nice|good|helpful|useful)|bonus|a plus|plus if|not required|optional|extras)\b/i.test(
      heading,
    )
  );
}

/**
 * A job board's line of tags ("Java, Spring Boot, Kafka, AWS, SQL", or its skill chips copied as
 * "Java   Spring Boot   Kafka"): names only, each capitalised, that repeat the stack rather than
 * ask for anything of their own.
 */
const TAG = String.raw`[A-Z0-9][\w.+#/-]*(?: [A-Z0-9][\w.+#/-]*){0,2}(?: \((?:Required|Preferred)\))?`;
const TAG_LINE = new RegExp(`^${TAG}(?:(?:, | {2,})${TAG}){2,}$`);

/** Where a job board's facts box (job type, shift, location) or its page footer begins. */
const BOARD_BOX = /^(?:job details|report job|show more|show less|see more)$/i;

/**
 * A line on what the employer offers, left under the list without a heading of its own ("Salary:
 * $68,000 to $82,000 per year", "Benefits include medical, dental and a 401(k)"): the offer, not
 * an ask.
 */
const OFFER_LINE =
  /^(?:the |our )?(?:base |annual )?(?:salary|pay|compensation|benefits?|perks)(?: range)?(?: for this (?:role|position))?(?:\s*:|\s+(?:include|includes|is|are|starts|ranges)\b)/i;

/**
 * A job board's page furniture copied with the posting, none of it an ask of the employer's: its
 * screening prompt ("Do you have experience in Python?   Yes   No   Skip"), its labels ("Profile
 * insights", "Skills"), and its screener summary ("PHP: 3 years (Required)", a commute
 * town "Tulsa, OK 74103 (Required)") that restates asks the list already makes.
 */
const BOARD_LINE =
  /^(?:do you have [^?]{1,80}\?(?: +(?:yes|no|skip))*|(?:yes|no|skip)(?: +(?:yes|no|skip))+|skills|profile insights|here['’]s how the job qualifications align with your profile\.?|[^:()]{1,40}: \d+\+? years? \((?:required|preferred)\)|[A-Z][\w .'-]+, [A-Z]{2}(?: \d{5})? \((?:required|preferred)\))$/i;

/**
 * A sentence under the requirements on what the hire will do ("In this role you will own the
 * invoicing service", "The candidate will spend the first month at the bench"): a duty, not an
 * ask. "You will have", "you will need" and "you'll be comfortable with" still ask.
 */
const DUTY_SENTENCE =
  /^(?:in this role,? |as (?:an? |the |our )[^,]{1,60}, )?(?:you|the (?:successful |ideal |right )?(?:candidate|hire|person)|this person)(?: will|'ll|’ll) (?!(?:also )?(?:need|have|bring|possess|know|be (?:expected|required|comfortable|able|familiar|someone|an?)\b))/i;

/** A must-have line marked optional inside itself: "Kafka experience is a plus", "(preferred)". */
const PREFERRED_ITEM =
  /\b(?:is|are|would be|will be) (?:a )?(?:big |huge |strong |nice )?(?:plus|bonus|advantage|nice[- ]to[- ]have)\b|\((?:a )?(?:plus|preferred|bonus|nice[- ]to[- ]have|optional)\)|\b(?:preferred|nice[- ]to[- ]have|a plus)\.?$|^(?:bonus|plus|preferred|nice[- ]to[- ]have|ideally)\b/i;

/**
 * Items of a list section, from its lines: bullets when there are any, else lines, and a line
 * written as prose ("You'd add two carriers. You'd fix the quote cache.") gives one item per sentence.
 */
function itemsOf(
  lines: (Span & { bullet: boolean })[],
  preferredSection: boolean,
  boilerplate: (start: number, end: number) => boolean,
  tagLines: Span[] = [],
): JdItem[] {
  const hasBullets = lines.some((l) => l.bullet);
  let preferred = preferredSection;
  const items: JdItem[] = [];
  for (const line of lines) {
    const subHeading = !line.bullet && line.text.length <= 60 && /:$/.test(line.text);
    // "Also good" alone between two bullet lists heads the second, as "Nice to have" would.
    const preferredLabel =
      !line.bullet &&
      hasBullets &&
      line.text.length <= 60 &&
      !/[.!?]$/.test(line.text) &&
      isPreferredHeading(line.text);
    if (subHeading || preferredLabel) {
      if (isPreferredHeading(line.text)) preferred = true;
      else if (/\b(?:required|must|minimum|basic)\b/i.test(line.text)) preferred = false;
      continue;
    }
    if (hasBullets && !line.bullet) continue;
    if (!line.bullet && BOARD_BOX.test(line.text)) break;
    if (!line.bullet && TAG_LINE.test(line.text)) {
      tagLines.push({ start: line.start, end: line.end, text: line.text });
      continue;
    }
    if (!line.bullet && (BOARD_LINE.test(line.text) || OFFER_LINE.test(line.text))) continue;
    if (boilerplate(line.start, line.end)) continue;
    const parts = line.bullet ? [] : clausesOf(line.text);
    const spans =
      parts.length > 1
        ? parts.map((p) => ({ ...p, start: line.start + p.start, end: line.start + p.end }))
        : [line];
    for (const part of spans)
      items.push({
        start: part.start,
        end: part.end,
        text: part.text,
        preferred: preferred || PREFERRED_ITEM.test(part.text),
      });
  }
  return items;
}

/** Fewer clauses than this between semicolons, and a line is a sentence that uses a semicolon. */
const SEMICOLON_LIST_MIN = 3;

/**
 * The items a prose line of a list section holds: one per sentence, and one per clause of a
 * sentence that runs a list on with semicolons ("own the API; build the webhook service; redesign
 * the events table.").
 */
function clausesOf(text: string): Span[] {
  return sentencesOf(text, 0, text.length).flatMap((sentence) => {
    const clauses: Span[] = [];
    const re = /[^;]+/g;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      const start = sentence.start + m.index + lead;
      if (body) clauses.push({ start, end: start + body.length, text: body });
    }
    return clauses.length >= SEMICOLON_LIST_MIN ? clauses : [sentence];
  });
}

/**
 * The lines of a list section with hard-wrapped lines joined to the line they continue, as a PDF
 * export or a fixed-width paste breaks a long bullet: a line right below another (no blank line
 * between), with no bullet of its own, continues it when it starts in lower case, the line
 * above stops mid-sentence (after a comma, "and", "or", "with", a hyphen), or it is indented
 * to where the bullet's text starts (a hanging indent).
 */
export function listLinesOf(text: string, from: number, to: number): (Span & { bullet: boolean })[] {
  const joined: (Span & { bullet: boolean })[] = [];
  // The column each item's text starts at: a wrapped line indented to it hangs under the bullet.
  let itemColumn = -1;
  for (const line of linesOf(text, from, to)) {
    const above = joined[joined.length - 1];
    const adjacent = above && !/\n[ \t]*\n/.test(text.slice(above.end, line.start));
    const column = line.start - (text.lastIndexOf('\n', line.start - 1) + 1);
    const continues =
      adjacent &&
      !line.bullet &&
      (/^[a-z]/.test(line.text) ||
        /(?:[,/-]|\b(?:and|or|with|of|in|to|for|the|a|an))$/i.test(above.text) ||
        (above.bullet && column > 0 && column === itemColumn));
    if (continues && above) {
      above.end = line.end;
      above.text = `${above.text} ${line.text}`;
    } else {
      joined.push({ ...line });
      itemColumn = column;
    }
  }
  return joined;
}

/**
 * Responsibility items over every duties section. When one of them is a bulleted list, that
 * list is the duties, and a prose section beside it ("Your first months: in month one you'll...")
 * narrates them rather than adding more.
 */
function responsibilitiesOf(
  text: string,
  duties: JdFlatSection[],
  boilerplate: (start: number, end: number) => boolean,
): JdItem[] {
  const lines = duties.map((s) => listLinesOf(text, s.start, s.end));
  const listed = lines.filter((l) => l.some((line) => line.bullet));
  return (listed.length > 0 ? listed : lines).flatMap((l) => itemsOf(l, false, boilerplate));
}

/**
 * Requirement items over every requirements section. When the must-haves are a bulleted list, a
 * paragraph beside it under a heading of its own portrays the person the list asks for ("Who
 * you are": "We want a curious engineer. You stay calm...") or tells the stack ("Our stack": "We
 * run Go on ECS. Builds go through Buildkite."): its sentences are not read as asks one by one,
 * as they are in a posting that writes all its requirements as prose. A line of one sentence
 * there ("Bachelor's degree in computer science is required.") is still an item.
 */
function requirementsOf(
  text: string,
  sections: JdFlatSection[],
  boilerplate: (start: number, end: number) => boolean,
  tagLines: Span[],
): JdItem[] {
  const lines = sections.map((s) => listLinesOf(text, s.start, s.end));
  const bulleted = (l: (Span & { bullet: boolean })[]) => l.some((line) => line.bullet);
  const listed = sections.some((s, i) => !isPreferredHeading(s.heading) && bulleted(lines[i] ?? []));
  return sections.flatMap((s, i) => {
    const own = lines[i] ?? [];
    const kept =
      listed && !bulleted(own)
        ? own.filter((line) => sentencesOf(line.text, 0, line.text.length).length < 2)
        : own;
    return itemsOf(kept, isPreferredHeading(s.heading), boilerplate, tagLines).filter(
      (item) => !DUTY_SENTENCE.test(item.text),
    );
  });
}

/** The heading Indeed puts over the employer's own text, under its summary of the job. */
const FULL_DESCRIPTION = /^full job description$/i;

export function buildView(doc: JdText): JdView {
  const flat = flattenJd(doc);
  const text = flat.text;
  const byId = new Map<JdSectionId, JdFlatSection[]>();
  for (const s of flat.sections) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  const sections = (id: JdSectionId) => byId.get(id) ?? [];
  const title = flat.sections[0] as JdFlatSection;
  const boilerplate = findBoilerplate(flat);
  const isBoilerplate = (start: number, end: number) => inBoilerplate(boilerplate, start, end);
  const bodySpans = flat.sections.map((s) => ({ start: s.start, end: s.end, id: s.id }));
  // Job-board lines ("Location: Remote", "Salary: ...") and the working conditions are the job's,
  // which the reader reads; the standing legal and process paragraphs, and the page's menu above
  // the title, are left out of the length.
  const uncounted: { start: number; end: number }[] = boilerplate.filter(
    (b) => b.kind !== 'metadata' && b.kind !== 'conditions',
  );
  const chrome = doc.pageTop?.trim();
  const chromeAt = chrome ? text.indexOf(chrome, title.end) : -1;
  const pageChrome = chrome && chromeAt >= 0 ? { start: chromeAt, end: chromeAt + chrome.length } : null;
  if (pageChrome) uncounted.push(pageChrome);
  // Indeed's summary above "Full job description" is pulled from the employer's text below it.
  const employerText = flat.sections.find((s) => FULL_DESCRIPTION.test(s.heading));
  if (employerText) uncounted.push({ start: title.end, end: employerText.headingStart });
  uncounted.sort((a, b) => a.start - b.start);
  // The length check asks again for each section's words, which the total already counted.
  const counted = new Map<string, number>();
  const wordsIn = (start: number, end: number) => {
    const key = `${start}:${end}`;
    const known = counted.get(key);
    if (known !== undefined) return known;
    let words = 0;
    let at = start;
    for (const b of uncounted) {
      if (b.end <= at || b.start >= end) continue;
      if (b.start > at) words += countWords(text.slice(at, b.start));
      at = Math.max(at, b.end);
    }
    if (at < end) words += countWords(text.slice(at, end));
    counted.set(key, words);
    return words;
  };
  let words = 0;
  // A reader's word count takes in the headings too.
  for (const s of flat.sections) words += wordsIn(s.headingStart, s.end);
  const tagLines: Span[] = [];
  const requirements = requirementsOf(text, sections('requirements'), isBoilerplate, tagLines);
  return {
    doc,
    flat,
    text,
    title: { start: title.start, end: title.end, text: text.slice(title.start, title.end) },
    sections,
    responsibilities: responsibilitiesOf(text, sections('first90'), isBoilerplate),
    requirements,
    tagLines,
    bodySpans,
    pageChrome,
    boilerplate,
    isBoilerplate,
    words,
    wordsIn,
    sentences: (from, to) => sentencesOf(text, from, to).filter((x) => !isBoilerplate(x.start, x.end)),
  };
}

/** Builds a finding; the section comes from where the span starts. */
export function finding(
  view: JdView,
  id: JdFinding['id'],
  severity: JdSeverity,
  span: { start: number; end: number } | null,
  message: string,
  fix: string | null,
  replacement: string | null = null,
): JdFinding {
  if (!span) return { id, severity, start: 0, end: 0, message, fix, replacement, section: null };
  const section = sectionAt(view.flat, span.start);
  return { id, severity, start: span.start, end: span.end, message, fix, replacement, section };
}

/** Every match of the patterns in the body text of the JD (headings excluded), optionally some sections only. */
export function searchBody(
  view: JdView,
  patterns: readonly string[],
  options: {
    sections?: JdSectionId[];
    literal?: boolean;
    caseSensitive?: boolean;
    /** Search the boilerplate too (a check about the whole posting, such as "other duties"). */
    withBoilerplate?: boolean;
    /** A hyphen joining letters is part of the word: "driven" does not match in "event-driven". */
    compound?: boolean;
  } = {},
): Span[] {
  if (patterns.length === 0) return [];
  // Inference and the checks ask the same questions of one view (the archetype signals, for
  // one): a repeat is answered from the first pass.
  let byPatterns = searched.get(view);
  if (!byPatterns) {
    byPatterns = new Map();
    searched.set(view, byPatterns);
  }
  let byOptions = byPatterns.get(patterns);
  if (!byOptions) {
    byOptions = new Map();
    byPatterns.set(patterns, byOptions);
  }
  const key = JSON.stringify(options);
  const known = byOptions.get(key);
  if (known) return known.slice();
  const spans = searchOnce(view, patterns, options);
  byOptions.set(key, spans);
  return spans.slice();
}

type SearchOptions = NonNullable<Parameters<typeof searchBody>[2]>;
const searched = new WeakMap<JdView, Map<readonly string[], Map<string, Span[]>>>();

function searchOnce(view: JdView, patterns: readonly string[], options: SearchOptions): Span[] {
  const re = anyOf(patterns, options);
  const spans: Span[] = [];
  // One segment at a time: the boilerplate a search leaves out is skipped rather than matched and
  // thrown away, which is most of the work on a long legal tail. A segment starts at a line start,
  // so its slice loses no word boundary.
  for (const segment of segmentsOf(view, options.sections, !options.withBoilerplate))
    findAll(re, view.text, segment.start, segment.end, spans);
  return spans;
}

type Segment = { start: number; end: number };
const segmentsByView = new WeakMap<JdView, Map<string, Segment[]>>();

/** The body text of the chosen sections, less the boilerplate when asked: spans in text order. */
function segmentsOf(view: JdView, sections: JdSectionId[] | undefined, skipBoilerplate: boolean): Segment[] {
  let byKey = segmentsByView.get(view);
  if (!byKey) {
    byKey = new Map();
    segmentsByView.set(view, byKey);
  }
  const key = `${sections?.join(',') ?? '*'}|${skipBoilerplate}`;
  const known = byKey.get(key);
  if (known) return known;
  const segments: Segment[] = [];
  for (const s of view.bodySpans) {
    if (sections && !sections.includes(s.id)) continue;
    let at = s.start;
    if (skipBoilerplate)
      for (const b of view.boilerplate) {
        if (b.end <= at || b.start >= s.end) continue;
        if (b.start > at) segments.push({ start: at, end: b.start });
        at = Math.max(at, b.end);
      }
    if (at < s.end) segments.push({ start: at, end: s.end });
  }
  byKey.set(key, segments);
  return segments;
}
