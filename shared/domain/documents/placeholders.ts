import type { Block, DocumentMetadata, DocumentModel, TextRun } from './model';

/**
 * What counts as an unfilled placeholder, in one place: the JD check `unfilled-placeholder`,
 * the export gate (ask first, or cut out) and the JD editor's highlight all read this list.
 *
 * - a bracketed span that starts with a letter: "[team size]", "[Add the on-call rota]";
 *   brackets glued to a word ("items[0]") or used for a link ("[docs](...)") are not ones;
 * - doubled braces: "{{company}}";
 * - angle brackets around words: "<<company>>", "<Company name>"; not a generic glued to a
 *   word ("List<T>") and not markup with attributes or a closing slash;
 * - "TBD" and "TK" written as words in capitals, where they stand for a value ("Start date: TBD"),
 *   not where a sentence says something is undecided ("the range is still TBD");
 * - not a job post's tag ("[HIRING]"), a ticket key, a picture's stand-in, an HTML tag, a ticked
 *   box ("- [x] Done"), nor an email address in angle brackets ("<ana@example.com>"): they name
 *   nothing missing;
 * - money left as X's: "$XXX,XXX", "XXK", or a range of them ("$XXX,XXX - $XXX,XXX"), and a
 *   count left as X's before the word it counts ("a team of XX engineers").
 */
const MONEY_X = String.raw`(?:[$€£]\s?X{1,9}(?:[,.]X{3}){0,4}[Kk]?|X{1,3}(?:,X{3}){1,4}|X{2,9}K)`;
/** The tags a job board, forum or chat post opens with: "[HIRING] Senior Backend Engineer". */
export const POST_TAG =
  /\[(?:hiring|we're hiring|for hire|remote|on-?site|hybrid|full[- ]time|part[- ]time|contract|visa|intern(?:ship)?)\]/i;
/**
 * Bracketed text that names nothing missing: a post's tag, a ticket's key ("[TAREQ-2291]"), an
 * email client's stand-in for a picture ("[image: Acme logo]"), a page's button ("[Apply for this
 * job]") and an HTML tag ("<sub>", "<br>").
 */
const NOT_MISSING: RegExp[] = [
  new RegExp(`^${POST_TAG.source}$`, 'i'),
  /^\[[A-Z][A-Z0-9]+-\d+\]$/,
  /^\[(?:image|cid|attachment|inline image)\s*:/i,
  // A page's button copied as its label in brackets: "[Apply for this job]", "[Back to all jobs]".
  /^\[(?:apply(?: now| here| today| for this (?:job|role|position))?|save(?: (?:job|this job))?|share(?: this job)?|sign in|log in|back to (?:all )?(?:jobs|search|openings)|(?:view|see) all (?:jobs|openings))\]$/i,
  /^<\/?(?:a|b|i|u|s|p|em|strong|sub|sup|br|hr|div|span|img|code|pre|small|big|mark|del|ins|kbd|details|summary|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|h[1-6]|picture|source|video|center|font|blockquote|section|article|header|footer|nav|aside|main|figure|figcaption)\/?>$/i,
];
const namesNothingMissing = (span: string) => NOT_MISSING.some((re) => re.test(span));
const FORMS = [
  String.raw`(?<![\p{L}\p{N}\])])\[(?=\p{L})[^[\]\n]{1,120}\](?!\()`,
  String.raw`(?<![\p{L}\p{N}])\{\{[^{}\n]{1,60}\}\}`,
  String.raw`(?<![\p{L}\p{N}<])<<?(?=\p{L})[^<>\n="/@]{1,40}>>?`,
  String.raw`(?<![\p{L}\p{N}_])(?<!\b(?:is|are|was|were|be|remains?|still)\s)(?:TBD|TK)(?![\p{L}\p{N}_])`,
  String.raw`(?<![\p{L}\p{N}_$€£])${MONEY_X}(?:[ \t]*(?:-|–|—|to)[ \t]*${MONEY_X})?(?![\p{L}\p{N}_])`,
  String.raw`(?<![\p{L}\p{N}_$€£,.])X{2,3}(?= [\p{Ll}])`,
];
const PLACEHOLDER = new RegExp(FORMS.join('|'), 'gu');

/**
 * A task list's ticked box, "- [x] Confirm the band": a mark at an item's start before the task's
 * capital, where "- [X] days of PTO" runs on as a sentence with a number left out.
 */
const TICKED_BOX = /^\[[xX]\]$/;
const LIST_MARK_BEFORE = /(?:^|\n)[ \t]*[-*+][ \t]*$/;
const TASK_AFTER = /^[ \t]+\p{Lu}/u;
const isTickedBox = (text: string, m: RegExpExecArray) =>
  TICKED_BOX.test(m[0]) &&
  LIST_MARK_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
  TASK_AFTER.test(text.slice(m.index + 3, m.index + 6));

function* placeholderMatches(text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(PLACEHOLDER))
    if (!namesNothingMissing(m[0]) && !isTickedBox(text, m)) yield m;
}

export interface PlaceholderSpan {
  text: string;
  start: number;
  end: number;
}

/** Every unfilled placeholder in a text, in order, with its offsets. */
export function placeholderSpans(text: string): PlaceholderSpan[] {
  return [...placeholderMatches(text)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Whether a text holds an unfilled placeholder. */
export function hasPlaceholder(text: string): boolean {
  return !placeholderMatches(text).next().done;
}

export interface PlaceholderHit {
  /** The span as written, brackets included. */
  text: string;
  /** Index of the block it sits in; -1 for the document's title or subject. */
  blockIndex: number;
}

function blockTexts(block: Block): string[] {
  const joined = (runs: TextRun[]) => runs.map((r) => r.text).join('');
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [joined(block.runs)];
    case 'list':
      return block.items.flatMap((i) => [
        joined(i.runs),
        ...(i.sublist?.items.map((s) => joined(s.runs)) ?? []),
      ]);
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flatMap((row) => row.map(joined))];
    case 'keyValue':
      return block.entries.flatMap((e) => [e.key, joined(e.value)]);
    case 'pageBreak':
    case 'writingSpace':
    case 'guidance': // advice to the editor may mention placeholders; it never reaches a file
      return [];
  }
}

/**
 * Every unfilled placeholder of a model, in order; guidance notes are not searched. The title
 * and subject come last (block -1): they name the files and fill the page header.
 */
export function findPlaceholders(model: DocumentModel): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  model.blocks.forEach((block, blockIndex) => {
    for (const text of blockTexts(block)) {
      for (const span of placeholderSpans(text)) hits.push({ text: span.text, blockIndex });
    }
  });
  for (const text of [model.metadata.title, model.metadata.subject ?? ''])
    for (const span of placeholderSpans(text)) hits.push({ text: span.text, blockIndex: -1 });
  return hits;
}

/** Marks where a placeholder was cut, while the text around it is tidied; never left in a result. */
const GAP = '\uFDD0';
const tidy = (pattern: string, flags = 'g') => new RegExp(pattern.replaceAll('GAP', GAP), flags);
/** Two gaps joined by a dash, slash, comma or "and"/"or"/"to" are one: "[minimum]-[maximum]". */
const JOINED_GAPS = tidy(String.raw`GAP(?:[ \t]*(?:[-–—/,&+]|and|or|to)[ \t]*GAP)+`);
/** A line that was only a label and its missing value: "Benefits: [benefits]." */
const LABEL_ONLY = tidy(String.raw`^[ \t]*[^.!?:\n]{1,40}:[ \t]*GAP[ \t]*[.;]?[ \t]*$`, '');
/** Parentheses that held nothing else: "Engineer ([qualifier])" becomes "Engineer". */
const EMPTY_PARENS = tidy(String.raw`[ \t]*\([ \t]*GAP[ \t]*\)`);
/** A comma, colon or dash left hanging at the end of a clause: "Start date: TBD." becomes "Start date.". */
const HANGING = tidy(String.raw`[ \t]*[,:;–—-][ \t]*GAP(?=[ \t]*(?:[.,;:!?)\]]|$))`);
/** A gap at the very start takes the spaces and a comma or colon after it. */
const LEADING = tidy(String.raw`^[ \t]*GAP[ \t]*(?:[,:;][ \t]*)?`);
/** Elsewhere a gap takes the spaces before it: "safe to retry [Add X]." becomes "safe to retry.". */
const REST = tidy(String.raw`[ \t]*GAP`);

/**
 * The text without its placeholders, tidied so it still reads: no empty "()", no dangling
 * separator, no label left without its value. What is left is dropped when it has no letter
 * or digit ("[Add X]." leaves ".").
 */
export function removePlaceholders(text: string): string {
  if (!hasPlaceholder(text)) return text;
  let rest = text
    .replaceAll(GAP, '')
    .replace(PLACEHOLDER, (m) => (namesNothingMissing(m) ? m : GAP))
    .replace(JOINED_GAPS, GAP);
  if (LABEL_ONLY.test(rest)) return '';
  rest = rest.replace(EMPTY_PARENS, GAP).replace(HANGING, GAP).replace(LEADING, '').replace(REST, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : '';
}

const strip = removePlaceholders;

/**
 * Runs without their placeholders. A placeholder split over runs of different styles is not
 * seen by the per-run pass, so the joined text is checked too and, if it still holds one, the
 * runs are merged into plain text before stripping.
 */
function stripRuns(runs: TextRun[]): TextRun[] {
  const joined = runs.map((r) => r.text).join('');
  if (!hasPlaceholder(joined)) return runs;
  if (runs.length === 1 || runs.every((r) => !r.bold && !r.italic)) {
    const text = strip(joined);
    return text ? [{ ...runs[0], text }] : [];
  }
  const each = runs.map((r) => ({ ...r, text: hasPlaceholder(r.text) ? strip(r.text) : r.text }));
  const rest = each.map((r) => r.text).join('');
  if (hasPlaceholder(rest)) {
    const text = strip(joined);
    return text ? [{ text }] : [];
  }
  return /[\p{L}\p{N}]/u.test(rest) ? each : [];
}

function stripBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading':
      return { ...block, text: strip(block.text) };
    case 'paragraph':
      return { ...block, runs: stripRuns(block.runs) };
    case 'list':
      return {
        ...block,
        items: block.items.map((i) => {
          const entry = { runs: stripRuns(i.runs) };
          return i.sublist
            ? {
                ...entry,
                sublist: { ...i.sublist, items: i.sublist.items.map((s) => ({ runs: stripRuns(s.runs) })) },
              }
            : entry;
        }),
      };
    case 'table':
      return {
        ...block,
        columns: block.columns.map((c) => ({ ...c, header: strip(c.header) })),
        rows: block.rows.map((row) => row.map(stripRuns)),
      };
    case 'keyValue':
      return {
        ...block,
        entries: block.entries.map((e) => ({ key: strip(e.key), value: stripRuns(e.value) })),
      };
    case 'pageBreak':
    case 'writingSpace':
    case 'guidance':
      return block;
  }
}

/**
 * The title, subject and other properties without placeholders: they name the exported files
 * and fill every page header. A title left empty takes the subject ("Job description").
 */
function stripMetadata(metadata: DocumentMetadata): DocumentMetadata {
  const out: DocumentMetadata = { ...metadata, title: strip(metadata.title).trim() };
  if (metadata.subject !== undefined) out.subject = strip(metadata.subject).trim();
  if (metadata.author !== undefined) out.author = strip(metadata.author).trim();
  if (metadata.company !== undefined) out.company = strip(metadata.company).trim();
  if (metadata.keywords) out.keywords = metadata.keywords.map((k) => strip(k).trim()).filter(Boolean);
  if (!out.title) out.title = out.subject ?? '';
  return out;
}

/** The model with every placeholder span cut out; blocks left empty are dropped when it is prepared. */
export function stripPlaceholders(model: DocumentModel): DocumentModel {
  return { metadata: stripMetadata(model.metadata), blocks: model.blocks.map(stripBlock) };
}
