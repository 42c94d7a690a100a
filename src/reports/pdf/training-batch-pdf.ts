import { drawCellTable } from './cell-table';
import { withCompactSignatures } from './compact-signature';
import { drawTrainingRecord, TRAINING_RECORD_TITLE } from './draw-training-record';
import { createFlow } from './flow';
import { finishPdf, newPdf } from './new-pdf';
import { BODY_WIDTH, PAGE } from './page';
import { lineHeight, writeLines } from './text';
import { ZH_TRAINING } from './training-labels';
import type { TrainingBatchVm, TrainingRecordVm } from './training-view-models';
import type { PdfBase } from './view-models';

const INDEX_COLUMNS = [
  { header: '序号', weight: 0.9, align: 'center' as const }, { header: '档案编号', weight: 2.9 }, { header: '培训日期', weight: 2 },
  { header: '培训名称', weight: 5 }, { header: '组织部门', weight: 2.4 }, { header: '实到/应到', weight: 1.6, align: 'center' as const },
  { header: '页码', weight: 1, align: 'center' as const },
];
const PT = 9;

function attendance(r: TrainingRecordVm): string {
  return `${r.participants.filter((p) => p.mark === 'present' || p.mark === 'late').length}/${r.participants.length}`;
}

/**
 * Every training record of a period in one PDF (T10 batch export): a cover listing them (with the page each starts
 * on), then each record from a new page, laid out exactly as the single record; pages numbered over the whole file.
 */
export async function trainingBatchPdf(vm: TrainingBatchVm & PdfBase): Promise<Uint8Array> {
  const [doc, records] = await Promise.all([
    newPdf(vm, TRAINING_RECORD_TITLE),
    Promise.all(vm.records.map(async (r) => ({ ...r, participants: await withCompactSignatures(r.participants) }))),
  ]);
  const flow = createFlow(doc);
  flow.paragraph('安全生产培训记录汇编', { align: 'center', pt: 18, bold: true });
  flow.gap(2);
  flow.paragraph(`${vm.period.from} 至 ${vm.period.to}　共 ${records.length} 份记录`, { align: 'center', pt: 11 });
  flow.gap(6);
  // Where each index row's 页码 cell is: filled in once the records are laid out.
  const cells: { page: number; top: number; height: number }[] = [];
  if (records.length) {
    drawCellTable(flow, INDEX_COLUMNS, records.map((r, i) => [
      String(i + 1), r.number ?? ZH_TRAINING.unarchived, r.date, r.name, r.department, attendance(r), '',
    ]), { pt: PT, onRow: (i, page, top, height) => (cells[i] = { page, top, height }) });
  } else flow.paragraph('该期间没有培训记录。', { pt: 10, colour: 90 });

  const starts = records.map((r, i) => {
    flow.newPage();
    const start = doc.getCurrentPageInfo().pageNumber;
    drawTrainingRecord(flow, r, `r${i}`);
    return start;
  });
  const last = doc.getCurrentPageInfo().pageNumber;
  const total = INDEX_COLUMNS.reduce((n, c) => n + c.weight, 0);
  const x = PAGE.right - ((INDEX_COLUMNS.at(-1)!.weight / total) * BODY_WIDTH) / 2;
  cells.forEach((c, i) => {
    doc.setPage(c.page);
    writeLines(doc, [String(starts[i])], x, c.top + (c.height - lineHeight(PT)) / 2, PT, { align: 'center' });
  });
  doc.setPage(last);
  return finishPdf(doc, vm, TRAINING_RECORD_TITLE);
}
