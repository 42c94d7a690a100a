import { fieldErrors } from '../field-errors';
import { checkIdNumber } from '../id-number';
import { PersonInput } from '../person';
import type { RosterField } from './column-map';
import { notAfterToday, type Raise, type RowValues } from './row-values';
import type { RosterContext } from './types';
import { EDUCATION_LABELS, labelReader, STATUS_LABELS } from './value-labels';

const PERSON_FIELD: Record<string, RosterField> = {
  name: 'name', workNo: 'workNo', idNumber: 'idNumber', departmentId: 'department', postId: 'post',
  phone: 'phone', hireDate: 'hireDate', status: 'status', education: 'education',
};
const SEX: Record<string, 'M' | 'F'> = { 男: 'M', 男性: 'M', M: 'M', 女: 'F', 女性: 'F', F: 'F' };
const readStatus = labelReader(STATUS_LABELS);
const readEducation = labelReader(EDUCATION_LABELS);

/** The person side of a `people` row that passed, and who it is about (for the checks across rows). */
export type PersonPart = { person?: PersonInput; sex?: 'M' | 'F'; identity?: { workNo: string; idNumber: string } };

/**
 * Reads the person a row describes: resolves department and post names and coded values (人员状态, 文化程度),
 * derives sex from the ID number and compares it with a 性别 cell, and validates with the PersonInput schema
 * (its keys, not copies of its rules). 姓名 and 身份证号 must be filled; 工号 too unless the context assigns one.
 */
export function parsePerson(v: RowValues, ctx: RosterContext, raise: Raise, has: (f: RosterField) => boolean): PersonPart {
  for (const f of ['name', 'idNumber'] as const) if (v[f] === undefined) raise(f, 'import.e.required');
  const lookup = <T>(field: 'department' | 'post', map: ReadonlyMap<string, T>) => {
    const name = v[field] ?? '';
    if (name !== '' && !map.has(name)) raise(field, field === 'department' ? 'import.e.unknownDepartment' : 'import.e.unknownPost', { value: name });
    return map.get(name) ?? '';
  };
  const coded = <K extends string>(field: RosterField, read: (s: string) => K | undefined, key: string): K | '' => {
    const text = v[field] ?? '';
    const code = text === '' ? undefined : read(text);
    if (text !== '' && !code) raise(field, key, { value: text });
    return code ?? '';
  };
  notAfterToday(v, 'hireDate', ctx.today, raise);
  const derived = v.idNumber ? checkIdNumber(v.idNumber, ctx.today) : undefined;
  const workNo = v.workNo ?? (derived?.ok && ctx.assignWorkNo ? ctx.assignWorkNo(derived.value) : '');
  // A 工号 to be assigned waits for a valid ID number: its error is the ID number's, not a second one.
  const waiting = v.workNo === undefined && ctx.assignWorkNo !== undefined && !derived?.ok;
  if (workNo === '' && !waiting && !has('workNo')) raise('workNo', 'import.e.required');
  const parsed = PersonInput.safeParse({
    name: v.name ?? '', workNo, idNumber: v.idNumber ?? '', phone: v.phone ?? '', hireDate: v.hireDate ?? '',
    status: coded('status', readStatus, 'import.e.badStatus') || 'active',
    education: coded('education', readEducation, 'import.e.badEducation'),
    departmentId: lookup('department', ctx.departmentsByName), postId: lookup('post', ctx.postsByName),
  });
  if (!parsed.success) {
    for (const [f, e] of Object.entries(fieldErrors(parsed.error))) if (!(waiting && f === 'workNo')) raise(PERSON_FIELD[f] ?? 'name', e.key, e.params);
  }

  const sexText = v.sex ?? '';
  if (sexText !== '' && !SEX[sexText]) raise('sex', 'import.e.badSex', { value: sexText });
  else if (sexText !== '' && derived?.ok && SEX[sexText] !== derived.sex) {
    raise('sex', 'import.e.sexMismatch', { value: sexText, expected: derived.sex === 'M' ? '男' : '女' });
  }
  // Who the row is about, for the checks across rows, even when other cells of the row are wrong.
  const identity = derived?.ok && workNo !== '' && !has('workNo') ? { workNo, idNumber: derived.value } : undefined;
  if (!parsed.success || !derived?.ok) return identity ? { identity } : {};
  return { person: parsed.data, sex: derived.sex, identity: { workNo: parsed.data.workNo, idNumber: parsed.data.idNumber } };
}
