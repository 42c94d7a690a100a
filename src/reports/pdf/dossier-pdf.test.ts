import { describe, expect, it } from 'vitest';
import { dossierPdf } from './dossier-pdf';
import { FONT, pdfInfo, pdfText, pngBytes } from './pdf-tools.testing';
import type { DossierVm } from './view-models';

const vm = (over: Partial<DossierVm> = {}): DossierVm => ({
  font: FONT,
  enterprise: '苏州测试化工有限公司',
  logo: { bytes: pngBytes(60, 20, [31, 78, 140]), mime: 'image/png' },
  generatedOn: '2025-03-01',
  person: {
    name: '孙电工', workNo: 'E001', idNumber: '11010519491231002X', sex: 'F', birthDate: '1949-12-31',
    phone: '138****8000', department: '生产一车间', post: '维修电工', status: 'active', hireDate: '2015-04-01', education: 'college',
  },
  photo: { bytes: pngBytes(30, 40, [200, 200, 200]), mime: 'image/png' },
  history: [
    { date: '2015-04-01', status: 'active', department: '生产一车间', post: '操作工', reason: '入职' },
    { date: '2019-07-15', status: 'active', department: '生产一车间', post: '维修电工', reason: '转岗' },
  ],
  certificates: [
    {
      kind: 'hazchem-principal', number: 'HP-OVERDUE', authority: '江苏省应急管理厅', firstIssueDate: '2019-01-01',
      expiry: '2022-01-01', state: 'expired', nextDue: '2022-01-01', nextEvent: 'renewal', colour: 'red', reviews: [],
    },
    {
      kind: 'special-operations', number: 'T11010519491231002X', category: '电工作业', item: '低压电工作业',
      authority: '苏州市应急管理局', firstIssueDate: '2022-05-10', expiry: '2028-05-10', state: 'review-due',
      nextDue: '2025-05-10', nextEvent: 'review', reviews: [{ date: '2019-05-01', result: 'passed', note: '按期复审' }],
    },
    {
      kind: 'hazchem-manager', number: 'AQ-2023-0042', authority: '江苏省应急管理厅', firstIssueDate: '2023-01-01',
      expiry: '2026-01-01', state: 'valid', nextDue: '2026-01-01', nextEvent: 'renewal', colour: 'yellow', reviews: [],
    },
  ],
  workHistory: [{ from: '2010-03-01', to: '2015-03-01', employer: '昆山电气安装公司', work: '电气安装', years: 5 }],
  notes: ['2024 年度安全考核优秀。'],
  ...over,
});

describe('dossierPdf (一人一档)', () => {
  it('is an A4 text PDF whose Chinese text can be extracted, with header and footer on every page', async () => {
    const bytes = await dossierPdf(vm());
    const text = pdfText(bytes);
    for (const s of ['人员安全档案（一人一档）', '苏州测试化工有限公司', '孙电工', 'E001', '11010519491231002X', '生产一车间', '维修电工', '大专',
      '特种作业操作证', 'T11010519491231002X', '电工作业', '低压电工作业', '苏州市应急管理局', '待复审', '2025-05-10（复审）', '按期复审', '已过期', '2022-01-01（换证，已逾期）', '红（失效或涉事故）',
      'AQ-2023-0042', '黄（培训学时不足）', '昆山电气安装公司', '2024 年度安全考核优秀', '内部资料 注意保密', '第 1 页', '生成日期：2025-03-01']) {
      expect(text).toContain(s);
    }
    const info = pdfInfo(bytes);
    expect(text).toContain(`共 ${info['Pages']} 页`);
    expect(Number(info['Pages'])).toBeLessThanOrEqual(2);
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    // The 10 MB font is embedded as a subset of the glyphs used.
    expect(bytes.length).toBeLessThan(250_000);
  });

  it('prints the ID number as the view-model gives it (masked for a reader who may not see it)', async () => {
    const text = pdfText(await dossierPdf(vm({ person: { ...vm().person, idNumber: '1101**********002X' } })));
    expect(text).toMatch(/身份证号\s+1101\*{10}002X/);
    expect(text).not.toMatch(/身份证号\s+11010519491231002X/);
  });

  it('breaks long tables across pages, repeating the header row, and numbers every page', async () => {
    const history = Array.from({ length: 90 }, (_, i) => ({
      date: `2000-01-${String((i % 28) + 1).padStart(2, '0')}`, status: 'active' as const, department: `部门${i}`, post: '岗位',
      reason: i === 40 ? '很长的说明文字，'.repeat(30) : `调整${i}`,
    }));
    const bytes = await dossierPdf(vm({ history, certificates: [], workHistory: undefined, notes: undefined, photo: undefined, logo: undefined }));
    const pages = Number(pdfInfo(bytes)['Pages']);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 2; p <= pages; p++) {
      const t = pdfText(bytes, p);
      expect(t).toContain(`第 ${p} 页/共 ${pages} 页`);
      if (p < pages) expect(t).toMatch(/日期\s+状态\s+部门\s+岗位\s+说明/);
    }
    const all = pdfText(bytes);
    for (let i = 0; i < 90; i++) expect(all).toContain(`部门${i} `);
    expect(all).toContain('尚未登记证书');
  });
});
