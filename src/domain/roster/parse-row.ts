import { CERT_V, CertificateInput } from '../certificates/certificate';
import { fieldErrors } from '../field-errors';
import { checkIdNumber } from '../id-number';
import { idNumber as idNumberSchema, PersonInput } from '../person';
import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, type ColumnMapping, type RosterField } from './column-map';
import type { DataRow } from './data-rows';
import { normalizeCell } from './normalize-cell';
import type { ParsedRow, RosterContext, RowError } from './types';

type Values = Partial<Record<RosterField, string>>;
type Raised = { field: RosterField; key: string; params?: Record<string, string | number> };

const PERSON_FIELD: Record<string, RosterField> = { name: 'name', workNo: 'workNo', idNumber: 'idNumber', departmentId: 'department', postId: 'post' };
const CERT_FIELD: Record<string, RosterField> = {
  number: 'certNumber', authority: 'authority', firstIssueDate: 'firstIssue', validityEnd: 'validUntil', item: 'item', category: 'category',
};
const SEX: Record<string, 'M' | 'F'> = { 男: 'M', 男性: 'M', M: 'M', 女: 'F', 女性: 'F', F: 'F' };

/**
 * Reads one data row through the mapping: cleans each mapped cell, resolves department, post and catalog names,
 * and validates with the PersonInput and CertificateInput schemas (their keys, not copies of their rules).
 * Each field reports its first problem only. `column(field)` names the column for the error list.
 */
export function parseRow(
  data: DataRow,
  mapping: ColumnMapping,
  ctx: RosterContext,
  column: (field: RosterField) => string,
): { parsed?: ParsedRow; errors: RowError[]; identity?: { workNo: string; idNumber: string } } {
  const raised: Raised[] = [];
  const raise = (field: RosterField, key: string, params?: Record<string, string | number>) => {
    if (!raised.some((r) => r.field === field)) raised.push(params ? { field, key, params } : { field, key });
  };
  const v: Values = {};
  for (const field of ROSTER_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const r = normalizeCell(ROSTER_FIELD_SPECS[field].kind, data.cells[col] ?? '');
    if (!r.ok) raise(field, r.key, r.params);
    else if (r.value === '' && ROSTER_FIELD_SPECS[field].required) raise(field, 'v.required');
    else v[field] = r.value;
  }
  const lookup = <T>(field: 'department' | 'post', map: ReadonlyMap<string, T>) => {
    const name = v[field] ?? '';
    if (name !== '' && !map.has(name)) raise(field, field === 'department' ? 'import.e.unknownDepartment' : 'import.e.unknownPost', { value: name });
    return map.get(name) ?? '';
  };
  const id = idNumberSchema.safeParse(v.idNumber ?? '');
  const workNo = v.workNo || (id.success && ctx.assignWorkNo ? ctx.assignWorkNo(id.data) : '');
  const person = PersonInput.safeParse({
    name: v.name ?? '', workNo, idNumber: v.idNumber ?? '', status: 'active',
    departmentId: lookup('department', ctx.departmentsByName), postId: lookup('post', ctx.postsByName),
  });
  if (!person.success) for (const [f, e] of Object.entries(fieldErrors(person.error))) raise(PERSON_FIELD[f] ?? 'name', e.key, e.params);

  const categoryCode = v.category ? ctx.lookupCategory(v.category) : undefined;
  if (v.category && !categoryCode) raise('category', 'import.e.unknownCategory', { value: v.category });
  const itemCode = categoryCode && v.item ? ctx.lookupItem(v.item, categoryCode) : undefined;
  if (categoryCode && v.item && !itemCode) raise('item', 'import.e.unknownItem', { value: v.item, category: v.category ?? '' });
  const cert = CertificateInput.safeParse({
    kind: 'special-operations', number: v.certNumber ?? '', authority: v.authority ?? '', category: categoryCode ?? '', item: itemCode ?? '',
    firstIssueDate: v.firstIssue ?? '', validityEnd: v.validUntil ?? '',
  });
  const catalogTold = raised.some((r) => r.field === 'category' || r.field === 'item');
  if (!cert.success) {
    for (const [f, e] of Object.entries(fieldErrors(cert.error))) {
      if (!(catalogTold && e.key === CERT_V.catalog)) raise(CERT_FIELD[f] ?? 'item', e.key, e.params);
    }
  }

  const derived = id.success ? checkIdNumber(id.data) : undefined;
  const sexText = v.sex ?? '';
  if (sexText !== '' && !SEX[sexText]) raise('sex', 'import.e.badSex', { value: sexText });
  else if (sexText !== '' && derived?.ok && SEX[sexText] !== derived.sex) {
    raise('sex', 'import.e.sexMismatch', { value: sexText, expected: derived.sex === 'M' ? '男' : '女' });
  }

  const errors = raised.map(({ field, key, params }) => ({ row: data.row, column: column(field), field, key, ...(params ? { params } : {}) }));
  // Who the row is about, for the checks across rows, even when other cells of the row are wrong.
  const identity = id.success && workNo !== '' && !raised.some((r) => r.field === 'workNo') ? { workNo, idNumber: id.data } : undefined;
  if (errors.length > 0 || !person.success || !cert.success || !derived?.ok) return identity ? { errors, identity } : { errors };
  const parsed: ParsedRow = { row: data.row, person: person.data, sex: derived.sex, certificate: cert.data };
  if (v.nextReview) parsed.nextReview = v.nextReview;
  if (v.remark) parsed.remark = v.remark;
  return { parsed, errors, identity: { workNo: person.data.workNo, idNumber: person.data.idNumber } };
}
