import { z } from 'zod';
import { decimal, PERSON_V } from './person-fields';
import { isoDate, optional, requiredText, text } from './text';

/**
 * PRODUCT P2 — one line of a person's work history (作业经历): from/to (to absent = until now), the employer or
 * workplace, the work or operation done there, optionally the years in that work, and a note.
 */
export const WorkEntryInput = z
  .object({
    from: isoDate,
    to: optional(isoDate),
    employer: requiredText(100),
    work: requiredText(60),
    years: optional(decimal(80, 1, PERSON_V.years)),
    note: optional(text(200)),
  })
  .superRefine((w, ctx) => {
    if (w.to && w.to < w.from) ctx.addIssue({ code: 'custom', path: ['to'], message: PERSON_V.order });
  });
export type WorkEntry = z.output<typeof WorkEntryInput>;
export type WorkEntryValues = z.input<typeof WorkEntryInput>;
