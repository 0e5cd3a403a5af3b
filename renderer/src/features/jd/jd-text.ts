import { placeholderSpans } from '../../../../shared/domain/documents/placeholders';
import type { JdText } from '../../../../shared/domain/jd';
import type { JdCheckResult, JdSection, JdSectionId } from '../../../../shared/jd';

/** The text of each section as the editor shows it. */
export type JdDrafts = Record<JdSectionId, string>;

export function draftsOf(sections: JdSection[]): JdDrafts {
  return Object.fromEntries(sections.map((s) => [s.id, s.text])) as JdDrafts;
}

/** The JD as the checks read it: the title on its own, then every other section with its heading. */
export function documentOf(sections: Pick<JdSection, 'id' | 'heading'>[], drafts: JdDrafts): JdText {
  return {
    title: drafts.title ?? '',
    sections: sections
      .filter((s) => s.id !== 'title')
      .map((s) => ({
        id: s.id as Exclude<JdSectionId, 'title'>,
        heading: s.heading,
        text: drafts[s.id] ?? '',
      })),
  };
}

/** A span of one section's text, in that section's own offsets. */
export interface SectionSpan {
  sectionId: JdSectionId;
  start: number;
  end: number;
}

/**
 * Where a finding's flat offsets fall in the section texts the editor shows. The flat text
 * trims the title and the end of each section, so the title's leading blanks are added back;
 * a span in a heading line lands at the start of the section's text. `drafts` must be the
 * texts the check was run on; null when the finding points at no section.
 */
export function sectionSpanOf(
  check: Pick<JdCheckResult, 'sections'>,
  drafts: JdDrafts,
  finding: { start: number; end: number },
): SectionSpan | null {
  let found: JdCheckResult['sections'][number] | undefined;
  for (const s of check.sections) if (finding.start >= s.headingStart) found = s;
  if (!found) return null;
  const lead =
    found.id === 'title' ? (drafts.title ?? '').length - (drafts.title ?? '').trimStart().length : 0;
  const length = found.end - found.start;
  const clamp = (n: number) => Math.max(0, Math.min(length, n - found.start)) + lead;
  return {
    sectionId: found.id,
    start: clamp(finding.start),
    end: clamp(Math.max(finding.start, finding.end)),
  };
}

/**
 * The section text with a finding's replacement put in, or null when the text there is no
 * longer what the check saw (it was edited since), so a fix never lands in the wrong place.
 */
export function applyReplacement(
  text: string,
  span: SectionSpan,
  expected: string,
  replacement: string,
): string | null {
  if (text.slice(span.start, span.end) !== expected) return null;
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

/**
 * Unfilled placeholders ("[team size]", "{{company}}", "TBD", "$XXX,XXX"): the same definition
 * the JD check and the export use, so what is highlighted here is what export asks about.
 */
export function placeholdersIn(text: string): { text: string; start: number; end: number }[] {
  return placeholderSpans(text);
}

/** Text cut into plain runs and placeholder runs, for highlighting. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  for (const hit of placeholdersIn(text)) {
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start), placeholder: false });
    parts.push({ text: hit.text, placeholder: true });
    at = hit.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), placeholder: false });
  return parts;
}

/**
 * Where a finding's span of the checked text lies in the text it was made from (an imported
 * JD is split and rejoined before it is checked, so offsets differ): the same occurrence of
 * the same words, counted from the start. Null when the words are not there as such.
 */
export function locateInSource(
  checked: string,
  start: number,
  end: number,
  source: string,
): { start: number; end: number } | null {
  const excerpt = checked.slice(start, end);
  if (!excerpt) return null;
  let occurrence = 0;
  for (let at = checked.indexOf(excerpt); at !== -1 && at < start; at = checked.indexOf(excerpt, at + 1)) {
    occurrence += 1;
  }
  let found = source.indexOf(excerpt);
  for (let i = 0; i < occurrence && found !== -1; i += 1) found = source.indexOf(excerpt, found + 1);
  return found === -1 ? null : { start: found, end: found + excerpt.length };
}
