import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from './pdf-tools.testing';
import { signinSheetPdf } from './signin-sheet-pdf';
import { BASE, record } from './training-pdf.testing';
import type { SigninSheetVm } from './training-view-models';

const images = (b: Uint8Array) => Buffer.from(b).toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
const footer = (n: number, of: number) => new RegExp(`第\\s+${n}\\s+页\\s*/\\s*共\\s+${of}\\s+页`);

function sheet(n: number, signed: boolean): SigninSheetVm {
  const r = record(n);
  return {
    name: r.name, typeLabel: r.typeLabel, department: r.department, date: r.date, start: r.start, end: r.end, place: r.place,
    instructor: r.instructor,
    participants: r.participants.map((p) => ({
      workNo: p.workNo, name: p.name, department: p.department, ...(signed && p.signature ? { signature: p.signature, signedAt: p.signedAt } : {}),
    })),
  };
}

describe('signinSheetPdf (培训签到表)', () => {
  it('prints the session and an empty signing box per attendee for signing by hand, over pages with repeated headers', async () => {
    const vm = sheet(50, false);
    const bytes = await signinSheetPdf({ ...BASE(), ...vm, logo: undefined });
    const text = pdfText(bytes);
    for (const [label, value] of [['培训名称', vm.name], ['培训类型', '定期复训'], ['组织部门', '生产一车间'], ['培训日期', '2025-03-10'],
      ['培训时间', '08:30 至 11:45'], ['培训地点', '三楼安全培训室'], ['授课人', '周讲师'], ['应到人数', '50 人']]) {
      expect(text).toMatch(new RegExp(`${label}\\s+${value}`));
    }
    expect(text).toMatch(/实到人数\s+人\n/);
    for (const p of vm.participants) expect(text).toMatch(new RegExp(`${p.workNo}\\s+${p.name}\\s+${p.department}\\s*\\n`));
    expect(text).toContain('授课人（签字）');
    const pages = Number(pdfInfo(bytes)['Pages']);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const page = pdfText(bytes, p);
      expect(page).toContain('培训签到表');
      expect(page).toMatch(footer(p, pages));
      if (/A0\d\d\s+参训/.test(page)) expect(page).toMatch(/序号\s+工号\s+姓名\s+部门\s+签到时间\s+签名/);
    }
    expect(images(bytes)).toBe(0);
  });

  it('carries the pad signatures and sign-in times once attendees signed on the device', async () => {
    const vm = sheet(20, true);
    const bytes = await signinSheetPdf({ ...BASE(), ...vm, logo: undefined });
    const text = pdfText(bytes);
    const signed = vm.participants.filter((p) => p.signature);
    expect(text).toMatch(new RegExp(`实到人数\\s+${signed.length} 人`));
    for (const p of signed) expect(text).toMatch(new RegExp(`${p.workNo}\\s+${p.name}\\s+${p.department}\\s+${p.signedAt}`));
    expect(images(bytes)).toBe(signed.length);
  });
});
