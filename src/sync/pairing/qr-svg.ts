import { encode } from 'uqr';

export type QrSvgOptions = {
  /** Accessible name of the image (aria-label and <title>). */
  label?: string;
  /** Error correction: 'M' (15 %) survives a glare or a scratched screen; 'L' makes a smaller code. */
  ecc?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules; the QR standard asks for 4. */
  border?: number;
};

/**
 * Renders text as a QR code in an SVG string: one path of dark modules, scalable (size it with CSS),
 * black on white. Lazy-load this module: it pulls in the QR encoder (`uqr`).
 */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const { data, size } = encode(text, { ecc: options.ecc ?? 'M', border: options.border ?? 4 });
  let path = '';
  data.forEach((row, y) => {
    // One rectangle per horizontal run of dark modules.
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  const label = escapeXml(options.label ?? text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" ` +
    `shape-rendering="crispEdges"><title>${label}</title><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
