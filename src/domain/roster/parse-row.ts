import { checkIdNumber } from '../id-number';
import type { ColumnMapping, RosterField } from './column-map';
import type { DataRow } from './data-rows';
import type { ImportMode } from './import-mode';
import { hasCertificate, parseCert } from './parse-cert';
import { parsePerson } from './parse-person';
import { createRaiser, rowValues, type Raise, type RowValues } from './row-values';
import type { KnownPerson, ParsedRow, RosterContext, RowError } from './types';

/** What one row gave: the row ready to write (only when it has no error), its errors, and whom it is about. */
export type RowResult = { parsed?: ParsedRow; errors: RowError[]; identity?: { workNo: string; idNumber: string }; certNumber?: string };

/**
 * The person on file a `certificates` row is for: by 工号, else by 身份证号; a filled 身份证号 or 姓名 must agree
 * with the person found (a typo in 工号 must not put a certificate in someone else's dossier).
 */
function findHolder(v: RowValues, ctx: RosterContext, byId: ReadonlyMap<string, KnownPerson>, raise: Raise): KnownPerson | undefined {
  const id = v.idNumber ? checkIdNumber(v.idNumber, ctx.today) : undefined;
  if (id && !id.ok) raise('idNumber', `v.id.${id.reason}`);
  let holder: KnownPerson | undefined;
  if (v.workNo) {
    holder = ctx.existingPeople.get(v.workNo);
    if (!holder) return raise('workNo', 'import.e.unknownWorkNo', { value: v.workNo }), undefined;
    if (id?.ok && id.value !== holder.idNumber) raise('idNumber', 'import.e.holderMismatch', { workNo: holder.workNo, name: holder.name });
  } else if (id?.ok) {
    holder = byId.get(id.value);
    if (!holder) return raise('idNumber', 'import.e.unknownIdNumber'), undefined;
  } else if (!id) {
    return raise('workNo', 'import.e.required'), undefined;
  }
  if (holder && v.name && v.name !== holder.name) raise('name', 'import.e.nameMismatch', { value: v.name, name: holder.name, workNo: holder.workNo });
  return holder;
}

/**
 * Reads one data row through the mapping for an import of `mode` (see ImportMode). Every problem is reported with
 * its field (the first per field); `column(field)` names the column for the error list.
 */
export function parseRow(
  data: DataRow, mapping: ColumnMapping, ctx: RosterContext, column: (field: RosterField) => string,
  mode: ImportMode = 'people', byId: ReadonlyMap<string, KnownPerson> = new Map(),
): RowResult {
  const { raised, raise, has } = createRaiser();
  const v = rowValues(data, mapping, raise);
  const extras = { row: data.row, ...(v.nextReview ? { nextReview: v.nextReview } : {}), ...(v.remark ? { remark: v.remark } : {}) };
  let parsed: ParsedRow | undefined;
  let identity: RowResult['identity'];
  if (mode === 'people') {
    const p = parsePerson(v, ctx, raise, has);
    identity = p.identity;
    const certificate = hasCertificate(v) ? parseCert(v, ctx, raise, has) : undefined;
    if (p.person && p.sex) parsed = { kind: 'person', ...extras, person: p.person, sex: p.sex, ...(certificate ? { certificate } : {}) };
  } else {
    const holder = findHolder(v, ctx, byId, raise);
    const certificate = parseCert(v, ctx, raise, has);
    if (holder && certificate) parsed = { kind: 'certificate', ...extras, personId: holder.id, certificate };
  }
  const errors = raised.map(({ field, key, params }): RowError => {
    const col = column(field);
    const p = key === 'import.e.required' ? { column: col } : params;
    return { row: data.row, column: col, field, key, ...(p ? { params: p } : {}) };
  });
  const out: RowResult = { errors };
  if (parsed && errors.length === 0) out.parsed = parsed;
  if (identity) out.identity = identity;
  if (v.certNumber && !has('certNumber')) out.certNumber = v.certNumber;
  return out;
}
