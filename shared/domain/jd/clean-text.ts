import { withoutControlCharacters } from '../../questions';

/** Anything cleanJdText changes: control characters, "\r", the Unicode line breaks, no-break spaces, HTML entities. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const TO_CLEAN = /[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u2028\u2029]|&[a-z#]/i;

/**
 * Text as the JD code reads it: Unix line breaks, form feeds and vertical tabs (page and
 * line breaks from old word processors) as line breaks, no-break spaces as spaces, HTML
 * entities as their characters, and no other control characters, which no field of a role
 * spec may hold.
 */
export function cleanJdText(raw: string): string {
  // Most pasted text has none of them: one scan instead of six.
  if (!TO_CLEAN.test(raw)) return raw;
  return withoutControlCharacters(
    raw
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/\u00a0/g, ' ')
      .replace(HTML_ENTITY, (whole, name: string) => HTML_ENTITIES[name.toLowerCase()] ?? whole),
  );
}

/** The HTML entities text copied out of a web form or a ticket keeps ("Compensation &amp; benefits"). */
const HTML_ENTITY = /&(amp|lt|gt|quot|apos|#39|nbsp|ndash|mdash|rsquo|lsquo|rdquo|ldquo|hellip);/gi;
const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};
