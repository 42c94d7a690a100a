import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE, certCardsPdf } from './cert-cards-pdf';
import { FONT, pdfInfo, pdfText, renderRegion } from './pdf-tools.testing';
import type { CertCardVm } from './view-models';

const card = (i: number): CertCardVm => ({
  holder: `持证人${i}`,
  idNumber: '1101**********002X',
  kind: '特种作业操作证',
  number: `T-CARD-${String(i).padStart(3, '0')}`,
  category: '电工作业',
  item: '低压电工作业',
  validFrom: '2022-05-10',
  validUntil: '2028-05-10',
  qrText: `SL1.${'x'.repeat(40)}.card-${i}.${'sig'.repeat(30)}`,
});

describe('certCardsPdf (证卡)', () => {
  it('lays out 8 cards a page: 50 cards are 7 pages, every card number extractable', async () => {
    const bytes = await certCardsPdf({ font: FONT, enterprise: '苏州测试化工有限公司', generatedOn: '2025-03-01', cards: Array.from({ length: 50 }, (_, i) => card(i)) });
    expect(CARDS_PER_PAGE).toBe(8);
    expect(pdfInfo(bytes)['Pages']).toBe('7');
    const text = pdfText(bytes);
    for (let i = 0; i < 50; i++) expect(text).toContain(`T-CARD-${String(i).padStart(3, '0')}`);
    for (const s of ['持证人0', '1101**********002X', '电工作业', '低压电工作业', '2022-05-10 至 2028-05-10', '苏州测试化工有限公司', '第 7 页']) {
      expect(text).toContain(s);
    }
  });

  it('draws each QR code as vectors that a scanner decodes back to the signed payload', async () => {
    const bytes = await certCardsPdf({ font: FONT, enterprise: '苏州测试化工有限公司', generatedOn: '2025-03-01', cards: [card(7)] });
    // The first card's QR: 25 mm square at the card's right, 13 mm below its top (see cert-cards-pdf.ts), plus a quiet zone.
    const left = (210 - 2 * 85.6 - 10) / 2;
    const { width, height, grey } = renderRegion(bytes, 200, { x: left + 85.6 - 4 - 25 - 3, y: 31 + 13 - 3, w: 31, h: 31 });
    const rgba = new Uint8ClampedArray(width * height * 4);
    grey.forEach((g, i) => rgba.set([g, g, g, 255], i * 4));
    expect(jsQR(rgba, width, height)?.data).toBe(card(7).qrText);
  });
});
