import { mustHaveYears } from '../infer';
import { linesOf, quote, type Span } from '../text';
import type { JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';
import { nameMatchers, stackNames } from './stack';

/** Past this many "N+ years of X" lines the requirements read as a technology soup. */
const YEARS_PER_TOOL_MAX = 4;

/** Wording that favours younger applicants (US ADEA guidance names most of these). */
const AGE_CODED = [
  'digital natives?',
  'recent (?:college |university )?grad(?:uate)?s?',
  'fresh (?:college |university )?grad(?:uate)?s?',
  // "a young, curious team", "a young and hungry crew", "our young, energetic engineering team": one
  // or two more words may describe the people after a comma or "and", and one may name their
  // trade ("young and our team" is two clauses).
  "young(?:er)?(?:(?:,(?: and)?| and) (?!(?:our|the|a|an|their|your|its|this|my)\\b)[a-z][a-z'-]*){0,2}(?: (?:dynamic|energetic|hungry|vibrant|ambitious|fun|fast-moving|scrappy|growing))?(?: (?:engineering|dev|development|tech|product|software|backend|data|platform))? (?:team|company|crew|people|talent|professionals?|engineers?|developers?|workforce|blood)",
  '(?:youthful|young at heart)',
  'high[- ]energy (?:young )?(?:team|environment)',
  'graduated? (?:within|in) the (?:last|past) (?:\\d+|one|two|three|few) years?',
  'class of 20\\d\\d',
  'no more than \\d+ years (?:of )?(?:professional )?experience',
];

/** What a lifting ask says is lifted ("boxes", "equipment and supplies"). */
const LOAD = '(?:equipment|objects|items|boxes|materials|packages|supplies|loads)';

/** Physical asks a desk job does not need (lifting, standing, climbing). */
const PHYSICAL = [
  // "lift 50 lbs", "lifts and carries computer equipment and file boxes weighing up to 25 pounds".
  `(?:lift|carr(?:y|ie)|move|push|pull)(?:s|ing)?(?: and (?:carr(?:y|ie)|lift|move)(?:s|ing)?)? (?:(?:[\\w-]+ )?${LOAD}(?: (?:and|or) (?:[\\w-]+ )?${LOAD})?(?: weighing| of)? )?(?:up to |at least )?\\d{2,3} ?(?:pounds|lbs?\\.?|kg|kilograms)`,
  'stand(?:ing)? (?:or walk(?:ing)? )?for (?:long|extended|prolonged) periods',
  'stand(?:ing)? for (?:up to )?\\d+ hours',
  'climb(?:ing)? (?:ladders|stairs|scaffold\\w*)',
  'kneel(?:ing)?,? (?:stoop|crouch|crawl)\\w*',
  '(?:stoop|crouch|crawl)(?:ing)?,? (?:kneel|stoop|crouch|crawl)\\w*',
  // Asked only where the job drives ("...where the job requires driving"), a licence is no barrier.
  "valid driver['’]?s licen[cs]e(?! (?:where|when|if) (?:the|a|your) (?:job|role|position|duties) (?:requires?|involves?|includes?) driving)",
  // A PDF's or a narrow column's line breaks fall anywhere in the sentence: any run of spaces
  // and line breaks between the words reads as one space.
].map((p) => p.replace(/ \?/g, '\\s?').replace(/ /g, '\\s+'));

/** Signals that the worker is a contractor, and signals of an employee's fixed schedule. */
const CONTRACTOR = [
  'independent contractors?',
  '1099(?: contract(?:or)?| basis| role| position)?',
  'corp[- ]to[- ]corp',
  'c2c',
  "(?:you will|you['’]ll) (?:be )?(?:engaged|retained) as a contractor",
  // UK contracting: outside IR35 means the contractor, not the client, controls how and when.
  'outside (?:of )?ir35',
  '(?:through|via) (?:your|their) own (?:limited|ltd\\.?) company',
];
const FIXED_HOURS = [
  'monday(?:\\s*(?:-|–|through|to|thru)\\s*)friday',
  'mon(?:\\s*(?:-|–)\\s*)fri',
  '\\d{1,2}(?::\\d\\d)? ?(?:am|a\\.m\\.)? ?(?:-|–|to) ?\\d{1,2}(?::\\d\\d)? ?(?:pm|p\\.m\\.)',
  // A 24-hour day as UK and European postings write it: "9:00 to 17:30".
  '\\d{1,2}[:.]\\d\\d ?(?:-|–|to|until) ?1\\d[:.]\\d\\d',
  '(?:9|nine) to (?:5|five)',
  '\\d{1,2}-\\d{1,2} (?:daily|each day|every day)',
  '(?:fixed|set|required|mandatory) (?:schedule|hours|shifts?)',
  'core hours (?:of|from) \\d',
  '40 hours (?:per|a|each) week',
];

/** Statements of a work mode, by mode; an option ("remote or hybrid") states neither alone. */
const REMOTE_ONLY = [
  'fully remote',
  '100% remote',
  'remote[- ]first',
  'remote[- ]only',
  '(?:this|the) (?:role|position|job) is (?:fully |entirely |100% )?remote',
  'work from anywhere',
];
const IN_OFFICE = [
  'hybrid',
  '(?:on[- ]?site|in[- ]office|in the office|in-person) (?:\\d|one|two|three|four|five) days',
  // "must be onsite in the Plano, TX office 2 days per week".
  '(?:on[- ]?site|in-person) (?:in|at) (?:the|our) (?:[\\w.,()-]+ ){0,3}office (?:\\d|one|two|three|four|five) days',
  // "three days a week in our Denver office": the office may be named by its city.
  '(?:\\d|one|two|three|four|five) days (?:a|per|each) week (?:in|at) (?:the|our) (?:[\\w.-]+ ){0,2}(?:office|hq|headquarters)',
  '(?:fully|100%) (?:on[- ]?site|in[- ]office)',
  '(?:this|the) (?:role|position|job) is (?:fully )?(?:on[- ]?site|in[- ]office|based in (?:our|the) (?:[\\w.-]+ ){0,2}office)',
  'relocat(?:e|ion) (?:to|is required)',
  // "Tuesdays and Thursdays are office days", "two in-office days a week", "come into our Leeds office".
  // An optional or occasional office day is not a work mode.
  '(?<!(?:occasional|optional|quarterly|monthly|annual|yearly|few|some) )(?:office|in-office) days',
  '(?:come|coming|be|work) (?:in|into|from) (?:the|our) (?:[\\w.-]+ ){0,2}office (?:on|every|each|(?:at least |up to )?(?:\\d|one|two|three|four) days)',
  // "in our Denver (LoDo) office Tuesday through Thursday": office days named by weekday.
  '(?:in|into|at|from) (?:the|our) (?:[\\w.()-]+ ){0,3}office (?:on )?(?:every )?(?:mon|tues|wednes|thurs|fri)days?',
  // "We work out of a shared studio in Brooklyn Tuesday through Thursday".
  '(?:work|working) (?:out of|from|in|at) (?:a|the|our) (?:[\\w.-]+ ){0,2}(?:office|studio|space|hq|headquarters)(?: in [\\w.-]+(?: [\\w.-]+)?)? (?:on )?(?:every )?(?:mon|tues|wednes|thurs|fri)days?',
];

/** The office every working day: "on-site ... five days a week", "fully in-office". */
const OFFICE_EVERY_DAY = [
  '(?:on[- ]?site|in[- ]office|in the office|in-person)\\b[^.\\n]{0,60}?\\b(?:five|5) days (?:a|per|each) week',
  '(?:fully|100%) (?:on[- ]?site|in[- ]office)',
];
/** A hybrid work mode, said in the prose or on a board's work-mode line ("Hybrid"). */
const HYBRID = ['hybrid(?! or remote| and remote|\\s*/\\s*remote)(?<!(?:remote|on-?site) or hybrid)'];

/**
 * A job board's work-mode line that says remote and nothing else ("Remote - US", "Workplace type:
 * Remote"): as firm a statement as "fully remote" in the prose, though it sits with the metadata.
 */
const REMOTE_LINE =
  /^[*_]*(?:(?:location|workplace(?: type)?|work (?:type|model|mode|arrangement)|remote type)[*_]*\s*:\s*(?:[*_]+\s*)?)?(?:fully )?remote(?:\s*(?:[-–,(]\s*)?(?:us|u\.s\.|usa|united states|uk|canada|emea|europe|anywhere|worldwide)\)?|\s+(?:from )?(?:anywhere )?(?:in|within|across) [\p{L} .-]{2,30})?\s*\/?$/iu;

/** A work mode standing alone on its line, as a board's chip prints it ("Remote", "Onsite - Charlotte, NC"). */
const MODE_LINE_MAX = 60;

/**
 * A board's work-mode lines that say what `mode` tests ("Remote - US", "Hybrid"): its field
 * lines part by part and, with `chips`, a mode standing alone on its line in the body. A board's
 * menu holds a "Remote" item above the job, so a remote chip alone says nothing about the job.
 */
function workModeLines(view: JdView, mode: RegExp, chips = false): Span[] {
  const fields = view.boilerplate
    .filter((b) => b.kind === 'metadata')
    .flatMap((b) => linesOf(view.text, b.start, b.end))
    // A board's one-line summary ("Acme · London · Fully remote") holds the work mode as one part.
    .flatMap((line) => metadataParts(line));
  const alone = chips
    ? view.bodySpans
        .flatMap((s) => linesOf(view.text, s.start, s.end))
        .filter(
          (line) => line.text.trim().length <= MODE_LINE_MAX && !view.isBoilerplate(line.start, line.end),
        )
        .map((line) => ({ ...line, text: line.text.trim() }))
    : [];
  // The page's menu above the title is links ("Remote" among "Jobs" and "Companies"), not fields.
  const chrome = view.pageChrome;
  const inChrome = (part: Span) => chrome !== null && part.start >= chrome.start && part.end <= chrome.end;
  return [...fields, ...alone].filter((part) => !inChrome(part) && mode.test(part.text));
}

function metadataParts(line: Span): Span[] {
  const parts: Span[] = [];
  let start = 0;
  for (const m of line.text.matchAll(/\s+[·•|]\s+/g)) {
    parts.push({
      start: line.start + start,
      end: line.start + m.index,
      text: line.text.slice(start, m.index),
    });
    start = m.index + m[0].length;
  }
  parts.push({ start: line.start + start, end: line.end, text: line.text.slice(start) });
  return parts;
}

/** A count of years asked for ("5+ years", "3-5 yrs"). */
const YEARS_ASKED = /\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)/i;

/** "5+ years of backend experience": general experience, as opposed to years of one tool. */
const GENERAL_YEARS =
  /(\d{1,2})\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:professional\s+|relevant\s+|industry\s+|hands-on\s+)?(?:(?:software|backend|back-end|engineering|development|programming|professional|industry|relevant|work)\b|experience(?=\s*(?:[.,;:)\n]|$|(?:building|developing|designing|writing|shipping|as an?|in (?:software|backend|back-end|engineering|development|programming|the industry|a similar role))\b)))/gi;

function firstOf(view: JdView, patterns: string[], withBoilerplate = false): Span[] {
  return searchBody(view, patterns, { withBoilerplate });
}

/** Fairness and consistency: technology soup, experience caps, age-coded and physical wording, contractor signals, contradictions. */
export function fairnessChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];

  // Technology soup: many must-haves each asking "N+ years of <tool>", one per line or several
  // stacked on one ("5+ years Java, 3+ years Spring, 3+ years Kafka").
  const tools = nameMatchers(stackNames(ctx.data.stack));
  const namesTool = (clause: string) =>
    tools.some((re) => {
      re.lastIndex = 0;
      return re.test(clause);
    });
  const perTool = view.requirements
    .map((item) => ({
      item,
      asks: view.text
        .slice(item.start, item.end)
        .split(/[,;]|\s+and\s+(?=\d)/)
        .filter((clause) => YEARS_ASKED.test(clause) && namesTool(clause)).length,
    }))
    .filter((line) => line.asks > 0);
  const asks = perTool.reduce((n, line) => n + line.asks, 0);
  if (asks > YEARS_PER_TOOL_MAX) {
    const first = perTool[0]?.item as Span;
    const last = perTool[perTool.length - 1]?.item as Span;
    out.push(
      finding(
        view,
        'technology-soup',
        'warning',
        { start: first.start, end: last.end },
        `${asks} must-haves each ask for years of one tool, a checklist that screens out people who learned the same skills on a different stack.`,
        'Ask for years once (for example "5+ years building backend services") and name the two or three tools that matter most, without a year count each.',
      ),
    );
  }

  // Experience caps: "5-8 years", "no more than 6 years".
  // "0-2 years" is how a junior posting says "no experience needed", not a ceiling.
  for (const y of mustHaveYears(view))
    if (y.max !== null && y.max > y.min && y.min >= 2)
      out.push(
        finding(
          view,
          'experience-cap',
          'warning',
          y,
          `"${y.text}" puts a ceiling on experience, which turns away people with more of it and can read as an age limit.`,
          `Ask for the floor only: "${y.min}+ years".`,
          `${y.min}+ years`,
        ),
      );
  for (const s of firstOf(view, [
    '(?:no more than|not more than|maximum of|at most|up to) \\d{1,2} years? (?:of )?(?:\\w+ ){0,2}experience',
    '\\d{1,2} years? (?:of )?(?:\\w+ ){0,2}experience (?:or less|at most|maximum|max)\\b',
  ]))
    out.push(
      finding(
        view,
        'experience-cap',
        'warning',
        s,
        `"${quote(s.text)}" caps experience, which turns away people with more of it and can read as an age limit.`,
        'Ask for the least experience the work needs, with no upper limit.',
      ),
    );

  for (const s of firstOf(view, AGE_CODED))
    out.push(
      finding(
        view,
        'age-coded',
        'warning',
        s,
        `"${quote(s.text)}" favours younger applicants, which puts off experienced people and is a legal risk under age-discrimination law.`,
        'Describe the skills instead, for example "comfortable with current tools" or "early in your career" for a junior role.',
      ),
    );

  // "Must be able to lift..." asked of the candidate is the ableist check's; this one catches the
  // demand stated plainly, and any demand under a physical-demands heading, which describes the
  // work's conditions and is boilerplate the ableist check does not read.
  for (const s of firstOf(view, PHYSICAL, true).filter(
    (s) =>
      view.isBoilerplate(s.start, s.end) ||
      !/must be able to\s+$/i.test(view.text.slice(Math.max(0, s.start - 20), s.start)),
  ))
    out.push(
      finding(
        view,
        'physical-requirements',
        'warning',
        s,
        `"${quote(s.text)}" is a physical demand a desk job does not have, and it turns away capable people with disabilities.`,
        'Delete it, or keep only what the work truly needs (for example "work at a computer for most of the day").',
        '',
      ),
    );

  // "No C2C", "not a 1099 role": a contract model the posting rules out is not the one it offers.
  const contractor = firstOf(view, CONTRACTOR, true).filter(
    (s) => !/\b(?:no|not(?: an?)?|non-?)\s*$/i.test(view.text.slice(Math.max(0, s.start - 12), s.start)),
  );
  // Set hours matter only beside a contractor signal: with none, the posting is not searched for them.
  const hours = contractor.length > 0 ? firstOf(view, FIXED_HOURS, true) : [];
  if (contractor.length > 0 && hours.length > 0) {
    const at = hours[0] as Span;
    out.push(
      finding(
        view,
        'contractor-hours',
        'warning',
        at,
        `The posting calls the role "${quote((contractor[0] as Span).text, 30)}" yet sets the hours ("${quote(at.text, 30)}"), and controlling a contractor's schedule is a sign of misclassification.`,
        'Either hire as an employee with set hours, or describe the deliverables and leave the contractor to set the hours.',
      ),
    );
  }

  out.push(...contradictions(view, namesTool));
  return out;
}

/**
 * The first place the posting says its work mode two ways, or null: remote against an office
 * schedule, a board's "Onsite" field against a hybrid schedule, or hybrid against the office five
 * days a week. Each later question is asked only when the one before found nothing.
 */
function workModeClash(view: JdView): { at: Span; message: string } | null {
  const remote = [
    ...firstOf(view, REMOTE_ONLY),
    ...workModeLines(view, REMOTE_LINE),
    // "Location: 100% Remote (Plano, TX candidates preferred)": a field's value that says more.
    ...workModeLines(view, REMOTE_ONLY_FIELD),
  ];
  const titleRemote = /\bremote\b/i.test(view.title.text);
  // Office wording contradicts only a remote statement: with none, it is not searched for.
  // The office may be said in the body or in a board's field ("LOCATION: Charlotte, NC (Hybrid)").
  const office = (
    remote.length > 0 || titleRemote
      ? [
          ...firstOf(view, IN_OFFICE),
          ...workModeLines(view, IN_OFFICE_FIELD).filter((field) => !REMOTE_OPTION.test(field.text)),
        ]
      : []
  ).filter(
    // "remote or hybrid", "hybrid or remote": an option, not a contradiction.
    (s) =>
      !/\b(?:remote|hybrid)\s+(?:or|and|\/)\s*$/i.test(view.text.slice(Math.max(0, s.start - 12), s.start)) &&
      !/^\s*(?:or|\/)\s+remote/i.test(view.text.slice(s.end, s.end + 12)),
  );
  const at = office[0];
  if (at)
    return {
      at,
      message: `The posting says the role is remote ("${quote((remote[0]?.text ?? 'Remote').replace(/[*_]+/g, ''), 30)}") and also "${quote(at.text, 30)}", so readers cannot tell where they would work.`,
    };
  // A board's "Onsite" field against a hybrid schedule in the prose; the prose, a cached search,
  // is asked first, so the body's lines are read for the field only when it says hybrid.
  const hybridProse = firstOf(view, HYBRID);
  const onsite = hybridProse.length > 0 ? workModeLines(view, ONSITE_LINE, true)[0] : undefined;
  if (onsite)
    return {
      at: hybridProse[0] as Span,
      message: `The posting's work-mode field says "${quote(onsite.text, 40)}" and the text says "${quote((hybridProse[0] as Span).text, 30)}", so readers cannot tell how often they would be in the office.`,
    };
  // Hybrid on the board's line or in the prose, and the office five days a week in the body.
  const everyDay = firstOf(view, OFFICE_EVERY_DAY)[0];
  if (everyDay && (hybridProse.length > 0 || workModeLines(view, /^hybrid\b/i).length > 0))
    return {
      at: everyDay,
      message: `The posting says the role is hybrid and also "${quote(everyDay.text, 40)}", so readers cannot tell how often they would be in the office.`,
    };
  return null;
}

/** REMOTE_ONLY as one test of a field's line. */
const REMOTE_ONLY_FIELD = new RegExp(`\\b(?:${REMOTE_ONLY.join('|')})`, 'i');
/** A field that offers the choice: "Austin, TX (Remote or Hybrid)". */
const REMOTE_OPTION =
  /\b(?:remote\s*(?:or|and|\/)\s*(?:hybrid|on[- ]?site)|(?:hybrid|on[- ]?site)\s*(?:or|\/)\s*remote)\b/i;
/** IN_OFFICE as one test of a field's line. */
const IN_OFFICE_FIELD = new RegExp(`\\b(?:${IN_OFFICE.join('|')})`, 'i');

/** A board's on-site field: "Onsite", "Onsite - Charlotte, NC (Uptown)", "Work location: On-site". */
const ONSITE_LINE = /^(?:(?:work )?location(?: type)?\s*:\s*)?on[- ]?site\b(?:\s*[-–,(]\s*[^.]{0,60})?$/i;
const ONE_WORK_MODE = 'Say the work mode once, in one place, and make every mention agree.';

/** What follows a bare "3+ years of professional experience" when it is the years of one tool: "with Java", "writing SQL". */
const TOOL_AFTER = /^\s*(?:experience\s+)?(?:with|in|using|writing|on)\s[^.,;\n]{0,50}/i;

/** A work mode said two ways (remote here, hybrid there), or general experience asked two ways. */
function contradictions(view: JdView, namesTool: (clause: string) => boolean): JdFinding[] {
  const out: JdFinding[] = [];
  const clash = workModeClash(view);
  if (clash) out.push(finding(view, 'contradiction', 'warning', clash.at, clash.message, ONE_WORK_MODE));
  const general: (Span & { n: number })[] = [];
  for (const section of view.bodySpans) {
    if (section.id === 'title' || section.id === 'company') continue;
    GENERAL_YEARS.lastIndex = 0;
    const slice = view.text.slice(section.start, section.end);
    for (let m = GENERAL_YEARS.exec(slice); m; m = GENERAL_YEARS.exec(slice)) {
      const start = section.start + m.index;
      const end = start + m[0].length;
      if (view.isBoilerplate(start, end)) continue;
      // "3+ years of professional experience with Java" asks for years of Java, not overall.
      const after = /(?:experience|professional)$/i.test(m[0])
        ? TOOL_AFTER.exec(view.text.slice(end, end + 60))
        : null;
      if (after && namesTool(after[0])) continue;
      const preferred = view.requirements.some((r) => r.preferred && r.start <= start && end <= r.end);
      if (!preferred) general.push({ start, end, text: m[0], n: Number(m[1]) });
    }
  }
  const counts = [...new Set(general.map((g) => g.n))];
  if (counts.length > 1) {
    const low = general.find((g) => g.n === Math.min(...counts)) as Span;
    const high = general.find((g) => g.n === Math.max(...counts)) as Span;
    out.push(
      finding(
        view,
        'contradiction',
        'warning',
        high,
        `The posting asks for "${quote(low.text, 40)}" in one place and "${quote(high.text, 40)}" in another, so readers cannot tell the real bar.`,
        'Pick one figure for overall experience and use it everywhere.',
      ),
    );
  }
  return out;
}
