/** A point of a stroke in the pad's CSS pixels, with the line width there. */
export type Point = { x: number; y: number; w: number };
export type Box = { x: number; y: number; width: number; height: number };

/** Largest exported signature (px): enough for a sign-in sheet cell at print resolution, small to store. */
export const SIGNATURE_MAX = { width: 600, height: 240 } as const;
const MARGIN = 6;

/** The box around all ink (plus half the line width and a small margin), clipped to the pad; null if no strokes. */
export function inkBox(strokes: readonly (readonly Point[])[], pad: { width: number; height: number }): Box | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of strokes.flat()) {
    const r = p.w / 2 + MARGIN;
    x0 = Math.min(x0, p.x - r);
    y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + r);
    y1 = Math.max(y1, p.y + r);
  }
  if (x0 === Infinity) return null;
  x0 = Math.max(0, Math.floor(x0));
  y0 = Math.max(0, Math.floor(y0));
  x1 = Math.min(pad.width, Math.ceil(x1));
  y1 = Math.min(pad.height, Math.ceil(y1));
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** Output size for a source of `w` × `h` pixels: scaled down (never up) to fit SIGNATURE_MAX, aspect kept. */
export function fitSignature(w: number, h: number): { width: number; height: number } {
  const k = Math.min(1, SIGNATURE_MAX.width / w, SIGNATURE_MAX.height / h);
  return { width: Math.max(1, Math.round(w * k)), height: Math.max(1, Math.round(h * k)) };
}

/**
 * The signature as a PNG on white, cropped to the ink: the canvas's device pixels inside inkBox, scaled to fit
 * SIGNATURE_MAX. Null when nothing was drawn.
 */
export async function signaturePng(canvas: HTMLCanvasElement, strokes: readonly (readonly Point[])[], pad: { width: number; height: number }): Promise<Blob | null> {
  const box = inkBox(strokes, pad);
  if (!box) return null;
  const k = canvas.width / pad.width;
  const src = { x: box.x * k, y: box.y * k, width: box.width * k, height: box.height * k };
  const size = fitSignature(src.width, src.height);
  const out = document.createElement('canvas');
  out.width = size.width;
  out.height = size.height;
  const g = out.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, size.width, size.height);
  g.drawImage(canvas, src.x, src.y, src.width, src.height, 0, 0, size.width, size.height);
  return new Promise((resolve) => out.toBlob((b) => resolve(b), 'image/png'));
}
