import { crc32, deflateSync } from 'node:zlib';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { compactSignature } from './compact-signature';
import { jpegPhoto, signaturePng } from './training-pdf.testing';

/** A PNG of `channels`-sample 8-bit pixels whose row y is stored with filter type `filters(y)` (0 None … 4 Paeth). */
function png(width: number, height: number, colour: number, channels: number, px: Uint8Array, filters: (y: number) => number, depth = 8): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const [len, crc] = [Buffer.alloc(4), Buffer.alloc(4)];
    len.writeUInt32BE(data.length);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const f = filters(y);
    raw[y * (stride + 1)] = f;
    for (let i = 0; i < stride; i++) {
      const x = px[y * stride + i]!;
      const a = i >= channels ? px[y * stride + i - channels]! : 0;
      const b = y ? px[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y ? px[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][f]!;
      raw[y * (stride + 1) + 1 + i] = (x - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([depth, colour, 0, 0, 0], 8);
  // Two IDAT chunks: decoders must join them.
  const z = deflateSync(raw);
  const half = z.length >> 1;
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', z.subarray(0, half)),
    chunk('IDAT', z.subarray(half)), chunk('IEND', Buffer.alloc(0))]));
}

describe('compactSignature', () => {
  it('undoes every PNG row filter exactly (a small grey image comes back pixel for pixel)', async () => {
    const [w, h] = [53, 41];
    const px = new Uint8Array(w * h).map((_, i) => (i * 7919 + (i >> 3) * 104729) % 251);
    const out = await compactSignature({ bytes: png(w, h, 0, 1, px, (y) => y % 5), mime: 'image/png' });
    const back = decode(out.bytes);
    expect([back.width, back.height, back.channels, back.depth]).toEqual([w, h, 1, 8]);
    expect(Array.from(back.data)).toEqual(Array.from(px));
  });

  it('puts an RGBA signature on white as grey and shrinks it by a whole factor to fit 360 × 120', async () => {
    const out = await compactSignature(signaturePng(1));
    const back = decode(out.bytes);
    expect([back.width, back.height, back.channels]).toEqual([300, 100, 1]);
    expect(out.bytes.length).toBeLessThan(signaturePng(1).bytes.length);
    // Transparent background → white; the stroke stays dark.
    expect(back.data[0]).toBe(255);
    expect(Math.min(...back.data)).toBeLessThan(60);

    // 2 × 2 RGBA: transparent, opaque black, half-transparent black, opaque white; one 1 × 1 pixel out when shrunk.
    const big = new Uint8Array(800 * 2 * 4);
    for (let x = 0; x < 800; x++) {
      big.set(x % 2 ? [0, 0, 0, 255] : [0, 0, 0, 0], x * 4);
      big.set(x % 2 ? [255, 255, 255, 255] : [0, 0, 0, 128], (800 + x) * 4);
    }
    const mixed = decode((await compactSignature({ bytes: png(800, 2, 6, 4, big, () => 4), mime: 'image/png' })).bytes);
    expect([mixed.width, mixed.height]).toEqual([267, 1]); // factor 3
    // Each 3 × 2 box (first one): white, black, white | black·½, white, black·½ → (255 + 0 + 255 + 127 + 255 + 127) / 6.
    expect(mixed.data[0]).toBeCloseTo((255 + 0 + 255 + 127 + 255 + 127) / 6, -0.5);
  });

  it('leaves what it does not handle to jsPDF: JPEG, 16-bit PNG, a damaged PNG', async () => {
    const jpeg = jpegPhoto(20, 10);
    expect(await compactSignature(jpeg)).toBe(jpeg);
    const deep = { bytes: png(4, 4, 0, 2, new Uint8Array(32), () => 0, 16), mime: 'image/png' };
    expect(await compactSignature(deep)).toBe(deep);
    const bytes = png(10, 10, 0, 1, new Uint8Array(100), () => 1);
    bytes.fill(7, 45, 60);
    const damaged = { bytes, mime: 'image/png' };
    expect(await compactSignature(damaged)).toBe(damaged);
  });
});
