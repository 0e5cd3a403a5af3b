import {
  AlignmentType,
  Document,
  Footer,
  Header,
  type ITableBordersOptions,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { planColumnWidths } from '../../../shared/domain/documents/columns';
import type {
  Block,
  DocumentModel,
  TextRun as ModelRun,
  WriteOptions,
} from '../../../shared/domain/documents/model';
import { prepareForWriting, runsText } from '../../../shared/domain/documents/text';
import {
  appProperties,
  documentNumbering,
  documentStyles,
  gridBorders,
  half,
  headingLevels,
  hex,
  line,
  listStyleId,
  MARGIN,
  noBorders,
  PAGE,
  TABLE_CELL_PADDING,
} from './docx-styles';
import { THEME } from './theme';

const textRuns = (runs: ModelRun[], extra: { bold?: boolean; size?: number; color?: string } = {}) =>
  runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: r.bold || extra.bold,
        italics: r.italic,
        size: extra.size,
        color: extra.color,
      }),
  );

// Rough Calibri advance at 10 pt: about half an em per character, in twips.
const CHAR_TWIPS = 105;

function tableWidths(
  columns: { header: string; weight?: number }[],
  rows: ModelRun[][][],
  total: number,
): number[] {
  const cells = (i: number) => [columns[i]?.header ?? '', ...rows.map((r) => runsText(r[i] ?? []))];
  const natural = columns.map((_, i) => Math.max(...cells(i).map((t) => t.length)) * CHAR_TWIPS);
  const minimum = columns.map(
    (_, i) => Math.max(...cells(i).flatMap((t) => t.split(' ').map((w) => w.length))) * CHAR_TWIPS,
  );
  const pad = 2 * TABLE_CELL_PADDING;
  const widths = planColumnWidths(
    natural.map((n) => n + pad),
    minimum.map((m) => m + pad),
    total,
    columns.map((c) => c.weight),
  ).map(Math.floor);
  // Rounding down leaves a few twips over: the last column takes them, so the sum is exact.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

function cell(
  children: Paragraph[],
  width: number,
  shaded: boolean,
  padLeft = TABLE_CELL_PADDING,
): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: padLeft, right: TABLE_CELL_PADDING },
    shading: shaded
      ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(THEME.tableHeaderFill) }
      : undefined,
  });
}

interface Context {
  textWidth: number;
  instance: number;
  breakBefore: boolean;
}

function paragraph(ctx: Context, options: ConstructorParameters<typeof Paragraph>[0] & object): Paragraph {
  const p = new Paragraph(ctx.breakBefore ? { ...options, pageBreakBefore: true } : options);
  ctx.breakBefore = false;
  return p;
}

function blockToDocx(block: Block, ctx: Context): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [paragraph(ctx, { heading: headingLevels[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [paragraph(ctx, { children: textRuns(block.runs) })];
    case 'list': {
      const out: Paragraph[] = [];
      const instance = ++ctx.instance;
      for (const entry of block.items) {
        out.push(
          paragraph(ctx, {
            style: listStyleId(block.style, 0),
            numbering: { reference: block.style, level: 0, instance, custom: true },
            children: textRuns(entry.runs),
          }),
        );
        const sub = entry.sublist;
        if (!sub) continue;
        // A nested list of the parent's kind is its level 2 (Word restarts it under each item);
        // one of the other kind is a list instance of its own.
        const subInstance = sub.style === block.style ? instance : ++ctx.instance;
        for (const child of sub.items) {
          out.push(
            paragraph(ctx, {
              style: listStyleId(sub.style, 1),
              numbering: { reference: sub.style, level: 1, instance: subInstance, custom: true },
              children: textRuns(child.runs),
            }),
          );
        }
      }
      return out;
    }
    case 'table': {
      const widths = tableWidths(block.columns, block.rows, ctx.textWidth);
      const cellParagraph = (runs: ModelRun[], bold = false) =>
        new Paragraph({ style: 'TableText', children: textRuns(runs, { bold }) });
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) =>
          cell([cellParagraph([{ text: c.header }], true)], widths[i] ?? 0, true),
        ),
      });
      const body = block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((runs, i) => cell([cellParagraph(runs)], widths[i] ?? 0, false)),
          }),
      );
      return [...pageBreakParagraph(ctx), tableOf(widths, [header, ...body], gridBorders)];
    }
    case 'keyValue': {
      const keyWidth = Math.round(ctx.textWidth * THEME.keyColumnShare);
      const widths = [keyWidth, ctx.textWidth - keyWidth];
      const bodySize = half(THEME.bodySize); // body text size, as the PDF has it: these are facts, not a table
      const rows = block.entries.map(
        (e) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                [
                  new Paragraph({
                    style: 'TableText',
                    children: textRuns([{ text: e.key }], {
                      bold: true,
                      color: hex(THEME.muted),
                      size: bodySize,
                    }),
                  }),
                ],
                keyWidth,
                false,
                0, // no rules: the key lines up with the paragraphs around it
              ),
              cell(
                [new Paragraph({ style: 'TableText', children: textRuns(e.value, { size: bodySize }) })],
                widths[1] ?? 0,
                false,
              ),
            ],
          }),
      );
      return [...pageBreakParagraph(ctx), tableOf(widths, rows, noBorders)];
    }
    case 'writingSpace':
      return Array.from({ length: block.lines }, () =>
        paragraph(ctx, {
          style: 'WritingLine',
          border: { bottom: line(THEME.writingRule, 4) },
          children: [],
        }),
      );
    case 'pageBreak':
      ctx.breakBefore = true;
      return [];
    case 'guidance':
      return [];
  }
}

/** A table cannot carry "page break before": an empty paragraph holding the break goes first. */
function pageBreakParagraph(ctx: Context): Paragraph[] {
  if (!ctx.breakBefore) return [];
  ctx.breakBefore = false;
  return [new Paragraph({ children: [new PageBreak()] })];
}

function tableOf(widths: number[], rows: TableRow[], borders: ITableBordersOptions): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

/** The model as a Word document: real heading and list styles, fitted tables, page X of Y. */
export async function writeDocx(input: DocumentModel, options: WriteOptions): Promise<Buffer> {
  const model = prepareForWriting(input);
  const { metadata } = model;
  const page = PAGE[options.pageSize];
  const textWidth = page.width - 2 * MARGIN;
  const ctx: Context = { textWidth, instance: 0, breakBefore: false };
  const children = model.blocks.flatMap((b) => blockToDocx(b, ctx));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));

  const small = { size: half(THEME.furnitureSize), color: hex(THEME.muted) };
  const header = new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { bottom: line(THEME.rule, 4) },
        children: [
          new TextRun({ text: metadata.title, ...small }),
          ...(metadata.company ? [new TextRun({ text: `\t${metadata.company}`, ...small })] : []),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });

  const doc = new Document({
    title: metadata.title,
    subject: metadata.subject,
    creator: metadata.author ?? 'Reqdesk',
    lastModifiedBy: metadata.author ?? 'Reqdesk',
    keywords: metadata.keywords?.join(', '),
    description: metadata.company ? `${metadata.title}, ${metadata.company}` : metadata.title,
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/app.xml', data: appProperties(metadata.company) }]);
}
