import { drawCellTable, drawImageCentred, type Cell } from './cell-table';
import type { Flow } from './flow';
import { ZH, sectionNumber } from './labels';
import { BODY_WIDTH, PAGE } from './page';
import { drawTable } from './table';
import { writeLines } from './text';
import { ZH_TRAINING } from './training-labels';
import type { TrainingParticipantVm, TrainingRecordVm, TrainingStepVm } from './training-view-models';

/** The title every page of a record carries in its header (T10). */
export const TRAINING_RECORD_TITLE = '安全生产培训记录';
const PHOTO = { gap: 6, height: 62 };
const dash = (s: string | undefined) => (s ? s : ZH.none);

/** 应到 / 实到 (出勤 + 迟到) / 迟到 / 缺勤, and 未签到 while any attendee is neither signed in nor marked. */
export function attendanceSummary(ps: readonly TrainingParticipantVm[]): string {
  const n = (mark: TrainingParticipantVm['mark']) => ps.filter((p) => p.mark === mark).length;
  const late = n('late');
  const parts = [`应到 ${ps.length} 人`, `实到 ${n('present') + late} 人（其中迟到 ${late} 人）`, `缺勤 ${n('absent')} 人`];
  if (n('expected')) parts.push(`未签到 ${n('expected')} 人`);
  return parts.join('，');
}

/** 合格 x 人，不合格 y 人 (and those attendees not yet scored), with the pass mark. */
export function resultSummary(vm: Pick<TrainingRecordVm, 'participants' | 'passMark'>): string {
  const attended = vm.participants.filter((p) => p.mark === 'present' || p.mark === 'late');
  const passed = attended.filter((p) => p.passed === true).length;
  const failed = attended.filter((p) => p.passed === false).length;
  const pending = attended.length - passed - failed;
  const mark = `（合格线 ${vm.passMark} 分）`;
  if (!passed && !failed) return `未评分${mark}`;
  return `合格 ${passed} 人，不合格 ${failed} 人${pending ? `，未评分 ${pending} 人` : ''}${mark}`;
}

function steps(vm: TrainingRecordVm): string {
  const step = (label: string, s: TrainingStepVm | undefined) => (s ? `${label}：${s.by}　${s.at}` : '');
  return [step('提交', vm.submitted), step('审核', vm.reviewed), step('归档', vm.archived)].filter(Boolean).join('\n') || ZH.none;
}

/** Label/value rows: two pairs a row, or one pair across the whole width. */
function fieldRows(flow: Flow, rows: string[][]): void {
  const pair = [{ header: '', weight: 2 }, { header: '', weight: 4 }, { header: '', weight: 2 }, { header: '', weight: 4 }];
  const whole = [{ header: '', weight: 2 }, { header: '', weight: 10 }];
  for (const row of rows) {
    const cells = row.map((c, i) => (i % 2 ? dash(c) : c));
    drawTable(flow, row.length === 4 ? pair : whole, [cells], { header: false, shade: [0, 2], pt: 9.5 });
  }
}

function participantRow(p: TrainingParticipantVm, i: number, key: string): Cell[] {
  const result = p.passed === undefined ? '' : p.passed ? ZH_TRAINING.result.passed : ZH_TRAINING.result.failed;
  return [
    String(i + 1), p.workNo, p.name, p.department,
    `${ZH_TRAINING.mark[p.mark]}${p.signedAt ? ` ${p.signedAt}` : ''}`,
    p.signature ? { image: p.signature, alias: `${key}-sig-${i}` } : ZH.none,
    p.theory === undefined ? '' : String(p.theory),
    p.practical === undefined ? '' : String(p.practical),
    p.passed === false && p.retrainDate ? `${result}\n补训 ${p.retrainDate}` : result,
  ];
}

const PARTICIPANT_COLUMNS = [
  { header: '序号', weight: 0.9, align: 'center' as const }, { header: '工号', weight: 1.7 }, { header: '姓名', weight: 1.8 },
  { header: '部门', weight: 2.4 }, { header: '签到', weight: 2.2, align: 'center' as const }, { header: '签名', weight: 2.9, align: 'center' as const },
  { header: '理论', weight: 1, align: 'center' as const }, { header: '实操', weight: 1, align: 'center' as const },
  { header: '结果', weight: 2.6, align: 'center' as const },
];

function photos(flow: Flow, vm: TrainingRecordVm, key: string): void {
  const w = (BODY_WIDTH - PHOTO.gap) / 2;
  vm.photos.forEach((img, i) => {
    if (i % 2 === 0) flow.need(PHOTO.height);
    const x = PAGE.left + (i % 2) * (w + PHOTO.gap);
    drawImageCentred(flow.doc, img, `${key}-photo-${i}`, x, flow.y, w, PHOTO.height);
    if (i % 2 === 1 || i === vm.photos.length - 1) flow.y += PHOTO.height + 4;
  });
}

/**
 * Lays out one 安全生产培训记录 from the current page on: the 12 core elements and the review steps as a labelled
 * table, the attendees with signatures and scores, the photos and the other attachments; then writes the archive
 * number at the top right of every page the record took. `key` keeps picture names apart when records share a file.
 */
export function drawTrainingRecord(flow: Flow, vm: TrainingRecordVm, key = 'r'): void {
  const { doc } = flow;
  const firstPage = doc.getCurrentPageInfo().pageNumber;
  let section = 0;
  const heading = (text: string, keep?: number) => flow.heading(`${sectionNumber(++section)}、${text}`, keep);

  flow.paragraph(TRAINING_RECORD_TITLE, { align: 'center', pt: 16, bold: true });
  flow.gap(4);
  heading('培训基本信息');
  fieldRows(flow, [
    ['培训名称', vm.name],
    ['培训类型', vm.typeLabel, '组织部门', vm.department],
    ['培训日期', vm.date, '学时', vm.hours === undefined ? '' : `${vm.hours} 学时`],
    ['开始时间', vm.start ?? '', '结束时间', vm.end ?? ''],
    ['培训地点', vm.place, '授课人', vm.instructor],
    ['参加人员', attendanceSummary(vm.participants)],
    ['培训主题', vm.topic],
    ['内容摘要', vm.summary],
    ['考核方式', vm.methodLabel ?? '', '记录人', vm.recorder],
    ['考核结果', resultSummary(vm)],
    ['记录状态', vm.stateLabel, '档案编号', vm.number ?? ZH_TRAINING.unarchived],
    ['审核', steps(vm)],
    ...(vm.renumbered.length
      ? [['编号变更', vm.renumbered.map((r) => `${r.at} 编号由 ${r.from} 改为 ${r.to}（离线归档编号冲突，按规则重新编号）`).join('\n')]]
      : []),
  ]);
  flow.gap(6);

  heading(`参加人员签到及考核（${vm.participants.length} 人）`);
  if (vm.participants.length) {
    drawCellTable(flow, PARTICIPANT_COLUMNS, vm.participants.map((p, i) => participantRow(p, i, key)), { minRow: 8, pt: 8.5 });
  } else flow.paragraph('无参加人员', { pt: 9, colour: 90 });
  flow.gap(6);

  heading(`培训照片（${vm.photos.length} 张）`, PHOTO.height);
  if (vm.photos.length) photos(flow, vm, key);
  else flow.paragraph('无照片', { pt: 9, colour: 90 });
  flow.gap(4);

  heading('其他附件', 10);
  if (vm.documents.length) {
    drawTable(flow, [{ header: '序号', weight: 1, align: 'center' }, { header: '类别', weight: 3 }, { header: '文件名', weight: 8 }],
      vm.documents.map((d, i) => [String(i + 1), d.kindLabel, d.name]));
  } else flow.paragraph('无', { pt: 9, colour: 90 });

  const lastPage = doc.getCurrentPageInfo().pageNumber;
  for (let n = firstPage; n <= lastPage; n++) {
    doc.setPage(n);
    writeLines(doc, [`档案编号：${vm.number ?? ZH_TRAINING.unarchived}`], PAGE.right, 17.5, 9, { align: 'right', colour: 60 });
  }
  doc.setPage(lastPage);
}
