import { describe, expect, it } from 'vitest';
import { defaultRequirement } from './default-requirement';
import { FONT, pdfInfo, pdfText } from './pdf-tools.testing';
import { rectificationNoticePdf } from './rectification-notice-pdf';
import type { NoticeFindingVm, RectificationNoticeVm } from './view-models';

const findings: NoticeFindingVm[] = [
  { kind: 'unlicensed', person: '王焊工', workNo: 'W017', department: '维修车间', post: '焊工', missing: '焊接与热切割作业 · 熔化焊接与热切割作业' },
  { kind: 'unlicensed', person: '李电工', workNo: 'E022', department: '动力车间', post: '配电工', missing: '电工作业 · 高压电工作业' },
  { kind: 'hazchem-managers', required: 2, actual: 1 },
];

const vm = (over: Partial<RectificationNoticeVm> = {}): RectificationNoticeVm => ({
  font: FONT,
  enterprise: '苏州测试化工有限公司',
  generatedOn: '2025-03-01',
  noticeNumber: '整改〔2025〕第 003 号',
  issuedOn: '2025-03-01',
  recipient: '维修车间、动力车间',
  findings,
  requirement: defaultRequirement(findings),
  deadline: '2025-03-31',
  ...over,
});

describe('rectificationNoticePdf (整改通知书)', () => {
  it('names every finding, the requirement, the deadline and both signature lines', async () => {
    const bytes = await rectificationNoticePdf(vm());
    const text = pdfText(bytes);
    for (const s of ['整改通知书', '整改〔2025〕第 003 号', '维修车间、动力车间：', '无证上岗（2 人）', '王焊工', 'W017', '熔化焊接与热切割作业',
      '李电工', '高压电工作业', '危险化学品专职安全生产管理人员配备不足', '不少于 2 名，现有 1 名，尚缺 1 名', '立即停止上述人员',
      '配齐专职安全生产管理人员', '请于 2025-03-31 前完成整改', '签发单位（盖章）：苏州测试化工有限公司', '签发人：', '接收人：', '第 1 页']) {
      expect(text).toContain(s);
    }
    expect(pdfInfo(bytes)['Pages']).toBe('1');
  });

  it('prints the issuer’s own requirement instead of the default one', async () => {
    const text = pdfText(await rectificationNoticePdf(vm({ requirement: '三日内完成培训报名。\n整改完成后报安环部验收。' })));
    expect(text).toContain('三日内完成培训报名。');
    expect(text).toContain('整改完成后报安环部验收。');
    expect(text).not.toContain('立即停止上述人员');
  });
});

describe('defaultRequirement', () => {
  it('has one numbered sentence per kind of finding, and none for kinds absent', () => {
    expect(defaultRequirement(findings).split('\n')).toHaveLength(2);
    expect(defaultRequirement(findings)).toMatch(/^1\. 立即停止/);
    expect(defaultRequirement([findings[0]!])).not.toMatch(/^1\./);
    expect(defaultRequirement([findings[2]!])).toContain('专职安全生产管理人员');
  });
});
