import { bullets, documentOf, guidance, heading, paragraph } from '../../documents/build';
import type { Block, DocumentModel } from '../../documents/model';
import type { JdSectionId } from '../document';

export interface JdDocumentSection {
  id: JdSectionId;
  heading: string;
  text: string;
  guidance?: string;
}

const BULLET = /^\s*(?:[-•*])\s+/;
/** A short line ending in a colon ("Preferred:") heads the list under it. */
const SUB_HEADING = /^[^\n]{1,60}:$/;

/** A section's text as blocks: "- " or "• " lines become a bullet list, "Preferred:" a sub-heading, other lines paragraphs. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) blocks.push(bullets(items));
    items = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (BULLET.test(line)) {
      const body = line.replace(BULLET, '').trim();
      if (body) items.push(body);
      continue;
    }
    flush();
    blocks.push(SUB_HEADING.test(line) ? heading(3, line.slice(0, -1)) : paragraph(line));
  }
  flush();
  return blocks;
}

/**
 * The document model of a JD, for the DOCX and PDF writers and the live preview: the title as
 * the first heading, then each section's heading and blocks. Guidance goes in only when asked
 * (the preview), as guidance blocks, which no writer ever puts in a file.
 */
export function jdDocument(
  sections: readonly JdDocumentSection[],
  meta: { company: string; withGuidance?: boolean },
): DocumentModel {
  const title =
    sections
      .find((s) => s.id === 'title')
      ?.text.replace(/\s+/g, ' ')
      .trim() || 'Job description';
  const blocks: Block[] = [heading(1, title)];
  for (const s of sections) {
    if (s.id === 'title') continue;
    if (meta.withGuidance && s.guidance) blocks.push(guidance(s.guidance));
    if (!s.text.trim()) continue;
    blocks.push(heading(2, s.heading), ...textBlocks(s.text));
  }
  const company = meta.company.trim();
  return documentOf(
    { title, subject: 'Job description', ...(company ? { company } : {}), keywords: ['job description'] },
    blocks,
  );
}
