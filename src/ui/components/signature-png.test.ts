import { describe, expect, it } from 'vitest';
import { fitSignature, inkBox, SIGNATURE_MAX } from './signature-png';

const pad = { width: 480, height: 200 };

describe('signature export geometry', () => {
  it('has no ink box without strokes', () => {
    expect(inkBox([], pad)).toBeNull();
    expect(inkBox([[]], pad)).toBeNull();
  });

  it('boxes all strokes with half the line width and a margin', () => {
    const box = inkBox([[{ x: 100, y: 50, w: 4 }, { x: 200, y: 80, w: 4 }], [{ x: 150, y: 120, w: 2 }]], pad);
    // left 100 - 2 - 6, top 50 - 2 - 6, right 200 + 8, bottom 120 + 1 + 6
    expect(box).toEqual({ x: 92, y: 42, width: 116, height: 85 });
  });

  it('clips the box to the pad', () => {
    expect(inkBox([[{ x: 2, y: 198, w: 3 }, { x: 479, y: 1, w: 3 }]], pad)).toEqual({ x: 0, y: 0, width: 480, height: 200 });
  });

  it('scales down to at most 600 × 240 keeping the aspect, never up', () => {
    expect(fitSignature(1440, 600)).toEqual({ width: 576, height: 240 });
    expect(fitSignature(1200, 200)).toEqual({ width: 600, height: 100 });
    expect(fitSignature(120, 40)).toEqual({ width: 120, height: 40 });
    const big = fitSignature(960 * 3, 400 * 3);
    expect(big.width).toBeLessThanOrEqual(SIGNATURE_MAX.width);
    expect(big.height).toBeLessThanOrEqual(SIGNATURE_MAX.height);
  });
});
