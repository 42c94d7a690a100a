import { z } from 'zod';
import { isoDate } from '../text';
import { isWeekend } from './is-weekend';

/** Date → festival name (元旦, 春节 …) for one kind of day. */
const DayNames = z.record(isoDate, z.string().min(1));

/** One year of the State Council's arrangement: days off (weekends inside a block included) and 调休 make-up workdays. */
const SnapshotYear = z.object({
  notices: z.array(z.string()).default([]),
  holidays: DayNames,
  workdays: DayNames,
});

/**
 * The shipped working-day data (src/domain/data/cn-workdays.json). Besides the shape it checks what the calendar
 * relies on, so a bad regeneration fails loudly instead of shifting deadlines:
 * 1. every date sits under its own year and no date is both a holiday and a make-up workday;
 * 2. make-up workdays fall on a Saturday or Sunday (a weekday "make-up" means the data is wrong);
 * 3. the years run without a gap from `_meta.firstYear` to `_meta.lastYear`, and `lastYear` is the last year present
 *    (it is shown to users as "data through", so it must not claim more than the data holds).
 */
export const WorkdaySnapshot = z
  .object({
    _meta: z.object({
      source: z.string().min(1),
      /** Snapshot version ('2026.1'); bump on any data change. Computed deadlines record it. */
      version: z.string().min(1),
      firstYear: z.number().int(),
      lastYear: z.number().int(),
    }),
    years: z.record(z.string().regex(/^\d{4}$/), SnapshotYear),
  })
  .superRefine((snap, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
    for (const [year, days] of Object.entries(snap.years)) {
      for (const kind of ['holidays', 'workdays'] as const) {
        for (const date of Object.keys(days[kind])) {
          if (!date.startsWith(`${year}-`)) issue(`${date} is filed under ${year}`, ['years', year, kind, date]);
        }
      }
      for (const date of Object.keys(days.workdays)) {
        if (date in days.holidays) issue(`${date} is both a holiday and a workday`, ['years', year, 'workdays', date]);
        if (!isWeekend(date)) issue(`make-up workday ${date} is not a Saturday or Sunday`, ['years', year, 'workdays', date]);
      }
    }
    const { firstYear, lastYear } = snap._meta;
    const present = Object.keys(snap.years).map(Number).sort((a, b) => a - b);
    if (firstYear > lastYear) issue('firstYear is after lastYear', ['_meta']);
    for (let y = firstYear; y <= lastYear; y++) {
      if (!present.includes(y)) issue(`year ${y} is missing`, ['years', String(y)]);
    }
    if (present.some((y) => y < firstYear || y > lastYear)) {
      issue(`years ${present[0]}–${present.at(-1)} do not match ${firstYear}–${lastYear}`, ['_meta', 'lastYear']);
    }
  });
export type WorkdaySnapshot = z.output<typeof WorkdaySnapshot>;
