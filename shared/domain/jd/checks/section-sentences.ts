/** Sentence counts of About the role and About the company: which parts count and which lines are prose. */

import { majorityKind, unitKind } from '../block-kind';
import { isBlank, standsAsHeading } from '../heading-line';
import { isBoilerplateHeading, WRAPPER_HEADING } from '../split';
import {
  ADDRESSES_READER,
  countSpaceSeparated,
  ENDS_IN_COMPANY_SUFFIX,
  POST_STAMP,
  type Span,
} from '../text';
import type { JdView } from '../view';

/** A paragraph of the company's story, not a line or two that opens a page ("Our client, a ... company, is hiring"). */
const STORY_SENTENCES = 3;

/**
 * A section's part: the sentences that count toward its subject, `written`, every prose sentence
 * of it in the order a reader meets them (where the opening line is judged), and `story`, the
 * sentences of its paragraphs whose words say they tell the company's story.
 */
type Part = { section: Span; sentences: Span[]; written: Span[]; story?: Span[] };
type Subject = 'role' | 'company';

/**
 * The sentences of the role's and the company's parts, section by section: a JD may split "About
 * the role" in two, and the text between (other sections) is not part of it. A section's own part
 * ends where another subject starts inside it (see `ownPartEnd`); a company section under a legal
 * heading ("Additional information") is not the company's story; and label lines of a job board
 * ("Job type", "Full Time") are not sentences anyone reads as prose.
 *
 * Inside that part each paragraph counts toward what it is about (see `paragraphSubject`): a
 * board's "About the job" often holds the company's paragraph and then the role's, and a company
 * section may close with a line on the team the hire joins.
 */
function partsBySubject(view: JdView): Record<Subject, Part[]> {
  const out: Record<Subject, Part[]> = { role: [], company: [] };
  const sections = [...view.sections('about'), ...view.sections('company')]
    .filter((s) => s.id !== 'company' || !s.heading || !isBoilerplateHeading(s.heading))
    .sort((a, b) => a.start - b.start);
  for (const s of sections) {
    const own: Subject = s.id === 'about' ? 'role' : 'company';
    // A page's menu at the head of the section is read past: its lines are no sentences, and its
    // short lines would end the part before its first paragraph.
    const chrome = view.pageChrome;
    const from =
      chrome && chrome.start >= s.start && chrome.start < s.end ? Math.min(chrome.end, s.end) : s.start;
    const end = ownPartEnd(view.text, from, s.end);
    const headings = headingLines(view.text, from, end);
    const paragraphs = paragraphsOf(view.text, from, end).map((p) => {
      const sentences = withoutAsides(view.sentences(p.start, p.end)).filter(
        (x) =>
          isProse(x) &&
          !APPLY_LINE.test(x.text) &&
          !LETTER_LINE.test(x.text) &&
          !headings.some((h) => x.start >= h.start && x.end <= h.end),
      );
      return { ...p, sentences, subject: paragraphSubject(sentences) };
    });
    // A paragraph whose words say nothing clear belongs to the section it sits in, except in an
    // untitled opening or a board's wrapper ("About the job"): there the paragraphs before the
    // first that speaks to the reader are the company's introduction, as the splitter reads one.
    const turn = paragraphs.findIndex(
      (p) => p.subject === 'role' || p.sentences.some((x) => ADDRESSES_READER.test(x.text)),
    );
    const opensWithCompany = own === 'role' && (!s.heading || WRAPPER_HEADING.test(s.heading));
    // Untitled or under a board's wrapper, when the posting heads its own role part further down ("The role"),
    // a line whose words say nothing clear is the page's hook ("Sound like you? Read on."), not the role's.
    const hookOnly =
      opensWithCompany &&
      view.sections('about').some((o) => o.start > s.start && o.heading && !WRAPPER_HEADING.test(o.heading));
    const subject = (p: (typeof paragraphs)[number], i: number) =>
      p.subject ?? (opensWithCompany && i < turn ? 'company' : hookOnly ? 'neither' : own);
    const mine = (p: (typeof paragraphs)[number], i: number) => subject(p, i) === own;
    out[own].push({
      section: { start: s.start, end, text: view.text.slice(s.start, end) },
      sentences: paragraphs.filter(mine).flatMap((p) => p.sentences.filter((x) => keeps(own, x))),
      // Under a board's wrapper the company's introduction comes first by the board's layout, not
      // as the role's opening: when the role's own paragraphs follow, the part opens where they do.
      written: (opensWithCompany && paragraphs.some(mine)
        ? paragraphs.filter((p, i) => subject(p, i) !== 'company')
        : paragraphs
      ).flatMap((p) => p.sentences),
      story: paragraphs
        .filter((p) => p.subject === 'company' && p.sentences.length >= STORY_SENTENCES)
        .flatMap((p) => p.sentences.filter((x) => keeps('company', x))),
    });
    // The role's introduction is its own section when the posting has one: a line on the role
    // under the company's heading ("Refer a friend for this role") leaves the company's count
    // without joining the role's.
    const other: Subject = own === 'role' ? 'company' : 'role';
    const moved = paragraphs.filter(
      (p, i) => subject(p, i) === other && (other === 'company' || view.sections('about').length === 0),
    );
    const first = moved[0];
    const last = moved[moved.length - 1];
    if (first && last) {
      const sentences = moved.flatMap((p) => p.sentences.filter((x) => keeps(other, x)));
      out[other].push({
        section: { start: first.start, end: last.end, text: view.text.slice(first.start, last.end) },
        sentences,
        written: sentences,
        story: moved
          .filter((p) => p.sentences.length >= STORY_SENTENCES)
          .flatMap((p) => p.sentences.filter((x) => keeps(other, x))),
      });
    }
  }
  return out;
}

/** A sentence that opens a bracketed aside ("(Add the release cadence here", "_(Describe the team"). */
const ASIDE_OPENS = /^[*_]*[([]/;
/** One that closes it: "weekly train?)", "how you ship.)_". */
const ASIDE_CLOSES = /[)\]][*_]*[.!?]?[*_]*$/;

/**
 * A paragraph's sentences without those set in brackets from the start of one to the end of one:
 * an aside to whoever writes the posting (a template's "(Three sentences: the service owned...)",
 * "(Add release cadence here: continuous? weekly train?)"), not a sentence of the part it sits in.
 */
function withoutAsides(sentences: Span[]): Span[] {
  let inAside = false;
  return sentences.filter((x) => {
    const text = x.text.trim();
    // "(Yes, the old one.) The API is older than the team.": a parenthesis closed inside the
    // sentence opens no aside.
    if (!inAside && ASIDE_OPENS.test(text) && !/[)\]]./.test(text.replace(/[)\]][*_.!?\s]*$/, '')))
      inAside = true;
    if (!inAside) return true;
    if (ASIDE_CLOSES.test(text)) inAside = false;
    return false;
  });
}

/** Lines that are no part of the subject's text: news of the hire in the company's, terms in the role's. */
const keeps = (subject: Subject, x: Span) =>
  !(subject === 'company' ? HIRING_LINE.test(x.text) : isTermsLine(x));

/**
 * What a paragraph is about, by what most of its sentences say (block-kind.ts): the role (its
 * service, team and work), the company, or something else (pay, the candidate wanted), which
 * counts toward neither; null when its words say nothing clear.
 */
function paragraphSubject(sentences: Span[]): Subject | 'neither' | null {
  const kind = majorityKind(sentences.map((x) => unitKind(x.text)));
  if (kind === 'about' || kind === 'first90') return 'role';
  if (kind === 'company') return 'company';
  return kind ? 'neither' : null;
}

/**
 * The lines of text[start, end) that head what follows rather than say something: a heading left
 * inside the section ("Why this role exists"), or a question standing alone on its line, as an FAQ
 * or a board's "Qui sont-ils ?" heads its answer.
 */
function headingLines(text: string, start: number, end: number): { start: number; end: number }[] {
  const lines = text.slice(start, end).split('\n');
  const out: { start: number; end: number }[] = [];
  let offset = start;
  for (const [i, line] of lines.entries()) {
    if (standsAsHeading(lines, i) || /\?\s*$/.test(line))
      out.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return out;
}

/** The paragraphs of text[start, end), split at blank lines. */
function paragraphsOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/\n[ \t]*\n/g)) {
    out.push({ start: from, end: start + m.index });
    from = start + m.index + m[0].length;
  }
  out.push({ start: from, end });
  return out;
}

/** The role's parts: every part of About the role, and the role's paragraphs set in other sections. */
export function sentencesBySection(view: JdView, id: 'about' | 'company'): Part[] {
  let parts = partsByView.get(view);
  if (!parts) {
    parts = partsBySubject(view);
    partsByView.set(view, parts);
  }
  return parts[id === 'about' ? 'role' : 'company'];
}

/** Both length checks and the opener check read the same parts: worked out once per view. */
const partsByView = new WeakMap<JdView, Record<Subject, Part[]>>();

/** "About Acme", "About us", "Who we are": the heading a reader takes for the company's own section. */
const COMPANY_HEADING =
  /^(?:about (?!the (?:role|job|team)\b)|who we are|our (?:company|story)|the company)/i;

/**
 * The company parts the length rule judges. When the posting heads a section "About Acme", that
 * section is the company's story; a tagline under the title or a culture or values part elsewhere
 * is read as part of the page around it, not counted into the story.
 */
export function ownCompanyParts(view: JdView): Part[] {
  const parts = sentencesBySection(view, 'company');
  const heading = (part: Part) =>
    view.sections('company').find((s) => s.start === part.section.start)?.heading;
  const headed = parts.filter((part) => COMPANY_HEADING.test(heading(part) ?? ''));
  if (headed.length === 0) return parts;
  // Beside the headed section, an untitled paragraph, or one inside the role's section, counts when
  // its words tell the company's story at length; a line or two of introduction, or a culture part
  // under its own heading, does not.
  return parts.flatMap((part) => {
    if (headed.includes(part)) return [part];
    const untitled = heading(part) === undefined || heading(part) === '';
    const story = part.story ?? [];
    return untitled && story.length > 0 ? [{ ...part, sentences: story }] : [];
  });
}

/**
 * A header line of parts joined by bars or dots ("Acme | Engineer | Remote | $180k"), or set apart
 * by wide gaps as a board's tags or menu are ("Full-Time   Back-End   USA Only"), is no sentence.
 */
const HEADER_PARTS = /\s[|·•]\s.*\s[|·•]\s|\S {3,}\S.*\S {3,}\S/;
/** A form's field in capitals, "LOCATION: Charlotte, NC", and a link on a line of its own. */
const CAPS_LABEL = /^\s*[A-Z][A-Z&/ -]{1,30}:\s/;
const LINK_LINE = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;
/**
 * Prose ends a sentence, or at least runs on like one: five words or more, some of them in lower
 * case, and more of those than figures. A line with no letter in lower case ("ACME PTE. LTD.") is a
 * name, and a label line of capitalised names ("Engineering - Software (Information Technology)") or
 * of figures ("$135k – $150k + super") is a job board's field, not a sentence.
 */
const NAME_MAX_WORDS = 4;
const isProse = (s: Pick<Span, 'text'>) => {
  // A post's time has a colon: most sentences have none, and the stamp's pattern is a slow one.
  if (HEADER_PARTS.test(s.text) || (s.text.includes(':') && POST_STAMP.test(s.text))) return false;
  // A link on a line of its own is where to go, not something said; a form's "LOCATION: Charlotte"
  // is a field.
  if (LINK_LINE.test(s.text) || CAPS_LABEL.test(s.text)) return false;
  if (!/\p{Ll}/u.test(s.text)) return false;
  const stopped = /[.!?]["'”’)\]]?$/.test(s.text);
  // Words are counted only where they can decide: a stopped line is prose unless it may be a name.
  if (stopped && !ENDS_IN_COMPANY_SUFFIX.test(s.text)) return true;
  const { words, lower } = wordCounts(s.text);
  // "Lakeshore Menu Co.": a company's name, its full stop its abbreviation's, is no sentence.
  if (words <= NAME_MAX_WORDS && lower === 0 && ENDS_IN_COMPANY_SUFFIX.test(s.text)) return false;
  if (stopped) return true;
  const figures = s.text.match(/\d+/g)?.length ?? 0;
  return words >= 5 && lower >= 2 && figures < lower;
};
const WORD = /\b\p{L}[\p{L}'’-]*/gu;
const LOWER_START = /^\p{Ll}/u;
/** How many words the text has, and how many of them start in lower case. */
function wordCounts(text: string): { words: number; lower: number } {
  let words = 0;
  let lower = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    if (LOWER_START.test(word)) lower++;
  }
  return { words, lower };
}
/**
 * "This is a W2 position." "No C2C, no sponsorship.": a short line of the engagement's terms is a
 * fact of the contract, not part of the role's introduction.
 */
const TERMS_LINE =
  /\b(?:w-?2|c2c|corp[- ]to[- ]corp|1099|third[- ]part(?:y|ies)|sponsorship|contract(?:-to-hire)?|full[- ]time|part[- ]time|permanent|temp-to-perm)\b/i;
const TERMS_MAX_WORDS = 8;
const isTermsLine = (s: Span) => countSpaceSeparated(s.text) <= TERMS_MAX_WORDS && TERMS_LINE.test(s.text);
/**
 * "To apply, send your resume to ...", "We look forward to your application!": how to apply and
 * the sign-off under it, the process and not the role or the company.
 */
const APPLY_LINE =
  /^(?:to apply\b|apply (?:by|at|via|through|online|here|now|today)\b|(?:please )?(?:send|email) (?:us )?(?:your|a)(?: [\w-]+)? (?:resume|résumé|cv|application)\b|please (?:reference|quote) |(?:we(?:'re| are)? )?look(?:ing)? forward to (?:your application|hearing from you|meeting you)\b)/i;
/**
 * "Hi {first name},", "Hope you're doing well!", "I came across your background...": a mail's
 * greeting to the person it is sent to, the letter around the job and not its description.
 */
const LETTER_LINE =
  /^(?:(?:hi|hello|hey|dear|greetings)\b[^.!?\n]{0,40}[,!]?$|(?:i )?hope (?:you(?:'re| are)|this (?:e-?mail|message|note) finds you)\b|i (?:came across|found|saw) your (?:profile|background|resume|résumé|cv)\b)/i;
/** "Acme is hiring for its Pune centre": the hire's news in the opening, not the company's story. */
const HIRING_LINE = /\b(?:is|are|we're|we are) (?:now |currently )?hiring\b/i;

/** A paragraph about the team, not the company or the role ("Our engineering team is seven people"). */
const TEAM_OPENER =
  /^(?:our|the) (?:[\w-]+ ){0,2}(?:team|group|squad)s? (?:is|are|has|have|owns?|works?|keeps?|builds?)\b/i;

/**
 * Where the section's own part ends: at a heading the splitter left in it ("How we work", "Your
 * first months", read by its shape), or at a paragraph that turns to describing the team. A length
 * rule for "About the role" or "About the company" is about that part only, not about everything
 * pasted under it. A heading above which stand only a page's label lines ("Acme · Careers", a
 * place and a date) opens the part rather than ending it.
 */
function ownPartEnd(text: string, start: number, end: number): number {
  const lines = text.slice(start, end).split('\n');
  let seenProse = false;
  let offset = start;
  for (const [i, line] of lines.entries()) {
    if (seenProse && (standsAsHeading(lines, i) || (isBlank(lines[i - 1]) && TEAM_OPENER.test(line.trim()))))
      return offset;
    if (!isBlank(line) && isProse({ text: line.trim() })) seenProse = true;
    offset += line.length + 1;
  }
  return end;
}

/** The section in which the running count of sentences first goes past the limit. */
export function sectionOverLimit(parts: { section: Span; sentences: Span[] }[], limit: number): Span | null {
  let seen = 0;
  for (const part of parts) {
    seen += part.sentences.length;
    if (seen > limit) return part.section;
  }
  return null;
}
