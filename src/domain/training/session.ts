import { z } from 'zod';
import { isoDate, optional, requiredText, text, V } from '../text';
import { TRAINING_TYPES } from './training-types';

/** How a session is assessed (T5). 'evaluation' (效果评估, e.g. a drill) records no per-person scores. */
export const ASSESSMENT_METHODS = ['written', 'practical', 'written-practical', 'oral', 'evaluation'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** The pass mark when a session names none (T5; the default). */
export const DEFAULT_PASS_MARK = 80;
/** The rule (设置 › 规则, overridable) that gives a new session its pass mark. */
export const PASS_MARK_RULE = 'training.assessment.pass_mark';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'training.e.time' });
const oneDecimal = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;
const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v);

/** A score 0–100 with at most one decimal ('' = not scored yet). */
export const Score = z.preprocess(
  num,
  z.number({ error: 'training.e.scoreRange' }).min(0, { error: 'training.e.scoreRange' }).max(100, { error: 'training.e.scoreRange' })
    .refine(oneDecimal, { error: 'training.e.scoreRange' }).optional(),
);

/**
 * A session's own fields (T3). A draft needs only name, type and date; the other elements may be filled in later and
 * the completeness indicator (completeness.ts) names what is still missing. Times are HH:MM; end after start.
 */
export const SessionInput = z
  .object({
    name: requiredText(100),
    type: z.enum(TRAINING_TYPES, { error: V.enumValue }),
    date: isoDate,
    start: optional(hhmm),
    end: optional(hhmm),
    place: text(100).default(''),
    instructor: text(50).default(''),
    /** The organising department: its code goes into the archive number. */
    departmentId: text(64).default(''),
    topic: text(200).default(''),
    summary: text(4000).default(''),
    method: optional(z.enum(ASSESSMENT_METHODS, { error: V.enumValue })),
    passMark: z.preprocess(num, z.number({ error: 'training.e.passMark' }).int({ error: 'training.e.passMark' })
      .min(1, { error: 'training.e.passMark' }).max(100, { error: 'training.e.passMark' }).default(DEFAULT_PASS_MARK)),
    /** 学时 credited to every participant who attended (0.5–200, at most one decimal). */
    hours: z.preprocess(num, z.number({ error: 'training.e.hours' }).min(0.5, { error: 'training.e.hours' })
      .max(200, { error: 'training.e.hours' }).refine(oneDecimal, { error: 'training.e.hours' }).optional()),
    recorder: text(50).default(''),
    /** The plan item (plan/<year>) this session carries out, if any. */
    planItemId: optional(text(64)),
    /** Linked to an accident investigation: kept permanently (T12). */
    accidentRelated: z.boolean().default(false),
  })
  .refine((s) => !s.start || !s.end || s.end > s.start, { path: ['end'], error: 'training.e.endBeforeStart' });
export type SessionInput = z.output<typeof SessionInput>;
export type SessionFormValues = z.input<typeof SessionInput>;

/** Attendance marks (T4): expected until signed in or marked. */
export const ATTENDANCE_MARKS = ['expected', 'present', 'late', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** A participant's assessment (T5): scores and, for a failure, the re-training date. */
export const ScoreInput = z.object({
  theory: Score,
  practical: Score,
  retrainDate: optional(isoDate),
});
export type ScoreInput = z.output<typeof ScoreInput>;

/** Which scores a method asks for. */
export function requiredScores(method: AssessmentMethod | undefined): ('theory' | 'practical')[] {
  switch (method) {
    case 'written': case 'oral': return ['theory'];
    case 'practical': return ['practical'];
    case 'written-practical': return ['theory', 'practical'];
    default: return [];
  }
}

/**
 * Pass / fail of one participant: every score the method asks for is at least the pass mark. Undefined while a
 * required score is missing or when the method scores no one.
 */
export function participantPassed(method: AssessmentMethod | undefined, passMark: number, s: { theory?: number; practical?: number }): boolean | undefined {
  const need = requiredScores(method);
  if (!need.length || need.some((k) => s[k] === undefined)) return undefined;
  return need.every((k) => s[k]! >= passMark);
}
