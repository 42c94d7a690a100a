import type { jsPDF } from 'jspdf';
import { encode } from 'uqr';

/**
 * Draws `text` as a QR code of `size` mm at (x, y), as vector squares (sharp at any print resolution).
 * Each row's runs of dark modules become one rectangle; rows overlap by a hair so no seam shows between them.
 * The caller leaves a light quiet zone around it. Returns the number of modules per side.
 */
export function drawQr(doc: jsPDF, text: string, x: number, y: number, size: number): number {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const n = data.length;
  const m = size / n;
  doc.setFillColor(0, 0, 0);
  data.forEach((row, r) => {
    for (let c = 0; c < n; ) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      doc.rect(x + start * m, y + r * m, (c - start) * m, r + 1 < n ? m + 0.02 : m, 'F');
    }
  });
  return n;
}
