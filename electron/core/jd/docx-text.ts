import mammoth from 'mammoth';

/** The part of mammoth's document tree the text is made from. */
interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
  numbering?: { level: string | number; isOrdered: boolean } | null;
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
}

interface Paragraph {
  text: string;
  list: { level: number; ordered: boolean } | null;
  /** Set in a heading style (Title, Heading 1-9). */
  heading?: boolean;
}

/** Word's own heading styles (and LibreOffice's, which save under the same names). */
const HEADING_STYLE = /^(?:heading\s*\d|title|subtitle)$/i;

/** A short line set in bold from end to end, with no sentence end: a heading typed without a heading style. */
const BOLD_HEADING_MAX_WORDS = 12;

function runsOf(element: DocElement, into: DocElement[] = []): DocElement[] {
  if (element.type === 'run') into.push(element);
  else for (const child of element.children ?? []) runsOf(child, into);
  return into;
}

function boldLine(p: DocElement): boolean {
  const text = inlineText(p).trim();
  if (!text || text.split(/\s+/).length > BOLD_HEADING_MAX_WORDS || /[.!?;,]$/.test(text)) return false;
  const runs = runsOf(p).filter((r) => inlineText(r).trim());
  return runs.length > 0 && runs.every((r) => r.isBold);
}

const isHeading = (p: DocElement) =>
  HEADING_STYLE.test(p.styleName ?? '') ||
  HEADING_STYLE.test(p.styleId ?? '') ||
  (!p.numbering && boldLine(p));

function inlineText(element: DocElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(inlineText).join('');
}

/**
 * A key-facts table row reads as a label line ("Location: Boston, MA"), the way the same facts
 * are pasted from a web page; a wider row keeps its cells apart with bars.
 */
function rowText(row: DocElement): string {
  const cells = (row.children ?? [])
    .filter((c) => c.type === 'tableCell')
    .map((c) =>
      paragraphsOf(c)
        .map((p) => p.text.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
  if (cells.length === 2 && !/[:.]$/.test(cells[0] ?? '')) return `${cells[0]}: ${cells[1]}`;
  return cells.join(' | ');
}

function paragraphsOf(element: DocElement, into: Paragraph[] = []): Paragraph[] {
  if (element.type === 'paragraph') {
    // A numbered heading ("1. About the role") is a heading, not the first item of a list: its
    // number would hide the heading's words and restart the count of the list below it.
    const heading = isHeading(element);
    const numbering = heading ? null : element.numbering;
    into.push({
      text: inlineText(element),
      list: numbering ? { level: Number(numbering.level) || 0, ordered: numbering.isOrdered } : null,
      heading,
    });
  } else if (element.type === 'tableRow') {
    const text = rowText(element);
    if (text) into.push({ text, list: null });
  } else {
    for (const child of element.children ?? []) paragraphsOf(child, into);
  }
  return into;
}

/**
 * Writes paragraphs as a pasted JD would have them: a blank line between paragraphs, list
 * items on consecutive lines with a marker ("- ", or "1. " counting within the list) and
 * two spaces per nesting level, headings after the first line marked "## " as in markdown. (mammoth's own raw text drops the markers, and the section
 * splitter and "convert to role spec" read requirement lines by them.)
 */
export function textOfParagraphs(paragraphs: Paragraph[]): string {
  let out = '';
  const counters: number[] = [];
  let previous: Paragraph | null = null;
  for (const paragraph of paragraphs) {
    if (previous) out += previous.list && paragraph.list ? '\n' : '\n\n';
    if (!paragraph.list) {
      counters.length = 0;
      // A heading style says "heading" outright, so it is written as markdown's own; the title
      // line needs no mark, being first.
      out += paragraph.heading && previous ? `## ${paragraph.text.trim()}` : paragraph.text;
    } else {
      const { level, ordered } = paragraph.list;
      counters.length = level + 1;
      counters[level] = (counters[level] ?? 0) + 1;
      const marker = ordered ? `${counters[level]}. ` : '- ';
      out += `${'  '.repeat(level)}${marker}${paragraph.text}`;
    }
    previous = paragraph;
  }
  return out;
}

/**
 * The document's first heading is its title, even under a few lines of letterhead ("Acme |
 * Job description | Req 2291"): it goes first, as the title line of a pasted JD does, and the
 * lines above it follow it.
 */
export function titleFirst(paragraphs: Paragraph[]): Paragraph[] {
  const LETTERHEAD_LINES = 3;
  const first = paragraphs.findIndex((p) => p.heading && p.text.trim());
  if (first <= 0 || first > LETTERHEAD_LINES || paragraphs.slice(0, first).some((p) => p.list))
    return paragraphs;
  return [paragraphs[first] as Paragraph, ...paragraphs.slice(0, first), ...paragraphs.slice(first + 1)];
}

/** The text of a .docx, read by mammoth, with its lists kept as lists. */
export async function docxText(buffer: Buffer): Promise<string> {
  let paragraphs: Paragraph[] = [];
  await mammoth.convertToHtml(
    { buffer },
    {
      // The tree is read here; the HTML mammoth goes on to write is not used, so images are
      // not encoded into it.
      transformDocument: (document: DocElement) => {
        paragraphs = paragraphsOf(document);
        return document;
      },
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return textOfParagraphs(titleFirst(paragraphs.filter((p) => p.text.trim() || p.list)));
}
