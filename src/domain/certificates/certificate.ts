import { z } from 'zod';
import { isoDate, optional, requiredText, text, V } from '../text';
import { findCatalogItem } from './catalog';

/** Kinds of certificate the schedule knows; 'other' brings its own name and validity. */
export const CERT_KINDS = ['special-operations', 'hazchem-principal', 'hazchem-manager', 'other'] as const;
export type CertKind = (typeof CERT_KINDS)[number];

/** Validation message keys of this schema (i18n keys, like `V`). */
export const CERT_V = {
  catalog: 'v.cert.catalog',
  kindName: 'v.cert.kindName',
  dateOrder: 'v.cert.dateOrder',
  yearTwice: 'v.cert.yearTwice',
} as const;

const Review = z.object({
  date: isoDate,
  result: z.enum(['passed', 'failed'], { error: V.enumValue }),
  note: optional(text(200)),
});

/** A time away from the special-operations post; `to` absent = still away; `reexamDate` = practical re-exam passed. */
const OffPost = z.object({ from: isoDate, to: optional(isoDate), reexamDate: optional(isoDate) });

const RetrainingYear = z.object({
  year: z.number().int().min(1990).max(2200),
  hours: z.number().min(0).max(1000),
});

/**
 * A certificate record (特种作业操作证, 危化品主要负责人/安管人员合格证, or another kind).
 * - special-operations: `category` + `item` must be in the catalog (item = code, or name for code-less items).
 * - other: `kindName` is required; `validityYears` is its own validity rule (absent → only `validityEnd` counts).
 * - `validFrom` is the current card's start (有效期限 起); absent → `firstIssueDate`.
 * The number is free text; the 'T'+ID format is only a warning (see certificateWarnings).
 */
export const CertificateInput = z
  .object({
    kind: z.enum(CERT_KINDS, { error: V.enumValue }),
    kindName: optional(text(40)),
    validityYears: optional(z.number().int().min(1).max(50)),
    number: requiredText(40),
    category: optional(text(10)),
    item: optional(text(40)),
    authority: requiredText(100),
    firstIssueDate: isoDate,
    validFrom: optional(isoDate),
    validityEnd: optional(isoDate),
    extendedReview: z.boolean().default(false),
    reviews: z.array(Review).default([]),
    offPost: z.array(OffPost).default([]),
    cancelled: z.boolean().default(false),
    linkedToAccident: z.boolean().default(false),
    retrainingHours: z.array(RetrainingYear).default([]),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.kind === 'special-operations' && !findCatalogItem(c.category ?? '', c.item ?? '')) issue('item', CERT_V.catalog);
    if (c.kind === 'other' && !c.kindName) issue('kindName', CERT_V.kindName);
    const start = c.validFrom ?? c.firstIssueDate;
    if (c.validFrom && c.validFrom < c.firstIssueDate) issue('validFrom', CERT_V.dateOrder);
    if (c.validityEnd && c.validityEnd <= start) issue('validityEnd', CERT_V.dateOrder);
    if (c.offPost.some((p) => (p.to && p.to < p.from) || (p.reexamDate && p.reexamDate < p.from))) issue('offPost', CERT_V.dateOrder);
    const years = c.retrainingHours.map((r) => r.year);
    if (new Set(years).size !== years.length) issue('retrainingHours', CERT_V.yearTwice);
  });
export type Certificate = z.output<typeof CertificateInput>;
export type CertificateFormValues = z.input<typeof CertificateInput>;
