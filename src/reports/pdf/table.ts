import { BODY_WIDTH, PAGE } from './page';
import type { Flow } from './flow';
import { lineHeight, wrap, writeLines } from './text';

/** A column: its header text and relative width. */
export type Column = { header: string; weight: number; align?: 'left' | 'center' };

export type TableOptions = {
  pt?: number;
  /** Draw (and repeat) the header row; false for a key–value grid. */
  header?: boolean;
  /** Columns with a shaded background (labels of a key–value grid). */
  shade?: number[];
  left?: number;
  width?: number;
};

const PAD = 1.4;
const SHADE: [number, number, number] = [236, 239, 243];

/**
 * A simple ruled table. Cells wrap; a row that does not fit on the page moves to the next one, whose first row
 * repeats the header. A row taller than a whole page is split between pages.
 */
export function drawTable(flow: Flow, columns: Column[], rows: string[][], o: TableOptions = {}): void {
  const { doc } = flow;
  const pt = o.pt ?? 9;
  const left = o.left ?? PAGE.left;
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * (o.width ?? BODY_WIDTH));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((n, w) => n + w, 0));
  const lh = lineHeight(pt);
  const cellLines = (cells: string[]) => cells.map((c, i) => wrap(doc, c, widths[i]! - 2 * PAD, pt));
  const heightOf = (lines: string[][]) => Math.max(...lines.map((l) => l.length)) * lh + 2 * PAD;

  const drawRow = (lines: string[][], header: boolean) => {
    const h = heightOf(lines);
    doc.setDrawColor(150);
    doc.setLineWidth(0.2);
    lines.forEach((l, i) => {
      const shaded = header || (o.shade ?? []).includes(i);
      // Text colour is the PDF's fill colour too: set the shade again before every cell.
      doc.setFillColor(...SHADE);
      doc.rect(xs[i]!, flow.y, widths[i]!, h, shaded ? 'FD' : 'S');
      const center = header || columns[i]!.align === 'center';
      writeLines(doc, l, center ? xs[i]! + widths[i]! / 2 : xs[i]! + PAD, flow.y + PAD, pt, { align: center ? 'center' : 'left' });
    });
    flow.y += h;
  };
  const header = o.header === false ? null : cellLines(columns.map((c) => c.header));
  const headerHeight = header ? heightOf(header) : 0;
  const fullPageLines = Math.floor((PAGE.bottom - PAGE.top - headerHeight - 2 * PAD) / lh);

  flow.need(headerHeight + lh + 2 * PAD);
  if (header) drawRow(header, true);
  for (const row of rows) {
    let rest = cellLines(row);
    while (rest.some((l) => l.length)) {
      const tall = Math.max(...rest.map((l) => l.length));
      const fits = Math.floor((PAGE.bottom - flow.y - 2 * PAD) / lh);
      // Move to a new page if the row fits there whole, or if not even one line fits here.
      if (tall > fits && (tall <= fullPageLines || fits < 1)) {
        flow.newPage();
        if (header) drawRow(header, true);
        continue;
      }
      const n = Math.min(tall, fits);
      drawRow(rest.map((l) => l.slice(0, n)), false);
      rest = rest.map((l) => l.slice(n));
    }
  }
}
