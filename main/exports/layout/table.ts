import type { Flow } from './flow.js';
import { markedBox } from './marks.js';
import { INK, LIGHT, RULE } from './page-frame.js';

export interface Column {
  header: string;
  /** Points; one column may be `'rest'` to take what the others leave. */
  width: number | 'rest';
  align?: 'left' | 'center';
  /** Smaller header text for narrow columns (e.g. Likert labels). */
  headerSize?: number;
}

export type Cell =
  | { text: string; bold?: boolean; size?: number }
  | { box: 'square' | 'circle'; marked?: boolean }
  | { empty: true };

export type Row = { cells: Cell[] } | { group: string };

const PAD = 6;
const BOX = 13;
const HEADER_SIZE = 10.5;
const BODY_SIZE = 12;

function columnWidths(flow: Flow, columns: Column[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (c.width === 'rest' ? 0 : c.width), 0);
  return columns.map((c) => (c.width === 'rest' ? Math.max(flow.width - fixed, 60) : c.width));
}

function cellHeight(flow: Flow, cell: Cell, width: number): number {
  if ('text' in cell) {
    return flow.measure(cell.text, {
      size: cell.size ?? BODY_SIZE,
      bold: cell.bold,
      width: width - 2 * PAD,
    });
  }
  return flow.size(BOX);
}

/** A header's side margin: centred headers (tick-box columns) may use nearly the whole cell. */
function headerInset(column: Column): number {
  return column.align === 'center' ? 2 : PAD;
}

/** Measured at the width it is drawn at, so a header that wraps makes its row taller. */
function headerHeightOf(flow: Flow, columns: Column[], widths: number[]): number {
  return (
    Math.max(
      ...columns.map((c, i) =>
        flow.measure(c.header, {
          size: c.headerSize ?? HEADER_SIZE,
          bold: true,
          width: (widths[i] ?? 0) - 2 * headerInset(c),
        }),
      ),
    ) +
    2 * PAD
  );
}

function rowHeightOf(flow: Flow, row: Row, widths: number[]): number {
  if ('group' in row)
    return flow.measure(row.group, { bold: true, width: flow.width - 2 * PAD }) + 2 * PAD;
  return Math.max(...row.cells.map((cell, i) => cellHeight(flow, cell, widths[i] ?? 0))) + 2 * PAD;
}

/** The height drawTable takes on one page, so a title can keep a short table with it. */
export function tableHeight(flow: Flow, columns: Column[], rows: Row[]): number {
  const widths = columnWidths(flow, columns);
  return (
    headerHeightOf(flow, columns, widths) +
    rows.reduce((sum, row) => sum + rowHeightOf(flow, row, widths), 0) +
    10
  );
}

/**
 * A ruled table that splits between rows across pages and repeats its header on each page,
 * so a Likert or sorting form can be filled in on any page without flipping back.
 */
export function drawTable(flow: Flow, columns: Column[], rows: Row[]): void {
  flow.frame.tags.within('Table', () => drawTableRows(flow, columns, rows));
  flow.doc.x = flow.left;
  flow.space(10);
}

function drawTableRows(flow: Flow, columns: Column[], rows: Row[]): void {
  const { doc } = flow;
  const { tags } = flow.frame;
  const widths = columnWidths(flow, columns);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headerHeight = headerHeightOf(flow, columns, widths);

  const line = (y: number, color = RULE) =>
    tags.artifact(() =>
      doc
        .moveTo(flow.left, y)
        .lineTo(flow.left + flow.width, y)
        .lineWidth(color === INK ? 0.9 : 0.5)
        .strokeColor(color)
        .stroke(),
    );
  const headerCells = (top: number) =>
    columns.forEach((column, i) => {
      const width = widths[i] ?? 0;
      const inset = headerInset(column);
      const text = flow.frame.safe(column.header);
      tags.leaf(
        'TH',
        () => {
          flow.style({ size: column.headerSize ?? HEADER_SIZE, bold: true });
          doc.text(text, (xs[i] ?? 0) + inset, top + PAD, {
            width: width - 2 * inset,
            align: column.align ?? 'left',
            lineGap: 3,
          });
        },
        { scope: 'Column' },
      );
    });
  /** The header row; repeated on a later page it is furniture, read only once. */
  let headerDrawn = false;
  const drawHeader = () => {
    const top = flow.y;
    tags.artifact(() => doc.rect(flow.left, top, flow.width, headerHeight).fillColor(LIGHT).fill());
    if (headerDrawn) tags.artifact(() => headerCells(top));
    else tags.within('TR', () => headerCells(top));
    headerDrawn = true;
    flow.y = top + headerHeight;
    line(flow.y, INK);
  };

  // The header never ends a page alone: it keeps the first row (and a group's first row).
  const [first, second] = rows;
  const firstRows =
    (first ? rowHeightOf(flow, first, widths) : 0) +
    (first && 'group' in first && second ? rowHeightOf(flow, second, widths) : 0);
  flow.ensure(headerHeight + Math.max(firstRows, 30));
  drawHeader();

  rows.forEach((row, index) => {
    if ('group' in row) {
      const height = flow.measure(row.group, { bold: true, width: flow.width - 2 * PAD }) + 2 * PAD;
      const next = rows[index + 1];
      const nextHeight =
        next && 'cells' in next
          ? Math.max(...next.cells.map((c, i) => cellHeight(flow, c, widths[i] ?? 0))) + 2 * PAD
          : 0;
      if (flow.y + height + nextHeight > flow.frame.bottom) {
        flow.newPage();
        drawHeader();
      }
      const top = flow.y;
      const text = flow.frame.safe(row.group);
      tags.within('TR', () =>
        tags.leaf(
          'TH',
          () => {
            flow.style({ bold: true });
            doc.text(text, flow.left + PAD, top + PAD, { width: flow.width - 2 * PAD, lineGap: 3 });
          },
          { scope: 'Row' },
        ),
      );
      flow.y = top + height;
      line(flow.y);
      return;
    }
    const height =
      Math.max(...row.cells.map((cell, i) => cellHeight(flow, cell, widths[i] ?? 0))) + 2 * PAD;
    if (flow.y + height > flow.frame.bottom) {
      flow.newPage();
      drawHeader();
    }
    const top = flow.y;
    tags.within('TR', () =>
      row.cells.forEach((cell, i) =>
        drawCell(flow, cell, columns[i], xs[i] ?? 0, widths[i] ?? 0, top, height),
      ),
    );
    flow.y = top + height;
    line(flow.y);
  });
}

function drawCell(
  flow: Flow,
  cell: Cell,
  column: Column | undefined,
  x: number,
  width: number,
  top: number,
  height: number,
): void {
  const { doc } = flow;
  if ('text' in cell) {
    const text = flow.frame.safe(cell.text);
    flow.frame.tags.leaf('TD', () => {
      flow.style({ size: cell.size ?? BODY_SIZE, bold: cell.bold });
      doc.text(text, x + PAD, top + PAD, {
        width: width - 2 * PAD,
        align: column?.align ?? 'left',
        lineGap: 3,
      });
    });
  } else if ('box' in cell) {
    const box = flow.size(BOX);
    const boxY = top + Math.min(PAD + 2, (height - box) / 2);
    const said = cell.marked
      ? `${column?.header ?? ''}: marked`
      : `${column?.header ?? ''}: empty box`;
    flow.frame.tags.leaf(
      'TD',
      () => markedBox(doc, cell.box, x + (width - box) / 2, boxY, box, cell.marked ?? false),
      { alt: said },
      cell.marked ? said : undefined,
    );
  } else {
    flow.frame.tags.leaf('TD', () => undefined);
  }
}
