/**
 * A job description as text with sections, and its flat form: one string with known offsets,
 * so a finding's `start`/`end` can select a span in an editor showing the flat text.
 */

export const jdSectionIds = ['title', 'about', 'first90', 'requirements', 'compensation', 'company'] as const;
export type JdSectionId = (typeof jdSectionIds)[number];

export interface JdSection {
  /** Never 'title': the title lives in `JdText.title`. */
  id: Exclude<JdSectionId, 'title'>;
  /** The heading as written ("What you'll do"); may be empty for untitled text. */
  heading: string;
  text: string;
}

/** A JD: its title and its sections, in order. An id may repeat ("Requirements", "Nice to have"). */
export interface JdText {
  title: string;
  sections: JdSection[];
  /**
   * A job page's chrome above the title (the board's name, its menu), as read; it also stays at
   * the head of the first section's text. Its "Remote" is a link, not how the job is worked.
   */
  pageTop?: string;
}

export interface JdFlatSection {
  id: JdSectionId;
  heading: string;
  /** Offset of the heading line in the flat text (equal to `start` when there is no heading). */
  headingStart: number;
  /** The section's text occupies flat[start, end). */
  start: number;
  end: number;
  /** Index into `JdText.sections`; -1 for the title. */
  index: number;
}

export interface JdFlat {
  text: string;
  /** The title first (index -1), then every section in order. */
  sections: JdFlatSection[];
}

/**
 * Lays a JD out as one string: the title, a blank line, then each section as its heading
 * line (when it has one) followed by its text, sections separated by a blank line.
 */
export function flattenJd(doc: JdText): JdFlat {
  const parts: string[] = [];
  const sections: JdFlatSection[] = [];
  let offset = 0;
  const push = (s: string) => {
    parts.push(s);
    offset += s.length;
  };
  const title = doc.title.trim();
  sections.push({ id: 'title', heading: '', headingStart: 0, start: 0, end: title.length, index: -1 });
  push(title);
  doc.sections.forEach((section, index) => {
    push('\n\n');
    const headingStart = offset;
    const heading = section.heading.trim();
    if (heading) push(`${heading}\n`);
    const start = offset;
    // trimEnd drops exactly what /\s+$/ matches, without trying a match at every space.
    const text = section.text.trimEnd();
    push(text);
    sections.push({ id: section.id, heading, headingStart, start, end: offset, index });
  });
  return { text: parts.join(''), sections };
}

/** The section a flat offset falls in (the title when before every section). */
export function sectionAt(flat: JdFlat, offset: number): JdSectionId {
  let found: JdSectionId = 'title';
  for (const s of flat.sections) if (offset >= s.headingStart) found = s.id;
  return found;
}
