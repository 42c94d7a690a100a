import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, type ColumnMapping, type RosterField } from './column-map';
import type { DataRow } from './data-rows';
import { normalizeCell } from './normalize-cell';

/** A row's cleaned, non-empty cells by field. */
export type RowValues = Partial<Record<RosterField, string>>;

/** One problem raised while reading a row: its field, i18n key and parameters. */
export type Raised = { field: RosterField; key: string; params?: Record<string, string | number> };

/** Collects a row's problems, keeping only the first per field (the one the user should fix first). */
export function createRaiser() {
  const raised: Raised[] = [];
  const raise = (field: RosterField, key: string, params?: Record<string, string | number>) => {
    if (!raised.some((r) => r.field === field)) raised.push(params ? { field, key, params } : { field, key });
  };
  return { raised, raise, has: (field: RosterField) => raised.some((r) => r.field === field) };
}
export type Raise = ReturnType<typeof createRaiser>['raise'];

/** Reads each mapped cell of a row, cleaned for its kind (an unreadable date is raised; empty cells are left out). */
export function rowValues(data: DataRow, mapping: ColumnMapping, raise: Raise): RowValues {
  const v: RowValues = {};
  for (const field of ROSTER_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const r = normalizeCell(ROSTER_FIELD_SPECS[field].kind, data.cells[col] ?? '');
    if (!r.ok) raise(field, r.key, r.params);
    else if (r.value !== '') v[field] = r.value;
  }
  return v;
}

/** Raises `import.e.futureDate` for a date field later than `today`. */
export function notAfterToday(v: RowValues, field: RosterField, today: string | undefined, raise: Raise): void {
  const d = v[field];
  if (today && d && d > today) raise(field, 'import.e.futureDate', { value: d });
}
