import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { BADGES_PER_PAGE, badgePdf, type BadgeVm } from './badge-pdf';
import { FONT, pdfInfo, pdfText, renderRegion } from './pdf-tools.testing';

const badge = (i: number): BadgeVm => ({
  name: `员工${i}`,
  workNo: `B${String(i).padStart(3, '0')}`,
  department: '生产部',
  post: i % 2 ? '低压电工' : undefined,
  qrText: `SLB1.0192f3a4-5b6c-7d8e-9f01-${String(i).padStart(12, '0')}.B${String(i).padStart(3, '0')}`,
});
const base = { font: FONT, enterprise: '苏州测试化工有限公司', generatedOn: '2025-03-01' };

describe('badgePdf (人员胸卡)', () => {
  it('lays out 8 badges a page with name, 工号, department, post, enterprise and page footer', async () => {
    const bytes = await badgePdf({ ...base, badges: Array.from({ length: 17 }, (_, i) => badge(i)) });
    expect(BADGES_PER_PAGE).toBe(8);
    const info = pdfInfo(bytes);
    expect(info['Pages']).toBe('3');
    expect(info['Page size']).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/);
    expect(info['Title']).toBe('人员胸卡');
    const text = pdfText(bytes);
    for (let i = 0; i < 17; i++) {
      expect(text).toContain(`员工${i}`);
      expect(text).toContain(`B${String(i).padStart(3, '0')}`);
    }
    for (const s of ['生产部', '低压电工', '苏州测试化工有限公司', '扫码签到', '培训签到专用，请妥善保管', '人员胸卡', '内部资料 注意保密', '生成日期：2025-03-01']) {
      expect(text).toContain(s);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('第 3 页/共 3 页');
    // Page 3 holds only the 17th badge.
    const last = pdfText(bytes, 3);
    expect(last).toContain('员工16');
    expect(last).not.toContain('员工15');
  });

  it('draws the badge QR code as vectors that a scanner decodes back to the payload', async () => {
    const bytes = await badgePdf({ ...base, badges: [badge(5)] });
    // The first badge's QR: 27 mm square at its right edge (4 mm in), 13.5 mm below its top, plus a quiet zone.
    const left = (210 - 2 * 85.6 - 10) / 2;
    const { width, height, grey } = renderRegion(bytes, 200, { x: left + 85.6 - 4 - 27 - 3, y: 31 + 13.5 - 3, w: 33, h: 33 });
    const rgba = new Uint8ClampedArray(width * height * 4);
    grey.forEach((g, i) => rgba.set([g, g, g, 255], i * 4));
    expect(jsQR(rgba, width, height)?.data).toBe(badge(5).qrText);
  });

  it('cuts a name too long for the badge with an ellipsis instead of overflowing', async () => {
    const long = { ...badge(1), name: '欧阳长长长长长长长长长长长长长名字' };
    const text = pdfText(await badgePdf({ ...base, badges: [long] }));
    expect(text).toContain('…');
    expect(text).not.toContain('长名字');
  });
});
