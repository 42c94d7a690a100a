import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr-svg';

const CODE = 'SL1.AAQ5QlAxGGhqaEQ2Z0RubW1UY1RYVnpjQ3hNYnc1RgAg7TSB5aKMi5Xyi3es4pmQikU3bwm011GJL7oQb_6jpdQCEBnV5QD9QkqQg56GxgeqEWLLzhALh0NP38RJ3YrW_V_W_5Z0iaSj5FBW';

/** Paints the path's `M x y h w v1 h-w z` rectangles back onto a grid. */
function paint(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path d="([^"]*)"/.exec(svg)![1]!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrSvg', () => {
  it('draws exactly the dark modules of the QR code, with a quiet zone of 4', () => {
    const svg = qrSvg(CODE);
    const { data, size } = encode(CODE, { ecc: 'M', border: 4 });
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(paint(svg, size)).toEqual(data);
    expect(data.slice(0, 4).flat().some(Boolean)).toBe(false);
    console.log(`QR for a ${CODE.length}-char pairing code: ${size - 8}×${size - 8} modules, SVG ${svg.length} chars`);
  });

  it('labels the image and escapes the label', () => {
    const svg = qrSvg('x', { label: '配对码 <"&">' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="配对码 &#60;&#34;&#38;&#34;&#62;"');
    expect(svg).not.toMatch(/<"&">/);
  });
});
