import type { JdSection } from '../../../jd';
import type { RoleSpec } from '../../../roles';
import type { JdSectionId, JdText } from '../document';
import { factsOf } from './facts';
import { guidanceFor } from './guidance';
import {
  aboutText,
  companyHeading,
  companyText,
  compensationText,
  first90Text,
  requirementsText,
  SECTION_HEADINGS,
  titleText,
} from './sections';

/** The JD generator: pure, from a role spec to the six sections, in the project's own words. */

export interface GenerateOptions {
  /** The comp advisor's band, quoted in the compensation guidance. */
  band?: { min: number; max: number } | null;
}

export const builderSectionIds = [
  'title',
  'about',
  'first90',
  'requirements',
  'compensation',
  'company',
] as const;

/** One section's heading and text from the spec. */
export function generateSection(
  id: JdSectionId,
  spec: RoleSpec,
  options: GenerateOptions = {},
): { heading: string; text: string; guidance: string } {
  const f = factsOf(spec);
  const text = {
    title: () => titleText(f),
    about: () => aboutText(f),
    first90: () => first90Text(f),
    requirements: () => requirementsText(f),
    compensation: () => compensationText(f),
    company: () => companyText(f),
  }[id]();
  const heading = id === 'company' ? companyHeading(spec) : SECTION_HEADINGS[id];
  return { heading, text, guidance: guidanceFor(id, spec, options.band ?? null) };
}

/** The six sections, freshly generated: `generated` equals `text`. */
export function generateJd(spec: RoleSpec, options: GenerateOptions = {}): JdSection[] {
  return builderSectionIds.map((id) => {
    const s = generateSection(id, spec, options);
    return { id, heading: s.heading, text: s.text, generated: s.text, guidance: s.guidance };
  });
}

/** The builder's sections as the checks read them: the title apart, the others with their headings. */
export function builderToJdText(
  sections: readonly { id: JdSectionId; heading: string; text: string }[],
): JdText {
  const title = sections.find((s) => s.id === 'title')?.text ?? '';
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    sections: sections.flatMap((s) =>
      s.id === 'title' ? [] : [{ id: s.id, heading: s.heading, text: s.text }],
    ),
  };
}

export { factsOf, formatPay } from './facts';
export { guidanceFor } from './guidance';
