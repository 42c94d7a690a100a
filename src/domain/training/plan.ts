import { z } from 'zod';
import { requiredText, text, V } from '../text';
import { TRAINING_TYPES } from './training-types';

/** A number typed into a form ('' = absent, '8' = 8). */
const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v);
const oneDecimal = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;
const ids = (max: number) => z.array(requiredText(64), { error: V.enumValue }).max(max).transform((a) => [...new Set(a)]);

const HOURS = 'plan.e.hours';
const MONTH = 'plan.e.month';

/**
 * One item of a year's training plan (PRODUCT T2): what training, for whom, how many 学时, in which month, and the
 * department responsible for holding it. `special` marks an item of a 专项计划 (e.g. before a shutdown overhaul); the
 * others make up the 年度计划. Targets are posts (everyone active on them) and named people; either may be empty.
 * Messages are i18n keys: `plan.e.*` for plan rules, `v.*` for the shared ones.
 */
export const PlanItemInput = z.object({
  title: requiredText(100),
  type: z.enum(TRAINING_TYPES, { error: V.enumValue }),
  special: z.boolean().default(false),
  targetPostIds: ids(500).default([]),
  targetPersonIds: ids(5000).default([]),
  /** Planned 学时 per person: 0.5–200, at most one decimal (half hours occur). */
  hours: z.preprocess(num, z.number({ error: HOURS }).min(0.5, { error: HOURS }).max(200, { error: HOURS })
    .refine(oneDecimal, { error: HOURS })),
  month: z.preprocess(num, z.number({ error: MONTH }).int({ error: MONTH }).min(1, { error: MONTH }).max(12, { error: MONTH })),
  departmentId: requiredText(64),
  note: text(500).default(''),
});
export type PlanItemInput = z.output<typeof PlanItemInput>;
export type PlanItemFormValues = z.input<typeof PlanItemInput>;

/** A plan's year: the doc is `plan/<year>`. */
export const PlanYear = z.number({ error: 'plan.e.year' }).int({ error: 'plan.e.year' }).min(2000, { error: 'plan.e.year' })
  .max(2100, { error: 'plan.e.year' });

/** Who approved the plan, when (ms since epoch, the approving device's clock) and on which device. */
export const PlanApproval = z.object({
  by: text(50),
  at: z.number().int().nonnegative(),
  device: text(64),
});
export type PlanApproval = z.output<typeof PlanApproval>;
