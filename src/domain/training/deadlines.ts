import { z } from 'zod';
import type { WorkCalendar } from '../calendar/working-days';
import { daysBetween } from '../certificates/date-math';
import type { EffectiveRules } from '../certificates/effective-rules';
import type { WorkflowState } from './workflow-event';

/**
 * Deadlines of the review workflow (PRODUCT T7), on China Standard Time (+08:00, no daylight saving) whatever the
 * device's time zone, so every device shows the same due date:
 * 1. submit — a record not yet submitted is due `submitHours` after the session ends (its end time on its date, or
 *    24:00 of the date when no end time is recorded); due is 'YYYY-MM-DD HH:MM';
 * 2. review — a submitted record is due by the end of the `reviewDays`-th working day after the day of its (latest)
 *    submission; the submission day does not count (WorkCalendar.addWorkingDays);
 * 3. fix — a returned record must be resubmitted by the end of the `fixDays`-th working day after the return day;
 * 4. archive — no regulation sets a time for filing a reviewed record; the app asks for it by the end of the
 *    `archiveDays`-th (default 1: the next) working day after the review, so reviewed records do not pile up.
 * An archived record has no deadline (null). Working-day deadlines beyond the calendar's data are `estimated`.
 */
export type DeadlineRow = {
  date: string;
  /** Session end time HH:MM ('' or absent = end of the day). */
  end?: string;
  state: WorkflowState;
  /** ms since epoch; 0 = none. */
  submittedAt: number;
  returnedAt: number;
  reviewedAt?: number;
  firstSubmittedAt?: number;
};

export type DeadlineRules = { submitHours: number; reviewDays: number; fixDays: number; archiveDays?: number };

export type TrainingDeadline = {
  step: 'submit' | 'review' | 'fix' | 'archive';
  /** 'YYYY-MM-DD HH:MM' (+08:00) for submit; 'YYYY-MM-DD' (the end of that working day) for the other steps. */
  due: string;
  estimated: boolean;
  overdue: boolean;
  /** Calendar days from the due day to today (+08:00), at least 1 once overdue; 0 when not overdue. */
  daysOverdue: number;
};

/** `training.workflow.<name>` (built, not quoted whole: a quoted dotted id would read as an i18n key to its test). */
const ruleId = (name: string) => `training.workflow.${name}`;

/** Rule ids in the rule pack (设置 › 规则 can override each). */
export const DEADLINE_RULE_IDS = {
  submitHours: ruleId('submit_hours'),
  reviewDays: ruleId('review_working_days'),
  fixDays: ruleId('fix_working_days'),
} as const;

const Rules = z.object({
  submitHours: z.number().finite().nonnegative(),
  reviewDays: z.number().int().nonnegative(),
  fixDays: z.number().int().nonnegative(),
  archiveDays: z.number().int().nonnegative().default(1),
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CST = 8 * HOUR;

/** The +08:00 calendar day of an instant. */
const dayOf = (ms: number) => new Date(ms + CST).toISOString().slice(0, 10);
/** 'YYYY-MM-DD HH:MM' of an instant at +08:00. */
const minuteOf = (ms: number) => new Date(ms + CST).toISOString().slice(0, 16).replace('T', ' ');
/** The instant a +08:00 day starts. */
const startOf = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

/** When the session ends: its end time on its date at +08:00, else 24:00 of the date. */
export function sessionEnd(row: Pick<DeadlineRow, 'date' | 'end'>): number {
  const at = row.end ? Date.parse(`${row.date}T${row.end}:00+08:00`) : startOf(row.date) + DAY;
  if (!Number.isFinite(at)) throw new RangeError(`deadlines: bad session date/time ${row.date} ${row.end ?? ''}`);
  return at;
}

function result(step: TrainingDeadline['step'], due: string, dueEnd: number, estimated: boolean, now: number): TrainingDeadline {
  const overdue = now >= dueEnd;
  return { step, due, estimated, overdue, daysOverdue: overdue ? Math.max(1, daysBetween(due.slice(0, 10), dayOf(now))) : 0 };
}

/** The step a record waits for and when it is due; null once archived. Invalid rule values throw (a ZodError). */
export function trainingDeadline(row: DeadlineRow, cal: WorkCalendar, rules: DeadlineRules, now: number): TrainingDeadline | null {
  const r = Rules.parse(rules);
  const workingDays = (step: 'review' | 'fix' | 'archive', from: number, n: number) => {
    const d = cal.deadline(dayOf(from), n);
    return result(step, d.due, startOf(d.due) + DAY, d.estimated, now);
  };
  switch (row.state) {
    case 'archived':
      return null;
    case 'draft': {
      const due = sessionEnd(row) + r.submitHours * HOUR;
      return result('submit', minuteOf(due), due, false, now);
    }
    case 'submitted':
      return workingDays('review', row.submittedAt, r.reviewDays);
    case 'returned':
      return workingDays('fix', row.returnedAt, r.fixDays);
    case 'reviewed':
      return workingDays('archive', row.reviewedAt || row.submittedAt, r.archiveDays);
  }
}

/**
 * 及时率 (T11): whether the first submission came within `submitHours` of the session's end. Undefined while the
 * record has never been submitted (its timeliness is not known yet; trainingDeadline says whether it is late).
 */
export function submittedOnTime(row: Pick<DeadlineRow, 'date' | 'end' | 'submittedAt' | 'firstSubmittedAt'>, rules: Pick<DeadlineRules, 'submitHours'>): boolean | undefined {
  const first = row.firstSubmittedAt || row.submittedAt;
  if (!first) return undefined;
  return first <= sessionEnd(row) + Rules.shape.submitHours.parse(rules.submitHours) * HOUR;
}

/** The deadline rules in force (overrides applied). */
export function deadlineRules(rules: EffectiveRules): DeadlineRules {
  return {
    submitHours: rules.num(DEADLINE_RULE_IDS.submitHours).value,
    reviewDays: rules.num(DEADLINE_RULE_IDS.reviewDays).value,
    fixDays: rules.num(DEADLINE_RULE_IDS.fixDays).value,
  };
}
