import * as XLSX from '@e965/xlsx';
import { cellWidth } from './cell-width';

/** One column: its header text, its width in characters (a CJK character counts 2; default: fit the content,
 * 6–60) and whether its cells are stored and formatted as text (工号, 身份证号, dates: never turned into numbers). */
export type SheetColumn = { header: string; width?: number; text?: boolean };

/**
 * One sheet: a header row from `columns`, then `rows` (cells by column: string, number, boolean; null/undefined
 * empty). `blankRows` empty rows below the data are pre-formatted as text in the text columns, so what a user
 * types there (an 18-digit ID, 2018.11.17) stays as typed. `filter` adds an auto-filter on the header (default on).
 */
export type SheetSpec = { sheetName: string; columns: SheetColumn[]; rows: unknown[][]; blankRows?: number; filter?: boolean };

/** Excel's limits on a sheet name: ≤ 31 characters, none of []:*?/\. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet1';

function cell(value: unknown, text: boolean): XLSX.CellObject | undefined {
  if (value === null || value === undefined || value === '') return text ? { t: 'z', z: '@' } as XLSX.CellObject : undefined;
  if (typeof value === 'number' && !text) return { t: 'n', v: value };
  if (typeof value === 'boolean' && !text) return { t: 'b', v: value };
  const v = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return text ? { t: 's', v, z: '@' } : { t: 's', v };
}

function sheet(spec: SheetSpec): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  const all = [spec.columns.map((c) => c.header), ...spec.rows];
  const last = all.length - 1 + (spec.blankRows ?? 0);
  for (let r = 0; r <= last; r++) {
    spec.columns.forEach((col, c) => {
      const value = all[r]?.[c];
      const x = cell(value, r > 0 && col.text === true);
      if (x) ws[XLSX.utils.encode_cell({ r, c })] = x;
    });
  }
  const width = Math.max(1, spec.columns.length);
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, last), c: width - 1 } });
  ws['!cols'] = spec.columns.map((col, c) => ({
    wch: col.width ?? Math.min(60, Math.max(6, ...all.map((row) => cellWidth(row[c]))) + 2),
  }));
  if (spec.filter !== false && spec.columns.length > 0) {
    ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, all.length - 1), c: width - 1 } }) };
  }
  return ws;
}

/**
 * An .xlsx workbook of the given sheets, as bytes. The spreadsheet library is imported statically here: import
 * this module only from code that is itself loaded on demand (the Excel service), never from the initial bundle.
 */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const used = new Set<string>();
  for (const spec of sheets) {
    let name = sheetName(spec.sheetName);
    for (let i = 2; used.has(name); i++) name = `${sheetName(spec.sheetName).slice(0, 28)}(${i})`;
    used.add(name);
    XLSX.utils.book_append_sheet(wb, sheet(spec), name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, sheetStubs: true }) as ArrayBuffer);
}
