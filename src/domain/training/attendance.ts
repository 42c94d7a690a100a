import { z } from 'zod';
import { isoDate, requiredText, V } from '../text';

/** 'v.invalid' (输入无效): the generic message; a more specific hours message needs an i18n key first. */
const INVALID = 'v.invalid';

/**
 * What an attended session counts towards in the hours ledger (PRODUCT T9):
 * - `initial`: pre-job / first training of the role (岗前培训, incl. 三级教育; 主要负责人/安管人员初次培训);
 * - `annual`: yearly re-training (每年再培训);
 * - `review`: special-operations review training before a 复审 / 延期复审 (30号令: ≥ 8 学时);
 * - `other`: safety training that no hours rule asks for (e.g. 应急演练); shown in totals, not counted to a rule.
 * A session's own type (T1, configurable in the catalog) is mapped to one of these where the row is projected.
 */
export const ATTENDANCE_KINDS = ['initial', 'annual', 'review', 'other'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];
/** The kinds an hours rule can require. */
export type RequirementKind = Exclude<AttendanceKind, 'other'>;

/**
 * One person's attendance at one training session, as projected from the session doc (the boundary into the
 * ledger). `hours` are 学时 (0–200, at most one decimal: half hours occur). `passed` is the session's assessment
 * result for this person; absent = not assessed.
 */
export const AttendanceRow = z.object({
  sessionId: requiredText(64),
  date: isoDate,
  type: z.enum(ATTENDANCE_KINDS, { error: V.enumValue }),
  hours: z
    .number({ error: INVALID })
    .min(0, { error: INVALID })
    .max(200, { error: INVALID })
    .refine((h) => Math.abs(h * 10 - Math.round(h * 10)) < 1e-9, { error: INVALID }),
  passed: z.boolean().optional(),
});
export type AttendanceRow = z.output<typeof AttendanceRow>;
