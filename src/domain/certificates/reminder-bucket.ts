/** Reminder steps in days before a due date (app setting, not regulation), smallest first. */
export const REMINDER_DAYS = [0, 7, 30, 60, 90] as const;

/** Which reminder a due date falls in: the smallest step ≥ the days left, 'overdue' when past, 'none' when far. */
export type ReminderBucket = (typeof REMINDER_DAYS)[number] | 'overdue' | 'none';

/** The reminder bucket for `daysLeft` days until a due date (null = nothing due → 'none'). */
export function reminderBucket(daysLeft: number | null): ReminderBucket {
  if (daysLeft === null) return 'none';
  if (daysLeft < 0) return 'overdue';
  return REMINDER_DAYS.find((d) => daysLeft <= d) ?? 'none';
}

/** Buckets in the order reminders show them, most urgent first. */
export const REMINDER_ORDER: readonly Exclude<ReminderBucket, 'none'>[] = ['overdue', 0, 7, 30, 60, 90];
