import { ROSTER_FIELD_SPECS, type RosterField } from '../../domain/roster/column-map';
import type { SheetColumn } from './write-workbook';

/** One column of an import template: the field it fills, what its 说明 row says, and the example row's value. */
export type TemplateColumn = { field: RosterField; need: string; format: string; note: string; example: string };

/** Fields stored as text (so Excel keeps leading zeros, 18-digit IDs and typed dates as they are). */
const TEXT = new Set<RosterField>(['workNo', 'idNumber', 'phone', 'hireDate', 'certNumber', 'firstIssue', 'validUntil', 'nextReview']);
const WIDTH: Partial<Record<RosterField, number>> = { idNumber: 22, certNumber: 24, authority: 22, department: 14, item: 22, category: 18, certKind: 24 };

/** The sheet columns of a template: the header is the field's label, exactly as the import recognises it. */
export function sheetColumns(columns: readonly TemplateColumn[]): SheetColumn[] {
  return columns.map(({ field }) => {
    const header = ROSTER_FIELD_SPECS[field].label;
    return { header, width: WIDTH[field] ?? Math.max(12, header.length * 2 + 4), text: TEXT.has(field) };
  });
}
