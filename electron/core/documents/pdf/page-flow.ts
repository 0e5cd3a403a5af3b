import PDFDocument from 'pdfkit';
import type { DocumentMetadata, PageSize, TextRun } from '../../../../shared/domain/documents/model';
import { FACE_KEYS, type Faces } from './fonts';
import { type Line, layoutLines, type Measure, type TextStyle } from './line-layout';

// Points. Page sizes as Word has them; one-inch margins as Word's default.
const PAGE = { letter: [612, 792], a4: [595.28, 841.89] } as const;
export const MARGIN = 72;

export const linesHeight = (lines: Line[]) => lines.reduce((sum, l) => sum + l.height, 0);

/** A PDF text string in UTF-16BE with its byte order mark, as hex: any character, nothing to escape. */
const pdfTextString = (text: string) => `<feff${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;

/**
 * Draws text that stands for other characters (replacement marks for characters no face has):
 * the page shows the marks, the text layer (copy, search, pdftotext, screen readers) has the
 * real characters, through a marked-content span with ActualText. The span has to sit inside
 * the text object: pdfkit wraps each text() in q ... Q, and poppler places ActualText with the
 * transformation in force where the span ends, so a span closed after Q lands on the wrong line.
 * pdfkit has no option for that, so its content writer is wrapped for the one call: BDC right
 * after BT, EMC right before ET (test/core/documents/glyph-coverage.test.ts checks both).
 */
function withActualText(doc: PDFKit.PDFDocument, actual: string, draw: () => void): void {
  const target = doc as unknown as { addContent(data: string): unknown };
  const addContent = target.addContent;
  const own = Object.hasOwn(target, 'addContent');
  target.addContent = (data: string) => {
    if (data === 'ET') addContent.call(doc, 'EMC');
    addContent.call(doc, data);
    if (data === 'BT') addContent.call(doc, `/Span <</ActualText ${pdfTextString(actual)}>> BDC`);
    return doc;
  };
  try {
    draw();
  } finally {
    // Back to pdfkit's own method: the override was only for this call.
    if (own) target.addContent = addContent;
    else delete (target as Partial<typeof target>).addContent;
  }
}

/**
 * A pdfkit document and a cursor running down its pages: measuring with the embedded faces,
 * drawing measured lines, and moving to a new page when the next line would cross the margin.
 */
export class PageFlow {
  readonly doc: PDFKit.PDFDocument;
  readonly measure: Measure;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly left = MARGIN;
  readonly top = MARGIN;
  readonly width: number;
  readonly bottom: number;
  y = MARGIN;

  constructor(
    readonly faces: Faces,
    metadata: DocumentMetadata,
    pageSize: PageSize,
  ) {
    const [w, h] = PAGE[pageSize];
    this.pageWidth = w;
    this.pageHeight = h;
    this.width = w - 2 * MARGIN;
    this.bottom = h - MARGIN;
    this.doc = new PDFDocument({
      size: [w, h],
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      font: null as unknown as string, // no Helvetica: every face is embedded
      lang: 'en',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: metadata.title,
        Subject: metadata.subject ?? '',
        Author: metadata.author ?? '',
        Keywords: [metadata.company, ...(metadata.keywords ?? [])].filter(Boolean).join(', '),
        Creator: 'Reqdesk',
        Producer: 'Reqdesk (pdfkit)',
      },
    });
    for (const key of FACE_KEYS) this.doc.registerFont(key, faces[key] as unknown as Buffer);
    const widths = new Map<string, number>();
    this.measure = (face, size, text) => {
      const key = `${face}\u0000${size}\u0000${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        width = this.doc.font(face).fontSize(size).widthOfString(text);
        widths.set(key, width);
      }
      return width;
    };
  }

  lines(runs: TextRun[], width: number, style: TextStyle): Line[] {
    return layoutLines(runs, width, style, this.faces, this.measure);
  }

  atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  drawLine(line: Line, x: number, top: number): void {
    const baseline = top + line.ascent;
    for (const p of line.pieces) {
      if (p.text.trim() === '') continue;
      const draw = () =>
        this.doc
          .font(p.face)
          .fontSize(p.size)
          .fillColor(p.color)
          .text(p.text, x + p.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      if (p.actual === undefined) draw();
      else withActualText(this.doc, p.actual, draw);
    }
  }

  rule(y: number, width: number, color: string): void {
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke();
  }

  /**
   * Places lines from the cursor down, moving to a new page when the next line would cross the
   * bottom margin. A split never leaves one line alone: at least two stay at the foot of the
   * page and two go over (for blocks of four lines or more; shorter ones move whole).
   */
  placeLines(lines: Line[], x: number, onFirst?: (top: number) => void): void {
    let i = 0;
    while (i < lines.length) {
      let fit = 0;
      let h = 0;
      while (i + fit < lines.length && this.y + h + (lines[i + fit]?.height ?? 0) <= this.bottom + 0.01) {
        h += lines[i + fit]?.height ?? 0;
        fit++;
      }
      const left = lines.length - i;
      let take = fit;
      if (fit < left && !this.atTop()) {
        if (left < 4 || fit < 2) take = 0;
        else take = Math.min(fit, left - 2);
      }
      if (take === 0 && !this.atTop()) {
        this.newPage();
        continue;
      }
      take = Math.max(take, 1); // a line taller than a page still goes somewhere
      for (let k = 0; k < take; k++) {
        const line = lines[i + k] as Line;
        if (i + k === 0) onFirst?.(this.y);
        this.drawLine(line, x, this.y);
        this.y += line.height;
      }
      i += take;
      if (i < lines.length) this.newPage();
    }
  }

  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
