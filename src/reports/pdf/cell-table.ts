import type { jsPDF } from 'jspdf';
import type { Flow } from './flow';
import { BODY_WIDTH, PAGE } from './page';
import type { Column } from './table';
import { lineHeight, wrap, writeLines } from './text';
import type { PdfImage } from './view-models';

/** A table cell: text, or a picture (a signature) fitted into the cell; `alias` names the picture once per file. */
export type Cell = string | { image: PdfImage; alias: string };

export type CellTableOptions = {
  pt?: number;
  /** Minimum row height in mm (room for a signature, or for signing by hand). */
  minRow?: number;
  /** Called after each body row is drawn with its page and top (to write into the row later). */
  onRow?: (index: number, page: number, top: number, height: number) => void;
};

// Ruling and shading as table.ts draws them, so both kinds of table look alike on one page.
const PAD = 1.4;
const SHADE: [number, number, number] = [236, 239, 243];

/** Pixel size: a PNG's from its header (jsPDF's getImageProperties decodes the whole picture to tell). */
function imageSize(doc: jsPDF, b: Uint8Array): { width: number; height: number } {
  const isPng = b.length > 24 && b[0] === 0x89 && String.fromCharCode(...b.subarray(12, 16)) === 'IHDR';
  if (!isPng) return doc.getImageProperties(b);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Places `img` fitted into the w×h box at (x, y) and centred in it, keeping its aspect. */
export function drawImageCentred(doc: jsPDF, img: PdfImage, alias: string, x: number, y: number, w: number, h: number): void {
  const p = imageSize(doc, img.bytes);
  const k = Math.min(w / p.width, h / p.height);
  const [iw, ih] = [p.width * k, p.height * k];
  // The alias makes jsPDF embed the picture once however often it is placed.
  doc.addImage(img.bytes, /png/i.test(img.mime) ? 'PNG' : 'JPEG', x + (w - iw) / 2, y + (h - ih) / 2, iw, ih, alias, 'FAST');
}

/**
 * A ruled table whose cells may hold pictures, with text centred vertically. Rows are kept whole: one that does not
 * fit moves to the next page, whose first row repeats the header.
 */
export function drawCellTable(flow: Flow, columns: Column[], rows: Cell[][], o: CellTableOptions = {}): void {
  const { doc } = flow;
  const pt = o.pt ?? 9;
  const lh = lineHeight(pt);
  const total = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * BODY_WIDTH);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((n, w) => n + w, 0));
  const linesOf = (cells: Cell[]) => cells.map((c, i) => (typeof c === 'string' ? wrap(doc, c, widths[i]! - 2 * PAD, pt) : []));

  const heightOf = (lines: string[][], minRow: number) => Math.max(minRow, Math.max(...lines.map((l) => l.length)) * lh + 2 * PAD);
  const drawRow = (cells: Cell[], lines: string[][], h: number, header: boolean) => {
    doc.setDrawColor(150);
    doc.setLineWidth(0.2);
    cells.forEach((cell, i) => {
      const [x, w] = [xs[i]!, widths[i]!];
      // Text colour is the PDF's fill colour too: set the shade again before every cell.
      doc.setFillColor(...SHADE);
      doc.rect(x, flow.y, w, h, header ? 'FD' : 'S');
      if (typeof cell !== 'string') {
        drawImageCentred(doc, cell.image, cell.alias, x + 1, flow.y + 0.6, w - 2, h - 1.2);
        return;
      }
      const l = lines[i]!;
      const center = header || columns[i]!.align === 'center';
      writeLines(doc, l, center ? x + w / 2 : x + PAD, flow.y + (h - l.length * lh) / 2, pt, { align: center ? 'center' : 'left' });
    });
    flow.y += h;
  };
  const header = columns.map((c) => c.header);
  const headerLines = linesOf(header);
  const headerHeight = heightOf(headerLines, 0);

  flow.need(headerHeight + Math.max(o.minRow ?? 0, lh + 2 * PAD));
  drawRow(header, headerLines, headerHeight, true);
  rows.forEach((row, i) => {
    const lines = linesOf(row);
    const h = heightOf(lines, o.minRow ?? 0);
    if (flow.y + h > PAGE.bottom) {
      flow.newPage();
      drawRow(header, headerLines, headerHeight, true);
    }
    const top = flow.y;
    drawRow(row, lines, h, false);
    o.onRow?.(i, doc.getCurrentPageInfo().pageNumber, top, h);
  });
}
