import { z } from 'zod';

/** Markup in a text field is refused (never stored, never rendered): `<tag`, `</`, `<!`, `<?`, `javascript:`. */
const MARKUP = /<\s*[a-zA-Z!/?]|javascript\s*:/i;

/** Validation message keys; the UI's i18n turns them into Chinese or English. */
export const V = {
  required: 'v.required',
  tooLong: 'v.tooLong',
  markup: 'v.markup',
  date: 'v.date',
  phone: 'v.phone',
  idFormat: 'v.id.format',
  idProvince: 'v.id.province',
  idDate: 'v.id.date',
  idCheck: 'v.id.check',
  usccFormat: 'v.uscc.format',
  usccCheck: 'v.uscc.check',
  deptCode: 'v.dept.code',
  enumValue: 'v.enum',
  workNoTaken: 'v.workNo.taken',
  deptCodeTaken: 'v.dept.codeTaken',
  workNoFormat: 'v.workNo.format',
} as const;

/** Free text: trimmed, bounded, no markup. `max` is in characters. */
export function text(max: number) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .max(max, { error: V.tooLong })
        .refine((s) => !MARKUP.test(s), { error: V.markup }),
    );
}

/** Required free text: as `text`, and not empty after trimming. */
export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1, { error: V.required }));
}

/** Calendar date as YYYY-MM-DD (the only date format the app shows or stores). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: V.date })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: V.date });

/** Optional value from a form: '' means absent. */
export function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}
