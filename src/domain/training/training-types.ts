import type { AttendanceKind } from './attendance';

/**
 * Session types of PRODUCT T1, with what each implies:
 * - `code`: the 培训类型 part of the archive number 年份-部门代码-培训类型-序号 (two capital letters, shown to users);
 * - `counts`: what attendance counts towards in the hours ledger (attendance.ts);
 * - `documents`: the per-type mandatory documents (T6) a complete record must carry besides ≥ 3 photos;
 * - `specialOps`: records of special-operations training, kept until 5 years after the person leaves (T12).
 * App decisions (no regulation fixes codes or document lists): the codes are pinyin initials; 三级教育 is split by
 * level because each level is a separate session with its own card; 管理人员 initial and annual training are separate
 * types so the ledger knows which requirement they serve.
 */
export const TRAINING_TYPES = [
  'level-company', 'level-workshop', 'level-team', 'refresher', 'transfer', 'so-initial', 'so-review',
  'manager-initial', 'manager-annual', 'four-new', 'drill', 'other',
] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];

/** Mandatory documents (T6) and other evidence an attachment may be. */
export const ATTACHMENT_KINDS = [
  'photo', 'signin-scan', 'exam-paper', 'courseware', 'education-card', 'review-form', 'materials-list', 'score-sheet',
  'evaluation-report', 'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export type TrainingTypeInfo = { code: string; counts: AttendanceKind; documents: readonly AttachmentKind[]; specialOps: boolean };

export const TRAINING_TYPE_INFO: Record<TrainingType, TrainingTypeInfo> = {
  'level-company': { code: 'GS', counts: 'initial', documents: ['education-card', 'score-sheet'], specialOps: false },
  'level-workshop': { code: 'CJ', counts: 'initial', documents: ['education-card', 'score-sheet'], specialOps: false },
  'level-team': { code: 'BZ', counts: 'initial', documents: ['education-card', 'score-sheet'], specialOps: false },
  refresher: { code: 'FX', counts: 'annual', documents: ['score-sheet'], specialOps: false },
  transfer: { code: 'ZG', counts: 'other', documents: ['education-card', 'score-sheet'], specialOps: false },
  'so-initial': { code: 'TQ', counts: 'other', documents: ['score-sheet'], specialOps: true },
  'so-review': { code: 'TF', counts: 'review', documents: ['review-form', 'score-sheet'], specialOps: true },
  'manager-initial': { code: 'GC', counts: 'initial', documents: ['score-sheet'], specialOps: false },
  'manager-annual': { code: 'GF', counts: 'annual', documents: ['score-sheet'], specialOps: false },
  'four-new': { code: 'SX', counts: 'other', documents: ['score-sheet', 'evaluation-report'], specialOps: false },
  drill: { code: 'YL', counts: 'other', documents: ['materials-list', 'evaluation-report'], specialOps: false },
  other: { code: 'QT', counts: 'other', documents: [], specialOps: false },
};

/** The minimum number of photos a complete record carries (T6). */
export const MIN_PHOTOS = 3;
