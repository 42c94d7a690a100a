import { describe, expect, it } from 'vitest';
import { destructionPdf } from './destruction-pdf';
import { pdfInfo, pdfText } from './pdf-tools.testing';
import { BASE } from './training-pdf.testing';
import type { DestructionVm } from './training-view-models';

const vm = (over: Partial<DestructionVm> = {}): DestructionVm => ({
  orderId: 'XH-2025-0007',
  reason: '保管期满，经安全管理部门审核同意销毁',
  requestedBy: '张安全',
  requestedAt: '2025-03-01 09:30',
  approvals: [{ by: '李经理', at: '2025-03-02 10:15' }, { by: '王厂长', at: '2025-03-03 16:40' }],
  executedAt: '2025-03-03 16:41',
  records: [
    { number: '2021-SC-FX-001', name: '2021 年度全员安全复训', date: '2021-03-15', retention: '一般（3 年）', until: '2024-03-15' },
    { number: '2015-WX-TF-002', name: '电工作业复审培训', date: '2015-06-20', retention: '特种作业（离职后 5 年）', until: '2024-12-31' },
  ],
  ...over,
});

describe('destructionPdf (培训档案销毁确认单)', () => {
  it('names the order, every record destroyed with its retention, the requester, both approvers and the statement', async () => {
    const bytes = await destructionPdf({ ...BASE(), ...vm() });
    const text = pdfText(bytes);
    for (const s of [/培训档案销毁确认单/, /单号：XH-2025-0007/, /销毁原因\s+保管期满，经安全管理部门审核同意销毁/,
      /申请人\s+张安全\s+申请时间\s+2025-03-01 09:30/, /批准人一\s+李经理\s+批准时间\s+2025-03-02 10:15/,
      /批准人二\s+王厂长\s+批准时间\s+2025-03-03 16:40/, /执行时间\s+2025-03-03 16:41\s+档案数量\s+2\s*份/,
      /1\s+2021-SC-FX-001\s+2021 年度全员安全复训\s+2021-03-15\s+一般（3 年）\s+2024-03-15/,
      /2\s+2015-WX-TF-002\s+电工作业复审培训\s+2015-06-20\s+特种作业（离职后 5 年）\s+2024-12-31/,
      /以上档案已从所有设备删除/, /批准人（签字）：_+\s+批准人（签字）/, /申请人（签字）/, /执行人（签字）/,
      /第\s+1\s+页\s*\/\s*共\s+1\s+页/, /内部资料 注意保密/, /生成日期：2025-03-20/]) {
      expect(text).toMatch(s);
    }
    expect(pdfInfo(bytes)['Pages']).toBe('1');
  });

  it('does not claim the deletion before the order is carried out, and shows a missing approval as pending', async () => {
    const text = pdfText(await destructionPdf({ ...BASE(), ...vm({ executedAt: undefined, approvals: [{ by: '李经理', at: '2025-03-02 10:15' }] }) }));
    expect(text).not.toContain('以上档案已从所有设备删除');
    expect(text).toContain('经两人批准后将从所有设备删除');
    expect(text).toMatch(/批准人二\s+待批准/);
    expect(text).toMatch(/执行时间\s+尚未执行/);
  });
});
