import { withoutControlCharacters } from '../../questions';
import type { JdSection, JdText } from './document';

type BodyId = JdSection['id'];

/** Heading words -> section, tried in order; the first match wins. */
const HEADINGS: [BodyId, RegExp][] = [
  [
    'about',
    /^(?:about (?:the|this) (?:role|position|job|opportunity)|(?:about (?:the|this|our)|meet the|the) team|the role|role overview|(?:job |position |role )?(?:overview|summary|description)|the opportunity|the job|what this role is|why this role)$/,
  ],
  [
    'first90',
    /^(?:.{0,30}\bfirst (?:90|ninety) days\b.{0,20}|what you(?:'ll| will) (?:do|work on|own|be doing)\b.{0,30}|(?:key |main |core |your |job |primary )?(?:responsibilities|duties)|what you(?:'ll| will) (?:do|work on|own|be doing)|what you will be doing|in this role,? you(?:'ll| will)|day[- ]to[- ]day|the work|your impact|what the job involves|role and responsibilities|(?:[a-z]+ )?duties and responsibilities)$/,
  ],
  [
    'requirements',
    /^(?:(?:minimum |basic |required |preferred |desired |key |additional )?(?:requirements|qualifications|skills(?: and experience)?|experience)|must[- ]haves?|nice[- ]to[- ]haves?|what you(?:'ll| will)? (?:bring|need|have)\b.{0,30}|what we(?:'re| are) looking for|who you are|about you|you have|you might also have|bonus(?: points)?|preferred|pluses|skills and qualifications|requirements and qualifications)$/,
  ],
  [
    'compensation',
    /^(?:compensation(?: and benefits| & benefits)?|pay(?: and benefits| & benefits| range)?|salary(?: range)?(?: and benefits)?|benefits(?: and perks)?|perks(?: and benefits)?|what we offer|total rewards|the package|what you(?:'ll| will) get)$/,
  ],
  [
    'company',
    /^(?:about (?:us|the company|[A-Z][\w.&' -]{0,40})|who we are|our company|the company|company overview|why join us|why work (?:here|with us))$/i,
  ],
];

/** The most sections a JD may have (the jd channels refuse more); later headings fold into the last. */
export const JD_MAX_SECTIONS = 40;

/** A first line longer than this is a paragraph, not a title (the jd channels allow 500 characters). */
const TITLE_MAX = 200;

/**
 * Text as the JD code reads it: Unix line breaks, form feeds and vertical tabs (page and
 * line breaks from old word processors) as line breaks, no-break spaces as spaces, and no
 * other control characters, which no field of a role spec may hold.
 */
export function cleanJdText(raw: string): string {
  return withoutControlCharacters(
    raw
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/\u00a0/g, ' '),
  );
}

function normalise(line: string): string {
  return line
    .replace(/^#{1,6}\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/^__(.*)__$/, '$1')
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a line heads, or null when it is not a heading. */
export function headingOf(line: string): BodyId | null {
  // "Why Join Us?" heads a section as "Why Join Us" would.
  const text = normalise(line)
    .replace(/\s*[?!]+$/, '')
    .trim();
  if (!text || text.length > 60 || text.split(' ').length > 8) return null;
  const lower = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s*&\s*/g, ' and ');
  for (const [id, re] of HEADINGS) {
    if (id === 'company') {
      // "About <Name>" is the company unless <Name> is the role or the reader.
      if (/^about (?:the role|this role|the position|you|the job|(?:the|this|our) team)$/i.test(text))
        continue;
      if (re.test(text)) return id;
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
  const lines = cleanJdText(raw).split('\n');
  let title = '';
  const sections: JdSection[] = [];
  let current: JdSection | null = null;
  const body = (id: BodyId, heading: string) => {
    current = { id, heading, text: '' };
    sections.push(current);
    return current;
  };
  for (const line of lines) {
    const id = headingOf(line);
    // Past the most sections a JD may have, a heading stays a line of the last section.
    if (id && sections.length < JD_MAX_SECTIONS) {
      body(id, normalise(line));
      continue;
    }
    if (!title && !current) {
      if (!line.trim()) continue;
      const named = normalise(line).replace(/^(?:job title|title|position|role)\s*[:\-–]\s*/i, '');
      if (named.length <= TITLE_MAX) {
        title = named;
        continue;
      }
    }
    const target: JdSection = current ?? body('about', '');
    target.text += `${line}\n`;
  }
  for (const s of sections) s.text = s.text.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return { title, sections: sections.filter((s) => s.text.length > 0 || s.heading.length > 0) };
}
