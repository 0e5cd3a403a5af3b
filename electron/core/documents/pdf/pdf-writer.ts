import type { Block, DocumentModel, TextRun, WriteOptions } from '../../../../shared/domain/documents/model';
import { listMarker, prepareForWriting } from '../../../../shared/domain/documents/text';
import { THEME } from '../theme';
import { loadFaces } from './fonts';
import { cellsHeight, type Grid, layKeyValues, layTable, placeGrid } from './grid';
import type { Line, TextStyle } from './line-layout';
import { linesHeight, MARGIN, PageFlow } from './page-flow';

const body: TextStyle = { size: THEME.bodySize, color: THEME.text, leading: THEME.lineGap };
const cellStyle: TextStyle = { size: THEME.tableSize, color: THEME.text, leading: 1.25 };
const keyValueStyle: TextStyle = { ...cellStyle, size: THEME.bodySize };
const furnitureStyle: TextStyle = { size: THEME.furnitureSize, color: THEME.muted, leading: 1.2 };

/** A block laid out for the text width: lines measured, not yet placed on a page. */
type Laid =
  | { kind: 'heading'; level: 1 | 2 | 3; lines: Line[]; before: number; after: number }
  | { kind: 'paragraph'; lines: Line[] }
  | { kind: 'list'; items: { marker: Line; markerX: number; textX: number; lines: Line[] }[] }
  | Grid
  | { kind: 'space'; lines: number }
  | { kind: 'break' };

function lay(flow: PageFlow, block: Block): Laid | null {
  switch (block.kind) {
    case 'heading': {
      const h = THEME.headings[block.level];
      const style: TextStyle = { size: h.size, color: h.color, bold: true, leading: 1.2 };
      const lines = flow.lines([{ text: block.text }], flow.width, style);
      const after = h.after + (block.level === 1 ? 6 : 0); // room for the rule under a title
      return { kind: 'heading', level: block.level, lines, before: h.before, after };
    }
    case 'paragraph':
      return { kind: 'paragraph', lines: flow.lines(block.runs, flow.width, body) };
    case 'list': {
      const items: Extract<Laid, { kind: 'list' }>['items'] = [];
      const add = (runs: TextRun[], marker: string, depth: 0 | 1) => {
        const indent = THEME.listIndent * (depth + 1);
        const markerX = indent - THEME.listIndent * 0.75;
        const markerLine = flow.lines([{ text: marker }], flow.width, body)[0] as Line;
        const textX = Math.max(indent, markerX + markerLine.width + 4);
        items.push({ marker: markerLine, markerX, textX, lines: flow.lines(runs, flow.width - textX, body) });
      };
      block.items.forEach((entry, i) => {
        add(entry.runs, listMarker(block.style, 0, i), 0);
        const sub = entry.sublist;
        sub?.items.forEach((child, j) => {
          add(child.runs, listMarker(sub.style, 1, j), 1);
        });
      });
      return { kind: 'list', items };
    }
    case 'table':
      return layTable(flow, block.columns, block.rows, cellStyle);
    case 'keyValue':
      return layKeyValues(flow, block.entries, keyValueStyle);
    case 'writingSpace':
      return { kind: 'space', lines: block.lines };
    case 'pageBreak':
      return { kind: 'break' };
    case 'guidance':
      return null;
  }
}

/** The least height a block needs at the foot of a page for a heading above it to stay there. */
function minStart(flow: PageFlow, laid: Laid[], i: number, depth = 0): number {
  const b = laid[i];
  if (!b || depth > 3) return 0;
  switch (b.kind) {
    case 'heading':
      return linesHeight(b.lines) + b.after + minStart(flow, laid, i + 1, depth + 1);
    case 'paragraph':
      return linesHeight(b.lines.slice(0, 2));
    case 'list':
      return linesHeight(b.items[0]?.lines.slice(0, 2) ?? []);
    case 'grid': {
      const first = b.rows[0] ? cellsHeight(b.rows[0]) : 0;
      const head = b.header ? cellsHeight(b.header) : 0;
      return Math.min(head + first, (flow.bottom - flow.top) / 2);
    }
    case 'space':
      return 2 * THEME.writingLineGap;
    case 'break':
      return 0;
  }
}

function place(flow: PageFlow, laid: Laid[], i: number): void {
  const b = laid[i] as Laid;
  switch (b.kind) {
    case 'heading': {
      if (!flow.atTop()) flow.y += b.before;
      // Keep the heading with the start of what follows: never the last thing on a page.
      const need = linesHeight(b.lines) + b.after + minStart(flow, laid, i + 1);
      if (flow.y + need > flow.bottom && !flow.atTop()) flow.newPage();
      flow.placeLines(b.lines, flow.left);
      if (b.level === 1) flow.rule(flow.y + 3, 1, THEME.headings[1].color);
      flow.y += b.after;
      return;
    }
    case 'paragraph':
      flow.placeLines(b.lines, flow.left);
      flow.y += THEME.paragraphAfter;
      return;
    case 'list':
      for (const item of b.items) {
        flow.placeLines(item.lines, flow.left + item.textX, (top) =>
          flow.drawLine(item.marker, flow.left + item.markerX, top),
        );
        flow.y += THEME.listItemAfter;
      }
      flow.y += THEME.paragraphAfter - THEME.listItemAfter;
      return;
    case 'grid':
      placeGrid(flow, b);
      flow.y += THEME.paragraphAfter + 4;
      return;
    case 'space':
      for (let n = 0; n < b.lines; n++) {
        if (flow.y + THEME.writingLineGap > flow.bottom) flow.newPage();
        flow.y += THEME.writingLineGap;
        flow.rule(flow.y, 0.5, THEME.writingRule);
      }
      flow.y += THEME.paragraphAfter;
      return;
    case 'break':
      if (!flow.atTop()) flow.newPage();
      return;
  }
}

/** One line of page furniture, cut short with an ellipsis if it would not fit. */
function oneLine(flow: PageFlow, text: string, width: number): Line | null {
  let t = text;
  for (;;) {
    const lines = flow.lines([{ text: t === text ? t : `${t}…` }], width, furnitureStyle);
    if (lines.length <= 1 || t.length === 0) return lines[0] ?? null;
    t = t.slice(0, -1).trimEnd();
  }
}

/** Header (title left, company right, a rule) and footer (Page X of Y) on every page, once all are known. */
function drawFurniture(flow: PageFlow, title: string, company: string | undefined): void {
  const range = flow.doc.bufferedPageRange();
  const headerTop = MARGIN - 30;
  for (let i = range.start; i < range.start + range.count; i++) {
    flow.doc.switchToPage(i);
    const companyLine = company ? oneLine(flow, company, flow.width * 0.4) : null;
    const titleLine = oneLine(flow, title, flow.width - (companyLine?.width ?? 0) - 18);
    if (titleLine) flow.drawLine(titleLine, flow.left, headerTop);
    if (companyLine) flow.drawLine(companyLine, flow.left + flow.width - companyLine.width, headerTop);
    flow.rule(headerTop + furnitureStyle.size * furnitureStyle.leading + 3, 0.5, THEME.rule);
    const footer = oneLine(flow, `Page ${i + 1} of ${range.count}`, flow.width);
    if (footer)
      flow.drawLine(footer, flow.left + (flow.width - footer.width) / 2, flow.pageHeight - MARGIN + 24);
  }
}

/**
 * The model as a PDF with the embedded Noto fonts: the same blocks and text as the DOCX, laid
 * out with measured widths so no line or table cell crosses the margins, headings kept with
 * what follows them, page X of Y in the footer.
 */
export async function writePdf(input: DocumentModel, options: WriteOptions): Promise<Buffer> {
  const model = prepareForWriting(input);
  const flow = new PageFlow(loadFaces(), model.metadata, options.pageSize);
  const laid = model.blocks.map((b) => lay(flow, b)).filter((b): b is Laid => b !== null);
  for (let i = 0; i < laid.length; i++) place(flow, laid, i);
  drawFurniture(flow, model.metadata.title, model.metadata.company);
  return flow.finish();
}
