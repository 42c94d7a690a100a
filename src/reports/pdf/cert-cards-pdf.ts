import type { jsPDF } from 'jspdf';
import { drawQr } from './draw-qr';
import { finishPdf, newPdf } from './new-pdf';
import { PAGE } from './page';
import { wrap, writeLines } from './text';
import type { CertCardVm, CertCardsVm } from './view-models';

const TITLE = '持证人员证卡';
/** ID-1 card size (85.6 × 54 mm), 2 × 4 a page. */
const CARD = { w: 85.6, h: 54 };
const GRID = { cols: 2, rows: 4, gapX: 10, gapY: 8, top: 31 };
export const CARDS_PER_PAGE = GRID.cols * GRID.rows;
const LEFT = (PAGE.width - GRID.cols * CARD.w - (GRID.cols - 1) * GRID.gapX) / 2;
const QR = 25;
const PAD = 4;
const BAND: [number, number, number] = [31, 78, 140];

/** The first line of `text` that fits `width` mm, with an ellipsis when cut. */
function fit(doc: jsPDF, text: string, width: number, pt: number): string {
  const lines = wrap(doc, text, width, pt);
  return lines.length > 1 ? `${lines[0]!.slice(0, -1)}…` : lines[0]!;
}

/** Corner cut marks just outside the card. */
function cutMarks(doc: jsPDF, x: number, y: number): void {
  const [off, len] = [1, 2.5];
  doc.setDrawColor(110);
  doc.setLineWidth(0.15);
  for (const [cx, sx] of [[x, -1], [x + CARD.w, 1]] as const) {
    for (const [cy, sy] of [[y, -1], [y + CARD.h, 1]] as const) {
      doc.line(cx + sx * off, cy, cx + sx * (off + len), cy);
      doc.line(cx, cy + sy * off, cx, cy + sy * (off + len));
    }
  }
}

function drawCard(doc: jsPDF, c: CertCardVm, enterprise: string, x: number, y: number): void {
  doc.setDrawColor(200);
  doc.setLineWidth(0.2);
  doc.roundedRect(x, y, CARD.w, CARD.h, 2.5, 2.5, 'S');
  doc.setFillColor(...BAND);
  doc.roundedRect(x + 2, y + 2, CARD.w - 4, 8.5, 1.5, 1.5, 'F');
  writeLines(doc, [fit(doc, c.kind, CARD.w - 2 * PAD, 10)], x + PAD, y + 3.1, 10, { colour: 255, bold: true });

  const textWidth = CARD.w - 2 * PAD - QR - 3;
  const fields: [string, string | undefined][] = [
    ['姓　　名', c.holder],
    ['身份证号', c.idNumber],
    ['证　　号', c.number],
    ['作业类别', c.category],
    ['准操项目', c.item],
    ['有 效 期', `${c.validFrom} 至 ${c.validUntil ?? '长期'}`],
  ];
  let ty = y + 13;
  for (const [label, value] of fields) {
    if (value === undefined || value === '') continue;
    writeLines(doc, [label], x + PAD, ty, 7.5, { colour: 90 });
    ty = writeLines(doc, [fit(doc, value, textWidth - 13, 7.5)], x + PAD + 13, ty, 7.5) + 0.4;
  }
  const qx = x + CARD.w - PAD - QR;
  drawQr(doc, c.qrText, qx, y + 13, QR);
  writeLines(doc, ['扫码核验'], qx + QR / 2, y + 13 + QR + 0.6, 6.5, { align: 'center', colour: 90 });

  doc.setDrawColor(210);
  doc.line(x + PAD, y + CARD.h - 8, x + CARD.w - PAD, y + CARD.h - 8);
  writeLines(doc, [fit(doc, enterprise, CARD.w - 2 * PAD, 7.5)], x + PAD, y + CARD.h - 7, 7.5, { colour: 60 });
}

/** Certificate cards (C5), 8 per A4 page with cut marks, each with its signed QR code. */
export async function certCardsPdf(vm: CertCardsVm): Promise<Uint8Array> {
  const doc = await newPdf(vm, TITLE);
  vm.cards.forEach((card, i) => {
    const slot = i % CARDS_PER_PAGE;
    if (i > 0 && slot === 0) doc.addPage('a4', 'portrait');
    const x = LEFT + (slot % GRID.cols) * (CARD.w + GRID.gapX);
    const y = GRID.top + Math.floor(slot / GRID.cols) * (CARD.h + GRID.gapY);
    cutMarks(doc, x, y);
    drawCard(doc, card, card.enterprise ?? vm.enterprise, x, y);
  });
  return finishPdf(doc, vm, TITLE);
}
