import { POST_TAG } from '../documents/placeholders';
import { cleanJdText } from './clean-text';
import { partsByContent, withProseDuties } from './content-parts';
import type { JdSection, JdText } from './document';
import { withFootnotesPlaced } from './footnotes';
import { headingText, ROLE_NOUN } from './heading-line';
import { fieldLabelsAsLines, numberedHeading, shapeHeadings } from './layout';
import { withRunInHeadings } from './run-in';
import { readerLines } from './source-lines';
import { ADDRESSES_READER, BULLET, LIST_ITEM, opensParenthesis } from './text';
import { exportedRowTitle, pipedTitle, subjectTitle, titleLineIndex, wrapsOntoRoleNoun } from './title-line';

type BodyId = JdSection['id'];

/**
 * Heading words -> section, tried in order; the first match wins. Matched on lower case, curly
 * quotes straightened. "What you need to know" introduces facts (a city, the process) as often as
 * asks, so it is no requirements heading: the block under it says which.
 */
const HEADINGS: [BodyId, RegExp][] = [
  [
    'about',
    /^(?:about (?:the|this) (?:role|position|job|opportunity|team)|(?:about (?:the|this|our)|meet the|meet your|the|your) team|(?:the|your) (?:role|position|job|opportunity)|role overview|(?:full )?(?:job |position |role )?(?:overview|summary|description)|(?:the |an? )?opportunity|what this role is|what(?:'s| is) (?:the|this) (?:role|job|position|opportunity)|why this role(?: matters)?|role description|position overview|job overview|the job|what is the role|your future team|who you(?:'ll| will) work with)$/,
  ],
  [
    'first90',
    /^(?:.{0,30}\bfirst (?:30|60|90|ninety|\d+ (?:days|months)|(?:few |three |six )?(?:weeks|months|year))\b.{0,30}|(?:here'?s )?what you(?:'ll| will| would)(?: be)? (?:do|doing|work on|working on|own|build|building|achieve|accomplish|tackle)\b.{0,30}|(?:key |main |core |your |job |primary |essential |the )?(?:responsibilities|duties|functions|accountabilities)(?: include)?|(?:examples? of|typical|representative|illustrative) (?:the )?(?:duties|tasks|responsibilities)(?: (?:and|&) responsibilities)?|in this role,? you(?:'ll| will)(?: be)?.{0,30}|specifically,? you(?:'ll| will)(?: be)?.{0,20}|(?:as (?:an? |the |our )?.{2,60}?,? )?you(?:'ll| will)(?: be)?(?: responsible for| doing| do| own| work on| get to)?|day[- ]to[- ]day.{0,20}|your day[- ]to[- ]day|the work|your work|your impact|(?:the )?impact you(?:'ll| will) (?:have|make)|how you(?:'ll| will) (?:make an impact|contribute|help|spend your time)|what the job involves|role and responsibilities|(?:[a-z]+ )?duties and responsibilities|essential (?:job )?functions|what your day looks like|your mission|what you(?:'ll| will) be responsible for|responsibilities and duties|the challenge|a day in the life.{0,30}|how you(?:'ll| will) spend your (?:days|time)|what success looks like.{0,30}|(?:key )?outcomes|what we expect(?: from you)?|your role|(?:your |main |key |the )?tasks|the job|what the role involves|role responsibilities|your responsibilities(?: will)? include|things you(?:'ll| will| could| might| would)? (?:help with|work on|do|tackle)|what (?:will|would) you (?:be )?(?:do|doing|work on|working on|own|build|building))$/,
  ],
  [
    'requirements',
    /^(?:(?:minimum |basic |required |preferred |desired |desirable |key |additional |essential |technical |your )?(?:requirements|qualifications|skills(?: and (?:experience|qualifications))?|experience|competencies)|must[- ]haves?|nice[- ]to[- ]haves?|what(?:'s| is| would be| else would be) (?:nice|a plus|a bonus)(?: to have)?|(?:what|who) (?:you(?:'ll| will)? )?(?:bring|need|have|are)\b(?! (?:we|us)\b| to know\b).{0,40}|what we(?:'re| are)? (?:look for|looking for|hoping to see|seeking).{0,30}|you(?:'ll| will)? fit (?:right )?in(?: here)?(?: if.{0,40})?|who you are|(?:about )?you|you have|extras|you(?:'ll| will)? need(?: to have)?|you(?:'ll| will)? (?:might|may) (?:also )?(?:have|be a (?:good |great )?fit).{0,30}|you(?:'re| are) (?:a (?:good |great )?fit|someone who).{0,30}|you(?:'ll| will)? thrive.{0,30}|you should (?:have|apply).{0,30}|bonus(?: points)?.{0,30}|preferred|pluses|plus|extra credit|even better.{0,30}|ideally.{0,40}|good to have|it'?s a (?:big )?plus.{0,40}|(?:and )?(?:a |big )?plus if.{0,40}|we(?:'?d| would) (?:love|like) (?:it )?(?:if|to see|for you).{0,40}|what (?:would|will) make you stand out|stand out (?:if|with).{0,30}|ideal (?:profile|candidate)|(?:the )?(?:tech(?:nology)?|our) stack|tech(?:nologies| stack)? (?:we use|you(?:'ll| will) use)|tools (?:we use|of the trade)|skills and qualifications|(?:skills|knowledge|expertise|experience|abilities|competencies)(?:,? (?:and )?(?:skills|knowledge|expertise|experience|abilities|competencies)){1,3}|requirements and qualifications|job requirements|knowledge,? skills,? and abilities|what you need to succeed|to succeed in this role.{0,30}|what makes you (?:a )?(?:great|good|strong|perfect|ideal) (?:fit|match|candidate).{0,20}|what we (?:need|require|expect)(?: from you| of you)?|(?:who|what) we want(?: from you| to see)?|(?:who|what) we(?:'re| are) looking for|your (?:background|experience|skills|profile|toolkit)|you bring|key skills|skills (?:and|&) experience|experience (?:and|&) skills|qualifications (?:and|&) experience|technologies|tech we use|what we use|we(?:'d| would) love to hear from you if.{0,20}|you(?:'ll| will) (?:be|do) great (?:here|in this role) if.{0,20}|(?:the )?ideal candidate (?:will have|has|is|brings).{0,20}|what we ask(?: (?:of|from) you)?|what (?:do|should|will|would) you (?:need(?: to (?:bring|have|know))?|bring|have)|who (?:should|can) apply|experience you(?:'ll| will) bring|(?:our |the )?tech(?:nology)? stack|education(?: and (?:experience|training))?)$/,
  ],
  [
    'compensation',
    /^(?:(?:us |u\.s\. |annual |the |our )?(?:base )?(?:compensation|pay|salary)(?: range| ranges| and benefits| transparency| information| details| band)?(?: for this (?:role|position))?|benefits(?: and perks)?|(?:our |the )?perks(?: and benefits)?|our benefits|what we offer|what we(?:'ll| will) (?:offer|give) you|what(?:'s| is) in it for you|why you(?:'ll| will) love (?:working )?(?:here|with us|it here)|total rewards|rewards|the package|what you(?:'ll| will) get|pay and perks|salary and benefits|compensation and perks|perks and benefits|what we provide|our offer|the offer|package|(?:the )?(?:contract|engagement|assignment) (?:details|terms)|terms of (?:the )?(?:contract|engagement)|benefits and compensation|what (?:do|will|does) (?:we|it|the (?:role|job)|this (?:role|job)) pay|what(?:'s| is| are) the (?:pay|salary|compensation|benefits)|how much (?:does|will) (?:it|the (?:role|job)|this (?:role|job)) pay)$/,
  ],
  [
    'company',
    /^(?:about (?:us|the company|[A-Z][\w.&' -]{0,40})|who we are|our (?:company|story|mission|culture|values)|the company|company (?:overview|description|information)|why join us|why work (?:here|with us)|why [A-Z][\w.&'-]{1,30}|life at [A-Z][\w.&' -]{0,30}|working at [A-Z][\w.&' -]{0,30}|about the business|who are we|what(?:'s| is) the company|why us|company)$/i,
  ],
];

/**
 * Headings of the standing paragraphs an ATS appends to every posting (equal opportunity,
 * accommodation, privacy, work authorisation, agency notices) or of process notes (how to
 * apply, the interview steps). They start a section of their own so their text does not run
 * into the one above; the view then treats that text as boilerplate.
 */
export const BOILERPLATE_HEADING =
  /^(?:(?:an? )?equal (?:employment )?opportunit(?:y|ies)(?: employer| statement| and .{0,30})?|eeo(?:c)?(?: statement| policy)?|(?:our )?commitment to (?:diversity|inclusion|equity|equal).{0,30}|diversity(?:,? equity)?(?:,? (?:and )?inclusion)?(?: (?:statement|at [\w.&' -]{1,30}))?|dei|(?:reasonable )?accommodations?(?: (?:statement|request|for applicants))?|(?:applicant |candidate |recruitment |job applicant )?privacy(?: (?:notice|policy|statement|information))?|(?:work|employment) authori[sz]ation|visa sponsorship|(?:us )?export control.{0,20}|additional information|other information|legal(?: notice)?|(?:a )?notice to (?:recruiters|agencies|third[- ]party agencies|applicants)|(?:recruiting |recruitment |staffing )?agenc(?:y|ies)(?: notice)?|fair chance.{0,30}|e-?verify|disclaimer|important notice|(?:beware of |recruitment )?(?:fraud|scams?)(?: notice| alert| warning)?|how to apply|apply(?: now| here| today)?|(?:supplemental |application |screening )?(?:questions|questionnaire)|how (?:do|can|should) (?:i|you) apply|(?:our |the )?(?:interview|hiring|application) process|what happens next|next steps|covid-19.{0,30}|vaccination.{0,30}|seniority level|job function|industries)$/;

/**
 * Headings of the working conditions an HR form states ("Physical demands", "Work environment",
 * or both joined): standing text like the legal paragraphs, but the job's own, which a reader reads.
 */
const CONDITIONS_HEADING =
  /^(?:physical (?:demands|requirements)|work(?:ing)? (?:conditions|environment))(?: and (?:physical (?:demands|requirements)|work(?:ing)? (?:conditions|environment)))?$/;

/** Whether a line heads the working conditions ("Physical Demands and Work Environment"). */
export function isConditionsHeading(line: string): boolean {
  return CONDITIONS_HEADING.test(headingKey(headingText(line)));
}

/** The most sections a JD may have (the jd channels refuse more); later headings fold into the last. */
export const JD_MAX_SECTIONS = 40;

/** A first line longer than this is a paragraph, not a title (the jd channels allow 500 characters). */
const TITLE_MAX = 200;

/** The heading text in lower case, straight quotes, "&" as "and", with no closing punctuation. */
function headingKey(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      // "What you'd work on" is "What you would work on", which the vocabulary spells out.
      .replace(/\b(you|we|they)'d\b/g, '$1 would')
      .replace(/\s*&\s*/g, ' and ')
      .replace(/\s*[?!.]+$/, '')
      .trim()
  );
}

/** How many parts `text.split(' ')` gives, counted without building them: asked of every line. */
function partsBySpace(text: string): number {
  let parts = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) parts++;
  return parts;
}

/** Whether a line is a boilerplate heading ("Equal Opportunity Employer", "Applicant Privacy Notice"). */
export function isBoilerplateHeading(line: string): boolean {
  return boilerplateKey(headingText(line));
}

/** `key` is headingKey(text) when the caller has it already. */
function boilerplateKey(text: string, key?: string): boolean {
  if (!text || text.length > 70 || partsBySpace(text) > 9) return false;
  const lower = key ?? headingKey(text);
  return BOILERPLATE_HEADING.test(lower) || CONDITIONS_HEADING.test(lower);
}

/** A note in parentheses closing a heading line ("(Required)", "(client will not look at resumes missing these)"), no figures. */
const TRAILING_NOTE = /\s+\([^()\d]{1,60}\)$/;

/** A sentence written as a heading ("As a Senior Backend Engineer at Acme, you'll:") needs its colon. */
const LONG_HEADING_WORDS = 14;

/**
 * The section a line heads, or null when it is not a heading. `opensList`: the line stands alone
 * right over a list, as a heading does ("What you will do in the first 90 days" over its items).
 */
export function headingOf(line: string, opensList = false): BodyId | null {
  const trimmed = line.trim();
  // Cheap refusals first: most lines of a posting are sentences or bullets.
  if (!trimmed || trimmed.length > 130) return null;
  if (BULLET.test(trimmed) && !trimmed.startsWith('**')) return null;
  // "Why Join Us?" heads a section as "Why Join Us" would.
  // "Knowledge, Skills and Abilities (Required)": a note in parentheses after the heading's
  // words says how to read the part, not which part it is.
  const text = headingText(line)
    .replace(/\s*[?!]+$/, '')
    .replace(TRAILING_NOTE, '')
    .trim();
  if (!text || text.length > 100) return null;
  const words = partsBySpace(text);
  // Past eight words a line is a sentence unless it ends in a colon or an ellipsis, as
  // "Specifically, you will:" and "It's a plus if you have…" do, is marked "## " as one, or
  // stands alone over a list without closing a sentence.
  const marked =
    /[:：…]\s*(?:\*\*|__)?\s*$|\.\.\.\s*$|^#{1,6}\s/.test(line.trim()) ||
    (opensList && !/[.,;!?]$/.test(trimmed));
  if (words > LONG_HEADING_WORDS || (words > 8 && !marked)) return null;
  const lower = headingKey(text);
  if (boilerplateKey(text, lower)) return 'company';
  for (const [id, re] of HEADINGS) {
    if (id === 'company') {
      // "About <Name>" is the company unless <Name> is the role or the reader.
      if (/^about (?:the role|this role|the position|you|the job|(?:the|this|our) team)$/i.test(text))
        continue;
      if (re.test(text.replace(/\s*[?!.]+$/, ''))) return id;
    } else if (re.test(lower)) return id;
  }
  return null;
}

/**
 * Splits pasted text of an old JD into its title and sections. The first line that is not a
 * heading is the title ("Job title:" is dropped); text before the first heading goes to
 * "about"; every recognised heading starts a section, and a heading may repeat an id
 * (Requirements, then Nice to have). Text with no headings at all lands in "about". A line
 * too long for a title starts "about" instead, and headings past JD_MAX_SECTIONS stay lines
 * of the last section, so whatever is split here fits the jd channels' limits.
 */
export function splitJdText(raw: string): JdText {
  const lines = withRunInHeadings(readerLines(cleanJdText(raw).split('\n')), (label) => !!headingOf(label));
  // "3. Your first 90 days" standing alone heads a section as "Your first 90 days" would.
  const numbered = lines.map((_, i) => numberedHeading(lines, i));
  const known = fieldLabelsAsLines(
    lines,
    lines.map((line, i) =>
      endsSentence(lines, i) ? null : headingOf(numbered[i] ?? line, opensList(lines, i)),
    ),
  );
  // Headings the vocabulary does not know, read by their shape and the block under them; the
  // title line (the first, or the job under a page's menu) is the title whatever its shape.
  const titleAt = titleLineIndex(lines, (at) => !!known[at]);
  const shaped = shapeHeadings(lines, known, titleAt + 1);
  let title = '';
  const sections: JdSection[] = [];
  let current: JdSection | null = null;
  const body = (id: BodyId, heading: string) => {
    current = { id, heading, text: '' };
    sections.push(current);
    return current;
  };
  // A job page's chrome above the title (the board's name and menu) stays in the text, unread as headings.
  let chrome = '';
  const leadWithChrome = () => {
    const lead = body('about', '');
    lead.text += chrome;
    return lead;
  };
  // The title's qualifier wrapped onto a line of its own, as a narrow column prints it.
  let qualifierAt = -1;
  for (const [at, line] of lines.entries()) {
    if (at === qualifierAt) continue;
    if (at < titleAt) {
      // A brochure's or careers page's story of the company above the job ("WHO WE ARE") is
      // its company part; anything else above the title is the page's chrome.
      const heading = headingText(numbered[at] ?? line);
      if (known[at] === 'company' && !WRAPPER_HEADING.test(heading)) body('company', heading);
      else if (current) (current as JdSection).text += `${line}\n`;
      else chrome += `${line}\n`;
      continue;
    }
    const id = known[at];
    // Past the most sections a JD may have, a heading stays a line of the last section.
    if (id && sections.length < JD_MAX_SECTIONS) {
      body(id, headingText(numbered[at] ?? line));
      continue;
    }
    if (!title && (!current || at === titleAt)) {
      if (!line.trim()) continue;
      const named = headingText(line)
        .replace(/^(?:(?:job|position|posting|working) title|title|position|role)\s*[:\-–]\s*/i, '')
        .replace(LEADING_POST_TAG, '');
      const piped = pipedTitle(named) ?? exportedRowTitle(lines, at) ?? subjectTitle(line);
      if (piped) {
        // "Acme | Senior Backend Engineer | Remote | $170k-$200k": the role is the title, and
        // the line stays in the text, where its place and pay are read.
        title = piped;
        leadWithChrome().text += `${line}\n`;
        continue;
      }
      if (named.length <= TITLE_MAX) {
        const next = (lines[at + 1] ?? '').trim();
        const wrapped =
          (!named.includes('(') && WRAPPED_QUALIFIER.test(next)) ||
          (opensParenthesis(named) && WRAPPED_CLOSE.test(next)) ||
          wrapsOntoRoleNoun(named, next);
        title = wrapped ? `${named} ${next}` : named;
        if (title !== named) qualifierAt = at + 1;
        // The lines under the title open a part of their own, not the company's story above it.
        if (chrome || current) leadWithChrome();
        continue;
      }
    }
    // LinkedIn's copy starts "About the job" and puts the title under it.
    const opened = current as JdSection | null;
    if (
      !title &&
      opened &&
      sections.length === 1 &&
      !opened.text.trim() &&
      WRAPPER_HEADING.test(opened.heading)
    ) {
      const named = headingText(line);
      if (named.length <= 100 && ROLE_NOUN.test(named) && !/[.!?]$/.test(named)) {
        title = named;
        continue;
      }
    }
    const shape = shaped.get(at);
    if (shape && title && sections.length < JD_MAX_SECTIONS) {
      body(shape, headingText(line));
      continue;
    }
    const target: JdSection = current ?? body('about', '');
    target.text += `${line}\n`;
  }
  for (const s of sections) s.text = s.text.replace(/^\s*\n/, '').trimEnd();
  // A posting with no heading for the job's own parts (at most the company's or the legal
  // ones, appended by the ATS) is read by what the paragraphs of its opening say.
  const opening = sections[0]?.heading === '' ? sections[0] : null;
  const jobHeadings = sections.some((s) => s.heading && s.id !== 'company');
  const parts = opening && !jobHeadings ? partsByContent(opening.text) : null;
  if (parts) sections.splice(0, 1, ...parts);
  // Prose duties first: a "The work" paragraph that turns out to be the role's introduction is a
  // headed "About the role", which makes the untitled opening the company's.
  proseDutiesAsAbout(sections);
  // Untitled text before the first heading is the company's introduction when the posting has
  // a headed "About the role" of its own further down (the usual ATS layout).
  const lead = sections[0];
  const laterAbout = (s: JdSection) => sections.some((o) => o !== s && o.id === 'about');
  if (lead && lead.id === 'about' && !lead.heading && laterAbout(lead)) lead.id = 'company';
  // LinkedIn's "About the job" wraps the whole posting: when it opens with the company and a
  // headed "The role" follows, its own text is the company's introduction.
  const wrapper = sections.find((s) => s.id === 'about');
  if (
    wrapper &&
    WRAPPER_HEADING.test(wrapper.heading) &&
    !ADDRESSES_READER.test(wrapper.text.replace(JOIN_US, '')) &&
    laterAbout(wrapper)
  )
    wrapper.id = 'company';
  return {
    title,
    sections: withFootnotesPlaced(withProseDuties(splitIntro(sections))).filter(
      (s) => s.text.length > 0 || s.heading.length > 0,
    ),
    ...(chrome.trim() ? { pageTop: chrome } : {}),
  };
}

/**
 * "salary." under "...not on your last": the end of a sentence wrapped onto a line of its own, as
 * a narrow column prints it, whatever heading word it happens to be.
 */
const endsSentence = (lines: readonly string[], at: number) => {
  const above = (lines[at - 1] ?? '').trim();
  return /\.$/.test((lines[at] as string).trim()) && /[\p{L}\d,]$/u.test(above) && !headingOf(above);
};

/**
 * "(Search API)" alone on the line under the title, or "Data)" under "Engineer (Python, Claims":
 * the end of the title, wrapped.
 */
const WRAPPED_QUALIFIER = /^\([^()]{1,60}\)$/;
const WRAPPED_CLOSE = /^[^()]{1,40}\)$/;

/** A line with a blank line (or the start) above it and a list item right under it. */
const opensList = (lines: readonly string[], at: number) =>
  !(lines[at - 1] ?? '').trim() && BULLET.test(lines[at + 1] ?? '');

const LEADING_POST_TAG = new RegExp(`^(?:${POST_TAG.source}\\s*)+`, 'i');

/** A company paragraph's closing call ("Join us and build a career where you can..."): it speaks to the reader, yet tells nothing of the job. */
const JOIN_US =
  /(?:^|[.!?]\s+)(?:join|come (?:join|work with|build with)) (?:us|our team)\b[^.!?]*[.!?]?\s*$/i;
// Indeed heads the employer's own text "Full job description", under its summary of the job.
export const WRAPPER_HEADING = /^(?:about the job|(?:full )?job description|description|overview)$/i;
const LIST_LINE = new RegExp(LIST_ITEM.source, 'm');

/**
 * "Your mission" or "The role" written as prose and followed by a bulleted list of duties is
 * the role's introduction, not a duty list of its own.
 */
function proseDutiesAsAbout(sections: JdSection[]): void {
  if (sections.some((s) => s.id === 'about' && s.heading)) return;
  const duties = sections.filter((s) => s.id === 'first90');
  const first = duties[0];
  if (
    duties.length > 1 &&
    first &&
    !LIST_LINE.test(first.text) &&
    duties.slice(1).some((s) => LIST_LINE.test(s.text))
  )
    first.id = 'about';
}

/**
 * An untitled opening, or a wrapper such as "Full job description", that first describes the
 * company and then turns to the reader ("Acme builds… / As a Backend Engineer, you'll own…")
 * holds both introductions: the paragraphs before the first one that addresses the reader are
 * the company's. A posting with a headed company section of its own has already said which is which.
 */
function splitIntro(sections: JdSection[]): JdSection[] {
  const at = sections.findIndex((s) => s.id === 'about');
  const lead = sections[at];
  const opens = at === 0 ? !lead?.heading : WRAPPER_HEADING.test(lead?.heading ?? '');
  // A company section under a heading read by its shape ("What we care about") is the company's
  // values, not its introduction, so the opening may still hold that.
  const companyOwn = (s: JdSection) =>
    s !== lead && s.id === 'company' && (s.heading ? headingOf(s.heading) === 'company' : at === 0);
  if (!lead || !opens || sections.some(companyOwn)) return sections;
  const paragraphs = lead.text.split(/\n\s*\n/);
  const turn = paragraphs.findIndex((p) => ADDRESSES_READER.test(p));
  if (turn <= 0) return sections;
  const company: JdSection = {
    id: 'company',
    heading: lead.heading,
    text: paragraphs.slice(0, turn).join('\n\n'),
  };
  const about: JdSection = { ...lead, heading: '', text: paragraphs.slice(turn).join('\n\n') };
  return [...sections.slice(0, at), company, about, ...sections.slice(at + 1)];
}
