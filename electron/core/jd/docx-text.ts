import mammoth from 'mammoth';

/** The part of mammoth's document tree the text is made from. */
interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
  numbering?: { level: string | number; isOrdered: boolean } | null;
}

interface Paragraph {
  text: string;
  list: { level: number; ordered: boolean } | null;
}

function inlineText(element: DocElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(inlineText).join('');
}

function paragraphsOf(element: DocElement, into: Paragraph[] = []): Paragraph[] {
  if (element.type === 'paragraph') {
    const numbering = element.numbering;
    into.push({
      text: inlineText(element),
      list: numbering ? { level: Number(numbering.level) || 0, ordered: numbering.isOrdered } : null,
    });
  } else {
    for (const child of element.children ?? []) paragraphsOf(child, into);
  }
  return into;
}

/**
 * Writes paragraphs as a pasted JD would have them: a blank line between paragraphs, list
 * items on consecutive lines with a marker ("- ", or "1. " counting within the list) and
 * two spaces per nesting level. (mammoth's own raw text drops the markers, and the section
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
      out += paragraph.text;
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
  return textOfParagraphs(paragraphs);
}
