import { z } from 'zod';
import { V, isoDate, text } from '../text';

export const CALENDAR_OVERRIDE_KINDS = ['holiday', 'workday'] as const;

/**
 * A user's correction of one day, e.g. next year's State Council arrangement before the app's data has it, a local
 * arrangement or a company closure. It wins over the shipped data for that date; of two for one date the later wins.
 * Invalid input fails with the shared validation keys (v.date, v.enum, v.tooLong, v.markup).
 */
export const CalendarOverride = z.object({
  date: isoDate,
  kind: z.enum(CALENDAR_OVERRIDE_KINDS, { error: V.enumValue }),
  /** Why, e.g. '2027 年春节（国办发明电〔2026〕X 号）'. */
  note: text(200).default(''),
});
export type CalendarOverride = z.output<typeof CalendarOverride>;
export type CalendarOverrideInput = z.input<typeof CalendarOverride>;
