import type { PdfImage } from './view-models';

/**
 * Signatures (signature-pad PNGs, up to 600 × 240 RGBA) made small before jsPDF sees them: jsPDF decodes every PNG
 * in JavaScript a sample at a time (~30 ms for one signature, twice with getImageProperties), which made a
 * 50-attendee record take seconds. Here the browser's own zlib inflates, the strokes are composited on white as
 * grey, shrunk by a whole factor to fit a print cell at about 300 dpi, and written back as an 8-bit grey PNG.
 */
const MAX = { width: 360, height: 120 };
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Samples per pixel of the 8-bit colour types handled (0 grey, 2 RGB, 4 grey+alpha, 6 RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The IHDR fields and the concatenated IDAT data, or null for what this does not handle (16-bit, palette, interlaced). */
function parsePng(b: Uint8Array): { width: number; height: number; channels: number; idat: Uint8Array } | null {
  if (b.length < 33 || PNG_SIGNATURE.some((v, i) => b[i] !== v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 12 <= b.length; ) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(b.subarray(at + 8, at + 8 + len));
    if (type === 'IEND') break;
    at += 12 + len;
  }
  const [depth, colour, interlace] = [b[24], b[25]!, b[28]];
  const channels = CHANNELS[colour];
  if (depth !== 8 || interlace !== 0 || !channels || !parts.length) return null;
  const idat = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (idat.set(p, at), at + p.length), 0);
  return { width: view.getUint32(16), height: view.getUint32(20), channels, idat };
}

/** Reverses the per-row PNG filters (None, Sub, Up, Average, Paeth) into a fresh buffer; one loop per filter type. */
function unfilter(data: Uint8Array, width: number, height: number, ch: number): Uint8Array | null {
  const stride = width * ch;
  if (data.length < (stride + 1) * height) return null;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const [type, s, o, u] = [data[y * (stride + 1)], y * (stride + 1) + 1, y * stride, (y - 1) * stride];
    const row = data.subarray(s, s + stride);
    if (type === 0 || (type === 2 && y === 0)) out.set(row, o);
    else if (type === 1) for (let i = 0; i < stride; i++) out[o + i] = row[i]! + (i >= ch ? out[o + i - ch]! : 0);
    else if (type === 2) for (let i = 0; i < stride; i++) out[o + i] = row[i]! + out[u + i]!;
    else if (type === 3) {
      for (let i = 0; i < stride; i++) out[o + i] = row[i]! + (((i >= ch ? out[o + i - ch]! : 0) + (y ? out[u + i]! : 0)) >> 1);
    } else if (type === 4) {
      for (let i = 0; i < stride; i++) {
        const a = i >= ch ? out[o + i - ch]! : 0;
        const b = y ? out[u + i]! : 0;
        const c = i >= ch && y ? out[u + i - ch]! : 0;
        const [pa, pb, pc] = [Math.abs(b - c), Math.abs(a - c), Math.abs(a + b - 2 * c)];
        out[o + i] = row[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
    } else return null;
  }
  return out;
}

/** Grey on white, averaged over k × k boxes. */
function shrinkToGrey(px: Uint8Array, width: number, height: number, ch: number, k: number): { w: number; h: number; grey: Uint8Array } {
  const [w, h] = [Math.ceil(width / k), Math.ceil(height / k)];
  const grey = new Uint8Array(w * h);
  for (let oy = 0; oy < h; oy++) {
    for (let ox = 0; ox < w; ox++) {
      let sum = 0;
      let n = 0;
      for (let y = oy * k; y < Math.min(height, oy * k + k); y++) {
        for (let x = ox * k, i = (y * width + x) * ch; x < Math.min(width, ox * k + k); x++, i += ch) {
          const lum = ch >= 3 ? (px[i]! * 77 + px[i + 1]! * 150 + px[i + 2]! * 29) >> 8 : px[i]!;
          sum += ch === 2 || ch === 4 ? 255 - (px[i + ch - 1]! * (255 - lum)) / 255 : lum;
          n++;
        }
      }
      grey[oy * w + ox] = Math.round(sum / n);
    }
  }
  return { w, h, grey };
}

async function greyPng(w: number, h: number, grey: Uint8Array): Promise<Uint8Array> {
  const raw = new Uint8Array((w + 1) * h);
  for (let y = 0; y < h; y++) raw.set(grey.subarray(y * w, y * w + w), y * (w + 1) + 1);
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set([...type].map((c) => c.charCodeAt(0)), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, w);
  new DataView(ihdr.buffer).setUint32(4, h);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const parts = [new Uint8Array(PNG_SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', await through(raw, new CompressionStream('deflate'))), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}

/** A signature as a small grey PNG; anything but an 8-bit non-interlaced PNG (a JPEG …) is returned as it is. */
export async function compactSignature(img: PdfImage): Promise<PdfImage> {
  const png = /png/i.test(img.mime) ? parsePng(img.bytes) : null;
  if (!png) return img;
  const { width, height, channels } = png;
  const inflated = await through(png.idat, new DecompressionStream('deflate')).catch(() => null);
  // A damaged file goes to jsPDF as it is, which rejects it with its own error.
  const px = inflated && unfilter(inflated, width, height, channels);
  if (!px) return img;
  const k = Math.max(1, Math.ceil(Math.max(width / MAX.width, height / MAX.height)));
  const { w, h, grey } = shrinkToGrey(px, width, height, channels, k);
  return { bytes: await greyPng(w, h, grey), mime: 'image/png' };
}

/** `rows` with every signature compacted (all at once). */
export function withCompactSignatures<T extends { signature?: PdfImage | undefined }>(rows: readonly T[]): Promise<T[]> {
  return Promise.all(rows.map(async (r) => (r.signature ? { ...r, signature: await compactSignature(r.signature) } : r)));
}
