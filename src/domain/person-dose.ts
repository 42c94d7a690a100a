import { z } from 'zod';
import { decimal, PERSON_V } from './person-fields';
import { isoDate, optional, text } from './text';

/**
 * PRODUCT P3 — one personal dose record (个人剂量) of a radiation worker: the monitoring period, the dose in mSv
 * (≥ 0, at most 3 decimals, as reports print it), the monitoring organisation, the report number and a note.
 */
export const DoseEntryInput = z
  .object({
    from: isoDate,
    to: isoDate,
    dose: decimal(1000, 3, PERSON_V.dose),
    org: optional(text(100)),
    reportNo: optional(text(40)),
    note: optional(text(200)),
  })
  .superRefine((d, ctx) => {
    if (d.to < d.from) ctx.addIssue({ code: 'custom', path: ['to'], message: PERSON_V.order });
  });
export type DoseEntry = z.output<typeof DoseEntryInput>;
export type DoseEntryValues = z.input<typeof DoseEntryInput>;
