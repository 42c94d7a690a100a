import type { jsPDF } from 'jspdf';
import { ZH } from './labels';
import { PAGE } from './page';
import { writeLines } from './text';
import type { PdfBase, PdfImage } from './view-models';

const LOGO_MAX = { width: 30, height: 11 };

function imageFormat(img: PdfImage): 'JPEG' | 'PNG' {
  return /png/i.test(img.mime) ? 'PNG' : 'JPEG';
}

/** Places `img` fitted into a w×h box at (x, y), keeping its aspect; returns the width used. */
export function drawImage(doc: jsPDF, img: PdfImage, alias: string, x: number, y: number, w: number, h: number): number {
  const props = doc.getImageProperties(img.bytes);
  const scale = Math.min(w / props.width, h / props.height);
  const [iw, ih] = [props.width * scale, props.height * scale];
  // The alias makes jsPDF embed the image once however many pages show it.
  doc.addImage(img.bytes, imageFormat(img), x, y + (h - ih) / 2, iw, ih, alias, 'FAST');
  return iw;
}

/**
 * Draws the running header (enterprise logo and name, the document's title) and footer (confidentiality mark,
 * 第 X 页 / 共 Y 页, date) on every page. Called once the body is laid out, when the page count is known.
 */
export function drawPageFrames(doc: jsPDF, base: PdfBase, title: string): void {
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n++) {
    doc.setPage(n);
    let x = PAGE.left;
    if (base.logo) x += drawImage(doc, base.logo, 'logo', PAGE.left, 10, LOGO_MAX.width, LOGO_MAX.height) + 3;
    writeLines(doc, [base.enterprise], x, 12.5, 10, { colour: 60 });
    writeLines(doc, [title], PAGE.right, 12, 11, { align: 'right', bold: true });
    doc.setDrawColor(120);
    doc.setLineWidth(0.4);
    doc.line(PAGE.left, 23, PAGE.right, 23);

    doc.setLineWidth(0.2);
    doc.line(PAGE.left, 283, PAGE.right, 283);
    writeLines(doc, [ZH.confidential], PAGE.left, 284.5, 8, { colour: 140 });
    writeLines(doc, [ZH.page(n, pages)], PAGE.width / 2, 284.5, 8, { align: 'center', colour: 60 });
    writeLines(doc, [ZH.generatedOn(base.generatedOn)], PAGE.right, 284.5, 8, { align: 'right', colour: 60 });
  }
}
