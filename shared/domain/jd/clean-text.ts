import { withoutControlCharacters } from '../../questions';

/**
 * Anything cleanJdText changes: control characters, "\r", the Unicode line breaks, no-break
 * spaces, HTML entities, list marks in a symbol font's private codes (and HTML markup, below).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const TO_CLEAN = /[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u2028\u2029\uf06c-\uf0fc]|&[a-z#]/i;

/**
 * The marks of Word's bullet library, which sets them in the Symbol and Wingdings fonts. A PDF
 * of the file often keeps only the font's own code for each (U+F0B7 for Symbol's bullet), so
 * text copied or extracted from it leads each item with a code that means nothing outside that
 * font. At the start of a line each is read as the mark it draws: one character for one, so
 * every offset into the text still holds.
 */
const SYMBOL_FONT_MARKS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf06c': '●',
  '\uf06e': '■',
  '\uf06f': '□',
  '\uf075': '◆',
  '\uf076': '❖',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
};
const SYMBOL_FONT_MARK = new RegExp(`^([ \\t]*)([${Object.keys(SYMBOL_FONT_MARKS).join('')}])`, 'gm');

/**
 * Text as the JD code reads it: Unix line breaks, form feeds and vertical tabs (page and
 * line breaks from old word processors) as line breaks, no-break spaces as spaces, HTML
 * markup as the lines it lays out, HTML entities as their characters, a list mark in a symbol font's code as the mark, and no other
 * control characters, which no field of a role spec may hold.
 */
export function cleanJdText(raw: string): string {
  // Most pasted text has none of them: one scan instead of six.
  if (!TO_CLEAN.test(raw) && !HTML_BLOCK_TAG.test(raw)) return raw;
  return withoutControlCharacters(
    withoutHtmlMarkup(raw)
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/\u00a0/g, ' ')
      .replace(HTML_ENTITY, (whole, name: string) => HTML_ENTITIES[name.toLowerCase()] ?? whole),
  ).replace(SYMBOL_FONT_MARK, (_, lead: string, mark: string) => lead + (SYMBOL_FONT_MARKS[mark] ?? mark));
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

/** A block tag of HTML: a paragraph, a list or its item, a line break, a heading, a division. */
const HTML_BLOCK_TAG = /<\/?(?:p|li|ul|ol|br|div|h[1-6])\b[^<>]{0,200}>/i;
const HTML_BLOCK_TAGS = new RegExp(HTML_BLOCK_TAG.source, 'gi');
/** The markup pasted with it: an ATS editor's source view keeps these around the text. */
const HTML_INLINE_TAG = /<\/?(?:strong|b|em|i|u|span|a|font|small|mark|sup|sub|code)\b[^<>]{0,200}>/gi;
/** Markup is read as markup only where it lays out the text: three block tags or more. */
const HTML_BLOCKS_MIN = 3;

/**
 * A posting pasted from an ATS editor's source view, with its HTML around the text: paragraphs
 * and line breaks become lines, list items "- " items, a heading or a paragraph set only in
 * bold ("<p><strong>About the Role</strong></p>") a line of its own, and the rest of the
 * markup goes. Text with a tag here and there ("<sub>") is left as written.
 */
function withoutHtmlMarkup(text: string): string {
  if ((text.match(HTML_BLOCK_TAGS)?.length ?? 0) < HTML_BLOCKS_MIN) return text;
  return text
    .replace(/<h[1-6]\b[^<>]*>([^<]*)<\/h[1-6]>/gi, '\n\n$1\n')
    .replace(/<p\b[^<>]*>\s*<(strong|b)\b[^<>]*>([^<]{1,100})<\/\1>\s*<\/p>/gi, '\n\n$2\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(HTML_BLOCK_TAGS, '\n')
    .replace(HTML_INLINE_TAG, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
