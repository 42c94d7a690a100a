import type { jsPDF } from 'jspdf';
import { drawQr } from './draw-qr';
import { finishPdf, newPdf } from './new-pdf';
import { PAGE } from './page';
import { wrap, writeLines } from './text';
import type { PdfBase } from './view-models';

/** One person badge (T4): who it is, and the badge payload (person-badge.ts) to draw as a QR code. */
export type BadgeVm = {
  name: string;
  workNo: string;
  department?: string | undefined;
  post?: string | undefined;
  /** `SLB1.<personId>.<workNo>`: no name or ID number. */
  qrText: string;
};
/** A sheet of badges, 8 per A4 page. */
export type BadgesVm = PdfBase & { badges: BadgeVm[] };

const TITLE = '人员胸卡';
/** ID-1 card size (85.6 × 54 mm), 2 × 4 a page, each outlined for cutting. */
const CARD = { w: 85.6, h: 54 };
const GRID = { cols: 2, rows: 4, gapX: 10, gapY: 8, top: 31 };
export const BADGES_PER_PAGE = GRID.cols * GRID.rows;
const LEFT = (PAGE.width - GRID.cols * CARD.w - (GRID.cols - 1) * GRID.gapX) / 2;
const QR = 27;
const PAD = 4;
const BAND: [number, number, number] = [31, 78, 140];

/** The first line of `text` that fits `width` mm, with an ellipsis when cut. */
function fit(doc: jsPDF, text: string, width: number, pt: number): string {
  const lines = wrap(doc, text, width, pt);
  return lines.length > 1 ? `${lines[0]!.slice(0, -1)}…` : lines[0]!;
}

function drawBadge(doc: jsPDF, b: BadgeVm, enterprise: string, x: number, y: number): void {
  doc.setDrawColor(150);
  doc.setLineWidth(0.25);
  doc.roundedRect(x, y, CARD.w, CARD.h, 2.5, 2.5, 'S');
  doc.setFillColor(...BAND);
  doc.roundedRect(x + 2, y + 2, CARD.w - 4, 8.5, 1.5, 1.5, 'F');
  writeLines(doc, [fit(doc, enterprise, CARD.w - 2 * PAD, 9.5)], x + PAD, y + 3.2, 9.5, { colour: 255, bold: true });

  const textWidth = CARD.w - 2 * PAD - QR - 3;
  let ty = writeLines(doc, [fit(doc, b.name, textWidth, 17)], x + PAD, y + 14, 17, { bold: true }) + 1.5;
  const fields: [string, string | undefined][] = [['工　号', b.workNo], ['部　门', b.department], ['岗　位', b.post]];
  for (const [label, value] of fields) {
    if (!value) continue;
    writeLines(doc, [label], x + PAD, ty, 8.5, { colour: 90 });
    ty = writeLines(doc, [fit(doc, value, textWidth - 11, 8.5)], x + PAD + 11, ty, 8.5) + 0.8;
  }
  const qx = x + CARD.w - PAD - QR;
  drawQr(doc, b.qrText, qx, y + 13.5, QR);
  writeLines(doc, ['扫码签到'], qx + QR / 2, y + 13.5 + QR + 0.8, 7, { align: 'center', colour: 90 });
  writeLines(doc, ['培训签到专用，请妥善保管'], x + PAD, y + CARD.h - 7.5, 7, { colour: 120 });
}

/** Person badges for sign-in by scanning (T4), 8 per A4 page, outlined for cutting, each with its badge QR code. */
export async function badgePdf(vm: BadgesVm): Promise<Uint8Array> {
  const doc = await newPdf(vm, TITLE);
  vm.badges.forEach((badge, i) => {
    const slot = i % BADGES_PER_PAGE;
    if (i > 0 && slot === 0) doc.addPage('a4', 'portrait');
    const x = LEFT + (slot % GRID.cols) * (CARD.w + GRID.gapX);
    const y = GRID.top + Math.floor(slot / GRID.cols) * (CARD.h + GRID.gapY);
    drawBadge(doc, badge, vm.enterprise, x, y);
  });
  return finishPdf(doc, vm, TITLE);
}
