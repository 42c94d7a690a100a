import { drawCellTable } from './cell-table';
import { withCompactSignatures } from './compact-signature';
import { createFlow } from './flow';
import { ZH } from './labels';
import { finishPdf, newPdf } from './new-pdf';
import { drawTable } from './table';
import type { SigninSheetVm } from './training-view-models';
import type { PdfBase } from './view-models';

const TITLE = '培训签到表';
const COLUMNS = [
  { header: '序号', weight: 1, align: 'center' as const }, { header: '工号', weight: 2 }, { header: '姓名', weight: 2.2 },
  { header: '部门', weight: 3 }, { header: '签到时间', weight: 2, align: 'center' as const }, { header: '签名', weight: 4.5, align: 'center' as const },
];

/**
 * 培训签到表 (T4): the session's header fields and one row per attendee with a box to sign in. Printed before the
 * session it is signed by hand; printed after sign-in on the device it carries the pad signatures and times.
 */
export async function signinSheetPdf(vm: SigninSheetVm & PdfBase): Promise<Uint8Array> {
  const [doc, participants] = await Promise.all([newPdf(vm, TITLE), withCompactSignatures(vm.participants)]);
  const flow = createFlow(doc);
  const signed = participants.filter((p) => p.signature || p.signedAt).length;
  const time = vm.start || vm.end ? `${vm.start ?? '____'} 至 ${vm.end ?? '____'}` : '';
  flow.paragraph(TITLE, { align: 'center', pt: 16, bold: true });
  flow.gap(4);
  const pair = [{ header: '', weight: 2 }, { header: '', weight: 4 }, { header: '', weight: 2 }, { header: '', weight: 4 }];
  drawTable(flow, [{ header: '', weight: 2 }, { header: '', weight: 10 }], [['培训名称', vm.name]], { header: false, shade: [0], pt: 10 });
  drawTable(flow, pair, [
    ['培训类型', vm.typeLabel, '组织部门', vm.department],
    ['培训日期', vm.date, '培训时间', time],
    ['培训地点', vm.place, '授课人', vm.instructor],
    ['应到人数', `${participants.length} 人`, '实到人数', signed ? `${signed} 人` : '        人'],
  ].map((r) => r.map((c, i) => (i % 2 && !c ? ZH.none : c))), { header: false, shade: [0, 2], pt: 10 });
  flow.gap(5);
  drawCellTable(flow, COLUMNS, participants.map((p, i) => [
    String(i + 1), p.workNo, p.name, p.department, p.signedAt ?? '', p.signature ? { image: p.signature, alias: `sig-${i}` } : '',
  ]), { minRow: 11, pt: 10 });
  flow.gap(4);
  flow.paragraph('说明：参训人员本人签名，不得代签；迟到人员注明到场时间。', { pt: 9, colour: 90 });
  flow.need(20);
  flow.gap(8);
  flow.paragraph('授课人（签字）：______________　　记录人（签字）：______________　　日期：______年____月____日', { pt: 10 });
  return finishPdf(doc, vm, TITLE);
}
