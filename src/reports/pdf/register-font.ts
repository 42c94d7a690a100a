import type { jsPDF } from 'jspdf';

/** The family name the reports use for their CJK font. */
export const CJK_FONT = 'NotoSansSC';

/**
 * jsPDF's virtual file system takes a "binary string" (one char per byte). Converting 10 MB costs ~100 ms, so the
 * string is kept per byte array: the app passes the same cached array for every PDF.
 */
const binaryStrings = new WeakMap<Uint8Array, string>();

function binaryString(bytes: Uint8Array): string {
  let s = binaryStrings.get(bytes);
  if (s === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
    s = parts.join('');
    binaryStrings.set(bytes, s);
  }
  return s;
}

/** True for TrueType (glyf) bytes, sfnt version 1.0: jsPDF cannot embed CFF-based OpenType ('OTTO') fonts. */
export function isTrueType(bytes: Uint8Array): boolean {
  return bytes.length > 12 && bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0;
}

/**
 * Registers the CJK TrueType font with `doc` (Identity-H, so any Unicode text is written) and selects it.
 * jsPDF embeds only the glyphs the document uses (a subset), so a short PDF stays small.
 */
export function registerFont(doc: jsPDF, font: Uint8Array): void {
  if (!isTrueType(font)) throw new Error('registerFont: not a TrueType font');
  doc.addFileToVFS(`${CJK_FONT}.ttf`, binaryString(font));
  doc.addFont(`${CJK_FONT}.ttf`, CJK_FONT, 'normal', 'Identity-H');
  doc.setFont(CJK_FONT, 'normal');
}
