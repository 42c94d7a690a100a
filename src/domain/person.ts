import { z } from 'zod';
import { checkIdNumber } from './id-number';
import { ID_PATTERN, type BlobId, type DepartmentId, type PersonId, type PostId } from './ids';
import { isoDate, optional, requiredText, text, V } from './text';

export const PERSON_STATUSES = ['active', 'away', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const EDUCATIONS = ['primary', 'junior', 'senior', 'vocational', 'college', 'bachelor', 'master', 'doctor'] as const;

const reasonKey = { format: V.idFormat, province: V.idProvince, date: V.idDate, check: V.idCheck } as const;

/** A resident ID number: normalised to 18 characters; a wrong check digit, date or province is refused. */
export const idNumber = z.string().transform((raw, ctx) => {
  const r = checkIdNumber(raw);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: reasonKey[r.reason] });
    return z.NEVER;
  }
  return r.value;
});

const phone = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/, { error: V.phone }));

const ref = <T extends string>() => z.string().regex(ID_PATTERN).transform((s) => s as T);

/**
 * PRODUCT P1 — a person as entered in the form. The one schema for the form, the doc, the projection and imports.
 * Birth date and sex are derived from the ID number, never typed.
 */
export const PersonInput = z.object({
  name: requiredText(30),
  workNo: requiredText(20).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, { error: V.workNoFormat })),
  idNumber,
  phone: optional(phone),
  departmentId: optional(ref<DepartmentId>()),
  postId: optional(ref<PostId>()),
  hireDate: optional(isoDate),
  status: z.enum(PERSON_STATUSES, { error: V.enumValue }),
  statusDate: optional(isoDate),
  statusReason: optional(text(200)),
  education: optional(z.enum(EDUCATIONS, { error: V.enumValue })),
  note: optional(text(2000)),
});
export type PersonInput = z.output<typeof PersonInput>;
export type PersonFormValues = z.input<typeof PersonInput>;

/** One line of a person's employment history (岗位/部门/状态 changes, with date and reason). */
export type EmploymentEntry = { date: string; departmentId?: string; postId?: string; status: PersonStatus; reason?: string };

/** The fields of a person's record (what the `person/<id>` doc holds). */
export type Person = PersonInput & { id: PersonId; birthDate: string; sex: 'M' | 'F'; photoBlobId?: BlobId };

/** Adds the derived fields to a validated input. */
export function derivePerson(id: PersonId, input: PersonInput): Person {
  const r = checkIdNumber(input.idNumber, '9999-12-31');
  if (!r.ok) throw new Error('derivePerson: unvalidated ID number');
  return { ...input, id, birthDate: r.birthDate, sex: r.sex };
}

export const PERSON_FIELDS = Object.keys(PersonInput.shape) as (keyof PersonInput)[];
