import { createFlow } from './flow';
import { ZH } from './labels';
import { finishPdf, newPdf } from './new-pdf';
import { BODY_WIDTH, PAGE } from './page';
import { drawTable } from './table';
import { writeLines } from './text';
import type { DestructionVm } from './training-view-models';
import type { PdfBase } from './view-models';

const TITLE = '培训档案销毁确认单';
const ORDINAL = '一二三四五六七八九十';

/**
 * 培训档案销毁确认单 (T12): the destroy order, the records it removed with their retention, who asked and the two
 * people who approved, when it was carried out, and lines to sign the paper copy.
 */
export async function destructionPdf(vm: DestructionVm & PdfBase): Promise<Uint8Array> {
  const doc = await newPdf(vm, TITLE);
  const flow = createFlow(doc);
  flow.paragraph(TITLE, { align: 'center', pt: 18, bold: true });
  flow.gap(2);
  flow.paragraph(`单号：${vm.orderId}`, { align: 'right', pt: 10 });
  flow.gap(3);

  const approvals = Array.from({ length: Math.max(2, vm.approvals.length) }, (_, i) => vm.approvals[i]);
  const pair = [{ header: '', weight: 2 }, { header: '', weight: 4 }, { header: '', weight: 2 }, { header: '', weight: 4 }];
  drawTable(flow, [{ header: '', weight: 2 }, { header: '', weight: 10 }], [['销毁原因', vm.reason]], { header: false, shade: [0], pt: 10 });
  drawTable(flow, pair, [
    ['申请人', vm.requestedBy, '申请时间', vm.requestedAt],
    ...approvals.map((a, i) => [`批准人${ORDINAL[i] ?? i + 1}`, a?.by ?? '待批准', '批准时间', a?.at ?? ZH.none]),
    ['执行时间', vm.executedAt ?? '尚未执行', '档案数量', `${vm.records.length} 份`],
  ], { header: false, shade: [0, 2], pt: 10 });
  flow.gap(6);

  flow.heading(`销毁档案清单（${vm.records.length} 份）`);
  drawTable(flow, [
    { header: '序号', weight: 1, align: 'center' }, { header: '档案编号', weight: 3.2 }, { header: '培训名称', weight: 4 },
    { header: '培训日期', weight: 2.2 }, { header: '保管期限', weight: 3.9 }, { header: '保管期满', weight: 2.2 },
  ], vm.records.map((r, i) => [String(i + 1), r.number, r.name, r.date, r.retention, r.until]));
  flow.gap(5);
  flow.paragraph(
    vm.executedAt
      ? `以上档案已从所有设备删除（含签到签名、照片及其他附件），执行时间 ${vm.executedAt}，不可恢复。`
      : '以上档案经两人批准后将从所有设备删除（含签到签名、照片及其他附件），删除后不可恢复。',
    { pt: 10.5 },
  );

  flow.need(48);
  flow.gap(10);
  const half = PAGE.left + BODY_WIDTH / 2 + 4;
  for (const [left, right] of [['申请人（签字）：______________', '日　　期：______________'],
    ['批准人（签字）：______________', '批准人（签字）：______________'], ['执行人（签字）：______________', '日　　期：______________']]) {
    writeLines(doc, [left!], PAGE.left, flow.y, 10.5);
    flow.y = writeLines(doc, [right!], half, flow.y, 10.5) + 7;
  }
  return finishPdf(doc, vm, TITLE);
}
