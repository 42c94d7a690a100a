import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, type ColumnMapping, type RosterField } from './column-map';
import { selectDataRows } from './data-rows';
import { requiredColumns, type ImportMode } from './import-mode';
import { parseRow } from './parse-row';
import type { KnownPerson, ParsedRow, RosterContext, RowError } from './types';

/** The outcome of a dry run: rows ready to write, every problem found, and the sheet rows left out as blank/notes. */
export type DryRunResult = { valid: ParsedRow[]; errors: RowError[]; ignoredRows: number[] };

/** Problems of the mapping itself, reported on the header row (the rows are not read until they are fixed). */
function mappingErrors(header: readonly string[], mapping: ColumnMapping, ctx: RosterContext, headerRow: number, mode: ImportMode): RowError[] {
  const errors: RowError[] = [];
  for (const field of requiredColumns(mode, mapping)) {
    if (mapping[field] !== undefined) continue;
    const { label } = ROSTER_FIELD_SPECS[field];
    errors.push({ row: headerRow, column: label, field, key: 'import.e.missingColumn', params: { field: label } });
  }
  if (mode === 'people' && mapping.workNo === undefined && !ctx.assignWorkNo) errors.push({ row: headerRow, column: '工号', field: 'workNo', key: 'import.e.noWorkNo' });
  if (mode === 'certificates' && mapping.workNo === undefined && mapping.idNumber === undefined) {
    errors.push({ row: headerRow, column: '工号', field: 'workNo', key: 'import.e.noHolderColumn' });
  }
  const used = new Map<number, RosterField>();
  for (const field of ROSTER_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const column = header[col]?.trim() ?? '';
    if (used.has(col)) errors.push({ row: headerRow, column, field, key: 'import.e.duplicateColumn', params: { column } });
    used.set(col, field);
  }
  return errors;
}

/**
 * Checks a whole roster sheet without writing anything (DESIGN §3.5: dry run, then all-or-nothing):
 * every row below the header is cleaned and validated, and every problem is listed with its sheet row number and
 * column; nothing throws. Across rows (`people` mode): one 工号 must belong to one ID number, within the file and
 * against the people on file, and one ID number to one 工号 (a person may hold several certificates). In both
 * modes a certificate number may appear once in the file.
 * `rows` are the sheet's rows from row 1; `headerIndex` is 0-based (see detectHeader).
 */
export function dryRun(
  rows: readonly (readonly string[])[], headerIndex: number, mapping: ColumnMapping, ctx: RosterContext, mode: ImportMode = 'people',
): DryRunResult {
  const header = rows[headerIndex] ?? [];
  const column = (field: RosterField) => {
    const col = mapping[field];
    return (col === undefined ? '' : header[col]?.trim()) || ROSTER_FIELD_SPECS[field].label;
  };
  const { rows: data, ignored } = selectDataRows(rows, headerIndex);
  const broken = mappingErrors(header, mapping, ctx, headerIndex + 1, mode);
  if (broken.length > 0) return { valid: [], errors: broken, ignoredRows: ignored };

  const byId = new Map<string, KnownPerson>();
  for (const p of ctx.existingPeople.values()) byId.set(p.idNumber, p);
  const errors: RowError[] = [];
  const parsed: ParsedRow[] = [];
  const byWorkNo = new Map<string, { row: number; id: string }>();
  const byIdInFile = new Map<string, { row: number; workNo: string }>();
  const byCertNo = new Map<string, number>();
  const order = (e: RowError) => (e.field === '' ? -1 : mapping[e.field] ?? -1);
  for (const d of data) {
    const r = parseRow(d, mapping, ctx, column, mode, byId);
    const rowErrors = r.errors;
    const clash = (field: RosterField, key: string, params: Record<string, string | number>) => {
      if (!rowErrors.some((e) => e.field === field)) rowErrors.push({ row: d.row, column: column(field), field, key, params });
    };
    if (r.identity) {
      const { workNo, idNumber } = r.identity;
      const sameNo = byWorkNo.get(workNo);
      const sameId = byIdInFile.get(idNumber);
      const holder = ctx.existingPeople.get(workNo);
      const onFile = byId.get(idNumber);
      if (sameNo && sameNo.id !== idNumber) clash('workNo', 'import.e.duplicateWorkNo', { workNo, firstRow: sameNo.row });
      else if (holder && holder.idNumber !== idNumber) clash('workNo', 'import.e.workNoOnFile', { workNo, name: holder.name });
      if (sameId && sameId.workNo !== workNo) clash('idNumber', 'import.e.duplicateIdNumber', { firstRow: sameId.row });
      else if (onFile && onFile.workNo !== workNo) clash('idNumber', 'import.e.idOnFile', { workNo: onFile.workNo, name: onFile.name });
      if (!sameNo) byWorkNo.set(workNo, { row: d.row, id: idNumber });
      if (!sameId) byIdInFile.set(idNumber, { row: d.row, workNo });
    }
    if (r.certNumber) {
      const first = byCertNo.get(r.certNumber);
      if (first !== undefined) clash('certNumber', 'import.e.duplicateCertNumber', { value: r.certNumber, firstRow: first });
      else byCertNo.set(r.certNumber, d.row);
    }
    if (r.parsed && rowErrors.length === 0) parsed.push(r.parsed);
    errors.push(...rowErrors.sort((a, b) => order(a) - order(b)));
  }
  return { valid: parsed, errors, ignoredRows: ignored };
}
