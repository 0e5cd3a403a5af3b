import { planColumnWidths } from '../../../../shared/domain/documents/columns';
import type { KeyValueEntry, TableColumn, TextRun } from '../../../../shared/domain/documents/model';
import { THEME } from '../theme';
import { type Line, longestGroup, type TextStyle } from './line-layout';
import { linesHeight, type PageFlow } from './page-flow';

const CELL_PAD_X = 5;
const CELL_PAD_Y = 3.5;

export interface Cell {
  lines: Line[];
}

/** A table or a key-value block, measured: column widths and every cell's lines. */
export interface Grid {
  kind: 'grid';
  widths: number[];
  header: Cell[] | null;
  rows: Cell[][];
  ruled: boolean;
  padX: number;
}

export const cellsHeight = (cells: Cell[]) =>
  Math.max(0, ...cells.map((c) => linesHeight(c.lines))) + 2 * CELL_PAD_Y;

/** A table with columns sized from their measured content (shared rules with the DOCX writer). */
export function layTable(
  flow: PageFlow,
  columns: TableColumn[],
  rows: TextRun[][][],
  style: TextStyle,
): Grid {
  const headerRuns = columns.map((c) => [{ text: c.header, bold: true }]);
  const all = [headerRuns, ...rows];
  const column = (i: number) => all.map((row) => row[i] ?? []);
  const pad = 2 * CELL_PAD_X;
  const natural = columns.map(
    (_, i) => Math.max(...column(i).map((runs) => flow.lines(runs, Infinity, style)[0]?.width ?? 0)) + pad,
  );
  const minimum = columns.map(
    (_, i) => Math.max(...column(i).map((runs) => longestGroup(runs, style, flow.faces, flow.measure))) + pad,
  );
  const widths = planColumnWidths(
    natural,
    minimum,
    flow.width,
    columns.map((c) => c.weight),
  );
  const cells = (row: TextRun[][]) =>
    widths.map((w, i) => ({ lines: flow.lines(row[i] ?? [], w - pad, style) }));
  return {
    kind: 'grid',
    widths,
    header: cells(headerRuns),
    rows: rows.map(cells),
    ruled: true,
    padX: CELL_PAD_X,
  };
}

/** Keys in a narrow muted column, values beside them; no rules, so keys line up with the text. */
export function layKeyValues(flow: PageFlow, entries: KeyValueEntry[], style: TextStyle): Grid {
  const keyWidth = flow.width * THEME.keyColumnShare;
  const widths = [keyWidth, flow.width - keyWidth];
  const keyStyle: TextStyle = { ...style, bold: true, color: THEME.muted };
  const rows = entries.map((e) => [
    { lines: flow.lines([{ text: e.key }], keyWidth - 2 * CELL_PAD_X, keyStyle) },
    { lines: flow.lines(e.value, (widths[1] ?? 0) - CELL_PAD_X, style) },
  ]);
  return { kind: 'grid', widths, header: null, rows, ruled: false, padX: 0 };
}

/** Draws one row (or the part of it that fits in `room`) and returns the lines left over per cell. */
function drawRow(flow: PageFlow, grid: Grid, cells: Cell[], header: boolean, room: number): Cell[] {
  const { doc } = flow;
  const top = flow.y;
  let height = 0;
  const rest: Cell[] = [];
  const taken = cells.map((cell) => {
    let h = 0;
    let n = 0;
    while (n < cell.lines.length && h + (cell.lines[n]?.height ?? 0) <= room - 2 * CELL_PAD_Y + 0.01) {
      h += cell.lines[n]?.height ?? 0;
      n++;
    }
    rest.push({ lines: cell.lines.slice(n) });
    height = Math.max(height, h);
    return cell.lines.slice(0, n);
  });
  height += 2 * CELL_PAD_Y;
  if (header) doc.rect(flow.left, top, flow.width, height).fillColor(THEME.tableHeaderFill).fill();
  let x = flow.left;
  taken.forEach((lines, c) => {
    let y = top + CELL_PAD_Y;
    for (const line of lines) {
      flow.drawLine(line, x + grid.padX, y);
      y += line.height;
    }
    x += grid.widths[c] ?? 0;
  });
  if (grid.ruled) {
    doc.lineWidth(0.5).strokeColor(THEME.rule);
    x = flow.left;
    for (const w of grid.widths) {
      doc.rect(x, top, w, height).stroke();
      x += w;
    }
  }
  flow.y = top + height;
  return rest.some((c) => c.lines.length > 0) ? rest : [];
}

/**
 * Places a table: a row moves whole to the next page unless it is taller than a page, when it
 * is split between lines; the header row opens every page the table reaches.
 */
export function placeGrid(flow: PageFlow, grid: Grid): void {
  const headerHeight = grid.header ? cellsHeight(grid.header) : 0;
  const pageRoom = flow.bottom - flow.top - headerHeight;
  const header = () => {
    if (grid.header) drawRow(flow, grid, grid.header, true, Infinity);
  };
  const startPage = () => {
    flow.newPage();
    header();
  };
  const first = grid.rows[0] ? Math.min(cellsHeight(grid.rows[0]), pageRoom) : 0;
  if (flow.y + headerHeight + first > flow.bottom && !flow.atTop()) flow.newPage();
  header();
  for (const row of grid.rows) {
    const height = cellsHeight(row);
    if (flow.y + height > flow.bottom + 0.01 && height <= pageRoom) startPage();
    let rest = drawRow(flow, grid, row, false, flow.bottom - flow.y);
    while (rest.length > 0) {
      startPage();
      rest = drawRow(flow, grid, rest, false, flow.bottom - flow.y);
    }
  }
}
