import type { jsPDF } from 'jspdf';

const MM_PER_PT = 25.4 / 72;
/** Line box height as a multiple of the font size (CJK text needs more air than Latin). */
const LEADING = 1.45;

/** Height in mm of one line of text at `pt` points. */
export function lineHeight(pt: number): number {
  return pt * MM_PER_PT * LEADING;
}

/** Wraps text to `width` mm at `pt` points (CJK wraps between any two characters; explicit newlines are kept). */
export function wrap(doc: jsPDF, text: string, width: number, pt: number): string[] {
  doc.setFontSize(pt);
  const out = doc.splitTextToSize(text === '' ? ' ' : text, width) as string[];
  return out.length ? out : [''];
}

export type WriteOptions = { align?: 'left' | 'center' | 'right'; bold?: boolean; colour?: number };

/**
 * Writes `lines` with the first line box's top at `top` (mm); returns the y below the last line.
 * `bold` strokes the glyph outlines as well: the reports carry one font weight (one 10 MB file is enough to load).
 */
export function writeLines(doc: jsPDF, lines: string[], x: number, top: number, pt: number, o: WriteOptions = {}): number {
  const lh = lineHeight(pt);
  doc.setFontSize(pt);
  doc.setTextColor(o.colour ?? 0);
  if (o.bold) {
    doc.setLineWidth(pt * 0.012);
    doc.setDrawColor(o.colour ?? 0);
  }
  // Baseline sits about 1.08 em below the top of the line box (half leading + the font's ascent).
  lines.forEach((line, i) => {
    doc.text(line, x, top + i * lh + pt * MM_PER_PT * 1.08, {
      align: o.align ?? 'left',
      renderingMode: o.bold ? 'fillThenStroke' : 'fill',
    });
  });
  return top + lines.length * lh;
}
