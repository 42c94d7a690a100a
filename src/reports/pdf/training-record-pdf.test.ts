import { describe, expect, it } from 'vitest';
import { FONT, pdfInfo, pdfText } from './pdf-tools.testing';
import { trainingRecordPdf } from './training-record-pdf';
import { BASE, record } from './training-pdf.testing';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const images = (b: Uint8Array) => latin1(b).match(/\/Subtype \/Image/g)?.length ?? 0;
const footer = (n: number, of: number) => new RegExp(`第\\s+${n}\\s+页\\s*/\\s*共\\s+${of}\\s+页`);

describe('trainingRecordPdf (安全生产培训记录)', () => {
  it('prints the 12 core elements, every attendee with signature and scores, photos, and numbers every page', async () => {
    const vm = { ...BASE(), ...record(50) };
    await trainingRecordPdf({ ...BASE(), ...record(3) }); // warm-up: the font's first parse is not what a user waits for twice
    const t0 = performance.now();
    const bytes = await trainingRecordPdf(vm);
    const ms = performance.now() - t0;
    // Budget: 1 s in the browser (bench pdf_training_50_ms). Not asserted: this machine's load makes times vary 3×.
    console.log(`trainingRecordPdf, 50 attendees, 48 signatures, 3 photos: ${ms.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KB`);
    // What keeps it fast: signatures reach jsPDF as small grey pictures (compact-signature.ts), not 600 × 200 RGBA.
    const grey = [...latin1(bytes).matchAll(/\/Subtype \/Image\s*\/Width (\d+)\s*\/Height (\d+)\s*\/ColorSpace \/DeviceGray/g)];
    expect(grey).toHaveLength(48);
    for (const [, w, h] of grey) expect([Number(w), Number(h)]).toEqual([300, 100]);

    const text = pdfText(bytes);
    const pages = Number(pdfInfo(bytes)['Pages']);
    expect(pages).toBeGreaterThanOrEqual(3);
    // The 12 core elements (T3), each label with its value, and the other fields.
    for (const [label, value] of [
      ['培训名称', '2025 年一季度危险化学品安全操作复训'], ['培训日期', '2025-03-10'], ['开始时间', '08:30'], ['结束时间', '11:45'],
      ['培训地点', '三楼安全培训室'], ['授课人', '周讲师'], ['参加人员', '应到 50 人，实到 48 人（其中迟到 4 人），缺勤 2 人'],
      ['培训主题', '储罐区动火作业与受限空间安全'], ['内容摘要', '讲解动火作业分级审批'], ['考核方式', '笔试＋实操考核'],
      ['考核结果', '合格 22 人，不合格 26 人（合格线 80 分）'], ['记录人', '吴记录'],
      ['培训类型', '定期复训'], ['组织部门', '生产一车间'], ['学时', '4 学时'], ['记录状态', '已归档'],
    ]) {
      expect(text).toMatch(new RegExp(`${label}\\s+${value!.replace(/[()（）+＋]/g, '.')}`));
    }
    for (const s of [/提交：吴记录\s+2025-03-10 15:20/, /审核：郑审核\s+2025-03-11 09:02/, /归档：郑审核\s+2025-03-12 10:00/]) expect(text).toMatch(s);
    // Long cell text wraps: compare without the line breaks.
    expect(text.replace(/\s+/g, '')).toContain('2025-03-1210:05编号由2025-SC-FX-002改为2025-SC-FX-003（离线归档编号冲突，按规则重新编号）');
    for (const s of ['培训照片（3 张）',
      '考核评分表', '一季度复训评分表.xlsx', '动火作业安全.pptx', '补训 2025-04-15']) {
      expect(text).toContain(s);
    }
    for (const p of vm.participants) expect(text).toMatch(new RegExp(`${p.workNo}\\s+${p.name}\\s+${p.department}`));
    const [late, absent] = [vm.participants[10]!, vm.participants[16]!];
    expect(text).toMatch(new RegExp(`${late.workNo}\\s+${late.name}\\s+${late.department}\\s+迟到 08:47\\s+${late.theory}\\s+85\\s+合格`));
    expect(text).toMatch(new RegExp(`${absent.workNo}\\s+${absent.name}\\s+${absent.department}\\s+缺勤\\s+—`));

    for (let p = 1; p <= pages; p++) {
      const page = pdfText(bytes, p);
      for (const s of ['安全生产培训记录', '苏州测试化工有限公司', '档案编号：2025-SC-FX-003', '内部资料 注意保密', '生成日期：2025-03-20']) expect(page).toContain(s);
      expect(page).toMatch(footer(p, pages));
      // Pages the attendee table runs onto repeat its header row.
      if (/A0\d\d\s+参训/.test(page)) expect(page).toMatch(/序号\s+工号\s+姓名\s+部门\s+签到\s+签名\s+理论\s+实操\s+结果/);
    }
    // 48 signatures (2 absent), 3 photos and the logo (all opaque: no soft masks), each embedded once.
    expect(images(bytes)).toBe(48 + 3 + 1);
  });

  it('says 未归档 for a record without a number, and shows no renumbering or review lines it has not got', async () => {
    const bytes = await trainingRecordPdf({
      ...BASE(), ...record(2, { number: undefined, renumbered: [], stateLabel: '草稿', submitted: undefined, reviewed: undefined, archived: undefined, photos: [], documents: [] }),
      logo: undefined,
    });
    const text = pdfText(bytes);
    expect(text).toContain('档案编号：未归档');
    expect(text).toMatch(/记录状态\s+草稿\s+档案编号\s+未归档/);
    expect(text).toMatch(/审核\s+—/);
    expect(text).not.toContain('编号变更');
    expect(text).toContain('无照片');
    expect(text).toMatch(footer(1, 1));
    expect(images(bytes)).toBe(2); // the two signatures, without the logo
  });

  it('counts attendees not yet signed in and not yet scored', async () => {
    const participants = record(4).participants.map((p, i) => (i === 0 ? { ...p, mark: 'expected' as const, signature: undefined, signedAt: undefined } : i === 1 ? { ...p, passed: undefined } : p));
    const text = pdfText(await trainingRecordPdf({ ...BASE(), ...record(0), participants, font: FONT }));
    expect(text).toContain('应到 4 人，实到 3 人（其中迟到 0 人），缺勤 0 人，未签到 1 人');
    expect(text).toMatch(/A001\s+参训甲1\s+生产一车间\s+未签到/);
    expect(text).toMatch(/未评分 \d 人（合格线 80 分）/);
  });
});
