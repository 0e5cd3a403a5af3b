/** Sentence counts of About the role and About the company: which parts count and which lines are prose. */

import { isBlank, standsAsHeading } from '../heading-line';
import { isBoilerplateHeading } from '../split';
import { countSpaceSeparated, type Span } from '../text';
import type { JdView } from '../view';

/**
 * The sentences of every section with this id, section by section: a JD may split "About the
 * role" in two, and the text between (other sections) is not part of it. A section's own part
 * ends where another subject starts inside it (see `ownPartEnd`); a company section under a
 * legal heading ("Additional information") is not the company's story; and label lines of a
 * job board ("Job type", "Full Time") are not sentences anyone reads as prose.
 */
export function sentencesBySection(
  view: JdView,
  id: 'about' | 'company',
): { section: Span; sentences: Span[] }[] {
  return view
    .sections(id)
    .filter((s) => id !== 'company' || !s.heading || !isBoilerplateHeading(s.heading))
    .map((s) => {
      const end = ownPartEnd(view.text, s.start, s.end);
      return {
        section: { start: s.start, end, text: view.text.slice(s.start, end) },
        sentences: view
          .sentences(s.start, end)
          .filter(
            (x) =>
              isProse(x) &&
              !APPLY_LINE.test(x.text) &&
              !(id === 'company' ? HIRING_LINE.test(x.text) : isTermsLine(x)),
          ),
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
export function ownCompanyParts(view: JdView): { section: Span; sentences: Span[] }[] {
  const parts = sentencesBySection(view, 'company');
  const headed = parts.filter((part) =>
    COMPANY_HEADING.test(view.sections('company').find((s) => s.start === part.section.start)?.heading ?? ''),
  );
  return headed.length > 0 ? headed : parts;
}

/**
 * A header line of parts joined by bars or dots ("Acme | Engineer | Remote | $180k"), or set apart
 * by wide gaps as a board's tags or menu are ("Full-Time   Back-End   USA Only"), is no sentence.
 */
const HEADER_PARTS = /\s[|·•]\s.*\s[|·•]\s|\S {3,}\S.*\S {3,}\S/;
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
/** "To apply, send your resume to ...": how to apply, the process and not the role or the company. */
const APPLY_LINE =
  /^(?:to apply\b|apply (?:by|at|via|through|online|here|now|today)\b|(?:please )?(?:send|email) (?:us )?(?:your|a) (?:resume|résumé|cv|application)\b)/i;
/** "Acme is hiring for its Pune centre": the hire's news in the opening, not the company's story. */
const HIRING_LINE = /\b(?:is|are|we're|we are) (?:now |currently )?hiring\b/i;

/** A paragraph about the team, not the company or the role ("Our engineering team is seven people"). */
const TEAM_OPENER =
  /^(?:our|the) (?:[\w-]+ ){0,2}(?:team|group|squad)s? (?:is|are|has|have|owns?|works?|keeps?|builds?)\b/i;

/**
 * Where the section's own part ends: at a heading the splitter left in it ("How we work", "Your
 * first months", read by its shape), or at a paragraph that turns to describing the team. A length
 * rule for "About the role" or "About the company" is about that part only, not about everything
 * pasted under it.
 */
function ownPartEnd(text: string, start: number, end: number): number {
  const lines = text.slice(start, end).split('\n');
  let seenText = false;
  let offset = start;
  for (const [i, line] of lines.entries()) {
    if (seenText && (standsAsHeading(lines, i) || (isBlank(lines[i - 1]) && TEAM_OPENER.test(line.trim()))))
      return offset;
    if (!isBlank(line)) seenText = true;
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
