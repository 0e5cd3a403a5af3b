import type { Block, DocumentModel, ListItem, ListStyle, TextRun } from './model';
import { stripPlaceholders } from './placeholders';

// XML 1.0 allows tab, newline, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and the
// astral planes. Lone surrogates are not characters at all. Everything else is dropped.
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that an XML file (word/document.xml) can hold: forbidden characters removed, NFC form. */
export function sanitizeXmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').normalize('NFC');
}

// One emoji element: a flag (two regional indicators), a keycap (digit, # or * in a box), or a
// pictograph with its presentation selector, skin tone and tag characters (subdivision flags).
const EMOJI_ELEMENT =
  '(?:\\p{Regional_Indicator}{1,2}|[#*0-9]\\ufe0f?\\u20e3|(?:\\p{Extended_Pictographic}|\\p{Emoji_Presentation})[\\ufe0e\\ufe0f]?(?:\\p{Emoji_Modifier}[\\ufe0e\\ufe0f]?)?[\\u{e0020}-\\u{e007e}]*\\u{e007f}?)';
// An emoji sequence: elements joined by zero-width joiners (👩‍💻), or one alone.
const EMOJI_SEQUENCE = new RegExp(`${EMOJI_ELEMENT}(?:\\u200d${EMOJI_ELEMENT})*`, 'gu');
// Presentation selectors left over (text or emoji style) and tag characters: invisible, and
// only meaningful with an emoji.
const SELECTORS = /[\ufe0e\ufe0f\u{e0000}-\u{e007f}]/gu;
const EMOJI_STYLE = /^\p{Emoji_Presentation}$/u;
const GONE = '\uffff'; // cannot be in the text: sanitizeXmlText removes it
const AFTER_OPENING = /[\p{Ps}\p{Pi}¿¡]$/u;
const BEFORE_CLOSING = /^[\p{Pe}\p{Pf}.,;:!?…。，、；：！？]/u;

/**
 * What is left of one emoji sequence in a document. A symbol shown as text by default stays
 * (©, ™, ★, ✔, ↔, ♥: typography, not pictures), and so does one asked for as text (U+FE0E),
 * a keycap's digit, and ©, ® and ™ even when asked for as emoji. The rest goes: emoji by
 * default (🚀, ✅, ⭐), symbols asked for as emoji (U+FE0F, as in ✔️), skin tones, joined
 * sequences (👩‍💻), flags, and every pictograph outside the Basic Multilingual Plane.
 */
function emojiRemains(sequence: string): string {
  const keycap = /^([#*0-9])\ufe0f?\u20e3$/u.exec(sequence);
  if (keycap) return keycap[1] ?? '';
  if ((sequence.codePointAt(0) ?? 0) > 0xffff) return '';
  const base = sequence.charAt(0);
  const rest = sequence.slice(1);
  if (rest === '\ufe0e') return base;
  if (rest === '\ufe0f') return '©®™'.includes(base) ? base : '';
  return rest === '' && !EMOJI_STYLE.test(base) ? base : '';
}

/**
 * Text without emoji: a JD is a professional document, and a PDF cannot draw colour emoji, so
 * both writers leave them out and keep the same text. A symbol that reads as text stays as text
 * (see emojiRemains). Where an emoji went, the spaces around it become one, and none is left
 * before closing or after opening punctuation ("today 🚀." is "today.").
 */
export function removeEmoji(text: string): string {
  const marked = text.replace(EMOJI_SEQUENCE, (sequence) => emojiRemains(sequence) || GONE);
  if (!marked.includes(GONE)) return marked.replace(SELECTORS, '');
  return marked
    .replace(
      /(\s*)\uffff(?:\s*\uffff)*(\s*)/gu,
      (gap, before: string, after: string, at: number, all: string) => {
        if (before === '' && after === '') return '';
        const previous = all.slice(Math.max(0, at - 2), at);
        const next = all.slice(at + gap.length, at + gap.length + 2);
        return AFTER_OPENING.test(previous) || BEFORE_CLOSING.test(next) ? '' : ' ';
      },
    )
    .replace(SELECTORS, '');
}

// Line breaks and tabs inside a paragraph become single spaces; a no-break space stays.
const SPACES = /[ \t\r\n\f\v\u2028\u2029]+/g;

/** Runs as the writers get them: clean text, one space between words, none at either end, no empty runs. */
export function cleanRuns(input: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let endsWithSpace = true; // so a leading space of the first run goes
  for (const run of input) {
    let text = removeEmoji(sanitizeXmlText(run.text)).replace(SPACES, ' ');
    if (endsWithSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    endsWithSpace = text.endsWith(' ');
    const clean: TextRun = { text };
    if (run.bold) clean.bold = true;
    if (run.italic) clean.italic = true;
    out.push(clean);
  }
  const last = out.at(-1);
  if (last?.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') out.pop();
  }
  return out;
}

export const cleanText = (text: string): string => cleanRuns([{ text }])[0]?.text ?? '';
export const runsText = (input: TextRun[]): string => input.map((r) => r.text).join('');

const hasText = (input: TextRun[]) => input.length > 0;

function cleanBlock(block: Block): Block | null {
  switch (block.kind) {
    case 'heading': {
      const text = cleanText(block.text);
      return text ? { ...block, text } : null;
    }
    case 'paragraph': {
      const clean = cleanRuns(block.runs);
      return hasText(clean) ? { kind: 'paragraph', runs: clean } : null;
    }
    case 'list': {
      const items = block.items
        .map((i): ListItem => {
          const sub = i.sublist?.items
            .map((s) => ({ runs: cleanRuns(s.runs) }))
            .filter((s) => hasText(s.runs));
          const entry = { runs: cleanRuns(i.runs) };
          return sub && sub.length > 0 && i.sublist
            ? { ...entry, sublist: { style: i.sublist.style, items: sub } }
            : entry;
        })
        .filter((i) => hasText(i.runs) || i.sublist);
      return items.length > 0 ? { kind: 'list', style: block.style, items } : null;
    }
    case 'table': {
      const columns = block.columns.map((c) => ({ ...c, header: cleanText(c.header) }));
      const rows = block.rows
        .map((row) => columns.map((_, i) => cleanRuns(row[i] ?? [])))
        .filter((row) => row.some(hasText));
      return columns.length > 0 ? { kind: 'table', columns, rows } : null;
    }
    case 'keyValue': {
      const entries = block.entries
        .map((e) => ({ key: cleanText(e.key), value: cleanRuns(e.value) }))
        .filter((e) => e.key !== '' || hasText(e.value));
      return entries.length > 0 ? { kind: 'keyValue', entries } : null;
    }
    case 'writingSpace':
      return { kind: 'writingSpace', lines: Math.max(1, Math.min(40, Math.round(block.lines))) };
    case 'pageBreak':
      return block;
    case 'guidance':
      return null;
  }
}

/**
 * The model exactly as both writers draw it: guidance notes dropped, unfilled placeholders
 * removed, text cleaned for XML, empty blocks gone, no page break at the start or the end
 * and never two in a row.
 */
export function prepareForWriting(model: DocumentModel): DocumentModel {
  const blocks: Block[] = [];
  const stripped = stripPlaceholders(model);
  for (const block of stripped.blocks) {
    const clean = cleanBlock(block);
    if (!clean) continue;
    if (clean.kind === 'pageBreak' && (blocks.length === 0 || blocks.at(-1)?.kind === 'pageBreak')) continue;
    blocks.push(clean);
  }
  while (blocks.at(-1)?.kind === 'pageBreak') blocks.pop();
  const m = stripped.metadata;
  const metadata: DocumentModel['metadata'] = { title: cleanText(m.title) };
  if (m.subject) metadata.subject = cleanText(m.subject);
  if (m.author) metadata.author = cleanText(m.author);
  if (m.company) metadata.company = cleanText(m.company);
  if (m.keywords) metadata.keywords = m.keywords.map(cleanText).filter(Boolean);
  return { metadata, blocks };
}

/**
 * The label in front of a list item: "•", "–", "3.", "b.". Both writers draw these. The nested
 * bullet is an en dash because every face in use has one (the white bullet is missing from Noto Sans).
 */
export function listMarker(style: ListStyle, depth: 0 | 1, index: number): string {
  if (style === 'bullet') return depth === 0 ? '•' : '–';
  if (depth === 0) return `${index + 1}.`;
  return `${String.fromCharCode(97 + (index % 26))}.`;
}

/** One line of a document's text: a list item's marker is kept apart from its text. */
export interface TextLine {
  text: string;
  marker?: string;
}

/**
 * The text of a prepared document in reading order, one entry per paragraph, list item, table
 * cell (header row first, then row by row) and key or value. Page furniture (header, footer)
 * is not part of it.
 */
export function documentLines(model: DocumentModel): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of prepareForWriting(model).blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push({ text: block.text });
        break;
      case 'paragraph':
        lines.push({ text: runsText(block.runs) });
        break;
      case 'list':
        block.items.forEach((entry, i) => {
          lines.push({ marker: listMarker(block.style, 0, i), text: runsText(entry.runs) });
          entry.sublist?.items.forEach((sub, j) => {
            lines.push({
              marker: listMarker(entry.sublist?.style ?? 'bullet', 1, j),
              text: runsText(sub.runs),
            });
          });
        });
        break;
      case 'table':
        for (const column of block.columns) lines.push({ text: column.header });
        for (const row of block.rows) for (const cell of row) lines.push({ text: runsText(cell) });
        break;
      case 'keyValue':
        for (const entry of block.entries) {
          lines.push({ text: entry.key });
          lines.push({ text: runsText(entry.value) });
        }
        break;
      case 'pageBreak':
      case 'writingSpace':
      case 'guidance':
        break;
    }
  }
  return lines.filter((l) => l.text !== '' || l.marker);
}

/** The plain text both writers must produce for a model: one line per entry of documentLines. */
export function documentText(model: DocumentModel): string {
  return documentLines(model)
    .map((l) => (l.marker ? `${l.marker} ${l.text}` : l.text))
    .join('\n');
}
