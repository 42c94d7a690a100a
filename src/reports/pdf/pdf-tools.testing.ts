import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Test helpers for the PDF builders: the real CJK font from node_modules (read once per test file), and poppler's
 * pdftotext / pdfinfo / pdftoppm on the built bytes (poppler-utils is installed on developer machines and in CI).
 */
const require = createRequire(import.meta.url);
export const FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const FONT: Uint8Array = new Uint8Array(readFileSync(FONT_PATH));

const dir = mkdtempSync(join(tmpdir(), 'sl-pdf-test-'));
let seq = 0;

/** Writes the PDF to a temp file and returns its path. */
export function savePdf(bytes: Uint8Array, name = 'out'): string {
  const file = join(dir, `${name}-${++seq}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** The text as `pdftotext -layout` extracts it (optionally one page only). */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, savePdf(bytes), '-'], { encoding: 'utf8' });
}

/** `pdfinfo`'s fields (Pages, Page size, Title …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = execFileSync('pdfinfo', [savePdf(bytes)], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** A region of page 1 rendered in grey at `dpi` (box in mm): width, height and one byte per pixel. */
export function renderRegion(bytes: Uint8Array, dpi: number, box: { x: number; y: number; w: number; h: number }) {
  const px = (mm: number) => String(Math.round((mm / 25.4) * dpi));
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-x', px(box.x), '-y', px(box.y), '-W', px(box.w), '-H', px(box.h), savePdf(bytes)]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then the pixels.
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(m[1]), Number(m[2])];
  return { width, height, grey: new Uint8Array(pgm.subarray(m[0].length, m[0].length + width * height)) };
}

/** A small solid-colour PNG (for logos and photos in tests). */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
