import { withCompactSignatures } from './compact-signature';
import { drawTrainingRecord, TRAINING_RECORD_TITLE } from './draw-training-record';
import { createFlow } from './flow';
import { finishPdf, newPdf } from './new-pdf';
import type { TrainingRecordVm } from './training-view-models';
import type { PdfBase } from './view-models';

/** 安全生产培训记录 (T10): one session as an A4 text PDF with its attendees' signatures, scores and photos. */
export async function trainingRecordPdf(vm: TrainingRecordVm & PdfBase): Promise<Uint8Array> {
  const [doc, participants] = await Promise.all([newPdf(vm, TRAINING_RECORD_TITLE), withCompactSignatures(vm.participants)]);
  drawTrainingRecord(createFlow(doc), { ...vm, participants });
  return finishPdf(doc, vm, TRAINING_RECORD_TITLE);
}
