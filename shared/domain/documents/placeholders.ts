import type { Block, DocumentModel, TextRun } from './model';

/**
 * An unfilled placeholder is a bracketed span that starts with a letter, such as
 * "[team size]" or "[Add the on-call rota]". Brackets glued to a word ("items[0]") or used for
 * a link ("[docs](...)") are not placeholders.
 */
const PLACEHOLDER = /(?<![\p{L}\p{N}\])])\[(?=\p{L})[^[\]\n]{1,120}\](?!\()/gu;

export interface PlaceholderHit {
  /** The span with its brackets, as written. */
  text: string;
  /** Index of the block it sits in. */
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

/** Every unfilled placeholder of a model, in order; guidance notes are not searched. */
export function findPlaceholders(model: DocumentModel): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  model.blocks.forEach((block, blockIndex) => {
    for (const text of blockTexts(block)) {
      for (const match of text.matchAll(PLACEHOLDER)) hits.push({ text: match[0], blockIndex });
    }
  });
  return hits;
}

const hasPlaceholder = (text: string) => new RegExp(PLACEHOLDER.source, 'u').test(text);
// Cutting a placeholder takes the spaces before it too: "safe to retry [Add X]." becomes "safe to retry.".
const CUT = new RegExp(`[ \\t]*${PLACEHOLDER.source}`, 'gu');

/** The text without placeholders; what is left is dropped if it has no letter or digit ("[Add X]." leaves "."). */
function strip(text: string): string {
  if (!hasPlaceholder(text)) return text;
  const rest = text.replace(CUT, '');
  return /[\p{L}\p{N}]/u.test(rest) ? rest : '';
}

/**
 * Runs without their placeholders. A placeholder split over runs of different styles is not
 * seen by the per-run pass, so the joined text is checked too and, if it still holds one, the
 * runs are merged into plain text before stripping.
 */
function stripRuns(runs: TextRun[]): TextRun[] {
  const joined = runs.map((r) => r.text).join('');
  if (!hasPlaceholder(joined)) return runs;
  const each = runs.map((r) => ({ ...r, text: r.text.replace(CUT, '') }));
  const rest = each.map((r) => r.text).join('');
  if (hasPlaceholder(rest)) return [{ text: strip(joined) }];
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

/** The model with every placeholder span cut out; blocks left empty are dropped when it is prepared. */
export function stripPlaceholders(model: DocumentModel): DocumentModel {
  return { metadata: model.metadata, blocks: model.blocks.map(stripBlock) };
}
