import { createFlow, type Flow } from './flow';
import { sectionNumber, ZH } from './labels';
import { finishPdf, newPdf } from './new-pdf';
import { BODY_WIDTH, PAGE } from './page';
import { drawImage } from './page-frame';
import { drawTable } from './table';
import type { DossierCertificate, DossierVm } from './view-models';

const TITLE = '人员安全档案（一人一档）';
const PHOTO = { width: 26, height: 35 };
const dash = (s: string | null | undefined) => (s ? s : ZH.none);

/** A key–value grid of label/value pairs, two pairs a row. */
function fieldGrid(flow: Flow, pairs: [string, string][], width = BODY_WIDTH): void {
  const rows: string[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    const b: [string, string] = pairs[i + 1] ?? ['', ''];
    rows.push([a[0], dash(a[1]), b[0], b[0] ? dash(b[1]) : '']);
  }
  const cols = [{ header: '', weight: 2 }, { header: '', weight: 4 }, { header: '', weight: 2 }, { header: '', weight: 4 }];
  drawTable(flow, cols, rows, { header: false, shade: [0, 2], width, pt: 9.5 });
}

function certificateName(c: DossierCertificate): string {
  return c.kind === 'other' ? (c.kindName ?? ZH.certKind.other) : ZH.certKind[c.kind];
}

function certificateBlock(flow: Flow, c: DossierCertificate, n: number, today: string): void {
  flow.need(45);
  flow.paragraph(`${n}. ${certificateName(c)}`, { bold: true, pt: 10 });
  flow.gap(1);
  const state = [ZH.certState[c.state], c.colour ? `标识：${ZH.colour[c.colour]}` : '', c.practicalReexamRequired ? ZH.reexam : '']
    .filter(Boolean)
    .join('；');
  const event = ZH.nextEvent[c.nextEvent ?? 'review'];
  const due = c.nextDue ? `${c.nextDue}（${c.nextDue < today ? `${event}，已逾期` : event}）` : '';
  const pairs: [string, string][] = [
    ['证号', c.number],
    ['发证机关', c.authority],
    ...(c.category || c.item ? ([['作业类别', c.category ?? ''], ['准操项目', c.item ?? '']] as [string, string][]) : []),
    ['初领日期', c.firstIssueDate],
    ['本证有效期起', c.validFrom ?? c.firstIssueDate],
    ['有效期至', c.expiry ?? ''],
    ['下次复审/换证', due],
  ];
  fieldGrid(flow, pairs);
  drawTable(flow, [{ header: '', weight: 2 }, { header: '', weight: 10 }], [['状态', state]], { header: false, shade: [0], pt: 9.5 });
  flow.gap(2);
  if (c.reviews.length) {
    drawTable(
      flow,
      [{ header: '复审日期', weight: 2 }, { header: '结果', weight: 1.4, align: 'center' }, { header: '备注', weight: 6 }],
      [...c.reviews].sort((a, b) => a.date.localeCompare(b.date)).map((r) => [r.date, ZH.reviewResult[r.result], r.note ?? '']),
    );
  } else {
    flow.paragraph('复审记录：无', { pt: 9, colour: 90 });
  }
  flow.gap(4);
}

/** 一人一档 as an A4 PDF: identity, employment history, certificates with their state and reviews, work history. */
export async function dossierPdf(vm: DossierVm): Promise<Uint8Array> {
  const doc = await newPdf(vm, TITLE);
  const flow = createFlow(doc);
  const p = vm.person;
  let section = 0;
  const heading = (text: string, keep?: number) => flow.heading(`${sectionNumber(++section)}、${text}`, keep);

  flow.paragraph(TITLE, { align: 'center', pt: 16, bold: true });
  flow.gap(4);

  heading('基本信息');
  const top = flow.y;
  const gridWidth = vm.photo ? BODY_WIDTH - PHOTO.width - 4 : BODY_WIDTH;
  fieldGrid(flow, [
    ['姓名', p.name], ['工号', p.workNo],
    ['身份证号', p.idNumber], ['性别', ZH.sex[p.sex]],
    ['出生日期', p.birthDate], ['联系电话', p.phone ?? ''],
    ['部门', p.department ?? ''], ['岗位', p.post ?? ''],
    ['在职状态', ZH.status[p.status] + (p.statusDate ? `（${p.statusDate}）` : '')], ['入职日期', p.hireDate ?? ''],
    ['学历', p.education ? ZH.education[p.education] : ''], ['状态说明', p.statusReason ?? ''],
  ], gridWidth);
  if (vm.photo) {
    const x = PAGE.right - PHOTO.width;
    doc.setDrawColor(150);
    doc.rect(x, top, PHOTO.width, PHOTO.height, 'S');
    drawImage(doc, vm.photo, 'photo', x + 0.5, top + 0.5, PHOTO.width - 1, PHOTO.height - 1);
    flow.y = Math.max(flow.y, top + PHOTO.height);
  }
  flow.gap(6);

  heading('任职与岗位变动');
  if (vm.history.length) {
    drawTable(
      flow,
      [{ header: '日期', weight: 2 }, { header: '状态', weight: 1.3, align: 'center' }, { header: '部门', weight: 3 }, { header: '岗位', weight: 3 }, { header: '说明', weight: 4 }],
      vm.history.map((h) => [h.date, ZH.status[h.status], dash(h.department), dash(h.post), h.reason ?? '']),
    );
  } else flow.paragraph('无记录', { pt: 9, colour: 90 });
  flow.gap(6);

  heading('持证情况');
  if (vm.certificates.length) {
    const counts = Object.entries(ZH.certState)
      .map(([state, label]) => [label, vm.certificates.filter((c) => c.state === state).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n} 张`);
    flow.paragraph(`共 ${vm.certificates.length} 张证书：${counts.join('，')}。`, { pt: 9.5 });
    flow.gap(2);
    vm.certificates.forEach((c, i) => certificateBlock(flow, c, i + 1, vm.generatedOn));
  } else {
    flow.paragraph('尚未登记证书', { pt: 9, colour: 90 });
    flow.gap(6);
  }

  if (vm.workHistory?.length) {
    heading('作业经历');
    drawTable(
      flow,
      [{ header: '起止时间', weight: 3.2 }, { header: '单位/作业场所', weight: 4 }, { header: '从事作业', weight: 3 }, { header: '年限', weight: 1, align: 'center' }, { header: '备注', weight: 3 }],
      vm.workHistory.map((w) => [`${w.from} 至 ${w.to ?? '今'}`, w.employer, w.work, w.years === undefined ? '' : `${w.years} 年`, w.note ?? '']),
    );
    flow.gap(6);
  }
  if (vm.notes?.length) {
    heading('备注', 10);
    for (const note of vm.notes) flow.paragraph(note, { pt: 9.5 });
    flow.gap(6);
  }

  flow.need(20);
  flow.gap(4);
  flow.paragraph('建档人：______________　　审核人：______________　　日期：______年____月____日', { pt: 10 });
  return finishPdf(doc, vm, TITLE);
}
