import { createFlow, type Flow } from './flow';
import { finishPdf, newPdf } from './new-pdf';
import { BODY_WIDTH, PAGE } from './page';
import { drawTable } from './table';
import { writeLines } from './text';
import type { NoticeFindingVm, RectificationNoticeVm } from './view-models';

const TITLE = '整改通知书';
const ORDINALS = '一二三四五六七八九十';
type Unlicensed = Extract<NoticeFindingVm, { kind: 'unlicensed' }>;

function basis(flow: Flow, text: string | undefined): void {
  if (text) flow.paragraph(`依据：${text}`, { pt: 9.5, colour: 70, indent: 7 });
}

/** The findings, grouped: 无证上岗 as one table, the others as numbered paragraphs. */
function findingsBody(flow: Flow, findings: NoticeFindingVm[]): void {
  const unlicensed = findings.filter((f): f is Unlicensed => f.kind === 'unlicensed');
  let n = 0;
  const title = (text: string) => flow.paragraph(`（${ORDINALS[n++] ?? n}）${text}`, { bold: true, pt: 10.5 });
  if (unlicensed.length) {
    title(`无证上岗（${unlicensed.length} 人）`);
    flow.gap(1);
    drawTable(
      flow,
      [
        { header: '序号', weight: 1, align: 'center' }, { header: '姓名', weight: 2 }, { header: '工号', weight: 2 },
        { header: '部门', weight: 3 }, { header: '岗位', weight: 3 }, { header: '缺少的资格证书', weight: 5 },
      ],
      unlicensed.map((f, i) => [String(i + 1), f.person, f.workNo ?? '', f.department ?? '', f.post ?? '', f.missing]),
    );
    for (const b of new Set(unlicensed.map((f) => f.basis).filter(Boolean))) basis(flow, b);
    flow.gap(3);
  }
  for (const f of findings) {
    if (f.kind === 'hazchem-managers') {
      title('危险化学品专职安全生产管理人员配备不足');
      flow.paragraph(
        `应配备持证专职安全生产管理人员不少于 ${f.required} 名，现有 ${f.actual} 名，尚缺 ${Math.max(0, f.required - f.actual)} 名。`,
        { indent: 7 },
      );
      basis(flow, f.basis);
      flow.gap(3);
    } else if (f.kind === 'other') {
      title(f.subject);
      flow.paragraph(f.detail, { indent: 7 });
      basis(flow, f.basis);
      flow.gap(3);
    }
  }
}

/** 签发人 / 接收人 signature lines, side by side, kept together on one page. */
function signatures(flow: Flow, enterprise: string): void {
  flow.need(42);
  flow.gap(6);
  flow.paragraph(`签发单位（盖章）：${enterprise}`, { align: 'right' });
  flow.gap(8);
  const half = PAGE.left + BODY_WIDTH / 2 + 4;
  for (const [left, right] of [['签发人：________________', '接收人：________________'], ['日　期：________________', '日　期：________________']]) {
    writeLines(flow.doc, [left!], PAGE.left, flow.y, 10.5);
    flow.y = writeLines(flow.doc, [right!], half, flow.y, 10.5) + 5;
  }
  flow.paragraph('本通知书一式两份，签发单位与接收部门各执一份。', { pt: 9, colour: 90 });
}

/** 整改通知书 for compliance findings (无证上岗, 危化品安管人员不足 …): number, problems, requirement, deadline, signatures. */
export async function rectificationNoticePdf(vm: RectificationNoticeVm): Promise<Uint8Array> {
  const doc = await newPdf(vm, TITLE);
  const flow = createFlow(doc);
  flow.gap(2);
  flow.paragraph(TITLE, { align: 'center', pt: 20, bold: true });
  flow.gap(2);
  flow.paragraph(`编号：${vm.noticeNumber}`, { align: 'right', pt: 10 });
  flow.gap(4);
  flow.paragraph(`${vm.recipient}：`, { pt: 11 });
  flow.gap(1);
  flow.paragraph(`经 ${vm.issuedOn} 核查，发现存在下列不符合安全生产规定的问题，现通知如下：`, { pt: 11, indent: 7 });
  flow.gap(3);
  findingsBody(flow, vm.findings);
  flow.heading('整改要求', 12);
  for (const line of vm.requirement.split(/\r?\n/).filter((l) => l.trim())) flow.paragraph(line.trim(), { pt: 10.5, indent: 7 });
  flow.gap(3);
  flow.heading('整改期限', 10);
  flow.paragraph(`请于 ${vm.deadline} 前完成整改，并将整改情况书面报送安全管理部门复查。`, {
    pt: 10.5, indent: 7,
  });
  signatures(flow, vm.enterprise);
  return finishPdf(doc, vm, TITLE);
}
