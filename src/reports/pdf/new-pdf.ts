import type { jsPDF } from 'jspdf';
import { drawPageFrames } from './page-frame';
import { registerFont } from './register-font';
import type { PdfBase } from './view-models';

/**
 * A blank A4 document with the CJK font selected. jsPDF (~240 KB gzip) is imported here, on demand, so it never
 * enters the initial bundle.
 */
export async function newPdf(base: PdfBase, title: string): Promise<jsPDF> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFont(doc, base.font);
  doc.setProperties({ title, author: base.enterprise, creator: '安全台账 SafeLedger' });
  doc.setLanguage('zh-CN');
  return doc;
}

/** Adds the running header and footer to every page and returns the file's bytes. */
export function finishPdf(doc: jsPDF, base: PdfBase, title: string): Uint8Array {
  drawPageFrames(doc, base, title);
  return new Uint8Array(doc.output('arraybuffer'));
}
