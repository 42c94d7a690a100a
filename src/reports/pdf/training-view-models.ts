import type { AttendanceMark } from '../../domain/training/session';
import type { PdfImage } from './view-models';

/**
 * View-models of the training PDFs (PRODUCT T4, T10, T12): plain data resolved by the app layer — names, never ids;
 * dates YYYY-MM-DD, times HH:MM, moments 'YYYY-MM-DD HH:MM'. Labels come from training-labels.ts (ZH_TRAINING).
 */

/** Who did a workflow step and when ('YYYY-MM-DD HH:MM'). */
export type TrainingStepVm = { by: string; at: string };

/** One attendee as the record prints them. */
export type TrainingParticipantVm = {
  workNo: string;
  name: string;
  department: string;
  /** The attendance mark: the PDF prints its label and counts 实到/迟到/缺勤 from it. */
  mark: AttendanceMark;
  /** Sign-in time, HH:MM. */
  signedAt?: string;
  /** The handwritten signature (PNG from the signature pad). */
  signature?: PdfImage;
  theory?: number;
  practical?: number;
  /** Assessment result (domain participantPassed); absent = not assessed. */
  passed?: boolean;
  /** Re-training date of a failed attendee. */
  retrainDate?: string;
};

/** 安全生产培训记录: one session with its 12 core elements, attendees, review steps and evidence. */
export type TrainingRecordVm = {
  /** Archive number 年份-部门代码-培训类型-序号; absent until archived (printed as 未归档). */
  number?: string;
  /** Number changes made by the offline-collision resolution, oldest first. */
  renumbered: { from: string; to: string; at: string }[];
  name: string;
  typeLabel: string;
  department: string;
  date: string;
  start?: string;
  end?: string;
  place: string;
  instructor: string;
  topic: string;
  summary: string;
  methodLabel?: string;
  passMark: number;
  hours?: number;
  recorder: string;
  stateLabel: string;
  submitted?: TrainingStepVm;
  reviewed?: TrainingStepVm;
  archived?: TrainingStepVm;
  participants: TrainingParticipantVm[];
  /** JPEG or PNG photos, printed two a row. */
  photos: PdfImage[];
  /** Other attachments, listed by kind and file name. */
  documents: { kindLabel: string; name: string }[];
};

/** 培训签到表: printed before the session and signed by hand, or printed after with the pad signatures. */
export type SigninSheetVm = {
  name: string;
  typeLabel: string;
  department: string;
  date: string;
  start?: string;
  end?: string;
  place: string;
  instructor: string;
  participants: { workNo: string; name: string; department: string; signedAt?: string; signature?: PdfImage }[];
};

/** Every record of a period in one PDF, behind a cover page listing them. */
export type TrainingBatchVm = { records: TrainingRecordVm[]; period: { from: string; to: string } };

/** 培训档案销毁确认单 (T12): what a destroy order removed and who approved it. */
export type DestructionVm = {
  orderId: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  /** The two (or more) approvals, by different people. */
  approvals: TrainingStepVm[];
  executedAt?: string;
  /** `retention` is the class as printed (一般（3 年）…); `until` the end of retention (or 永久). */
  records: { number: string; name: string; date: string; retention: string; until: string }[];
};
