import { writeWorkbook, type SheetColumn, type SheetSpec } from './write-workbook';

export type { SheetColumn, SheetSpec };

/**
 * Any list as a one-sheet .xlsx (X1, "Excel export of every list"): a header row, then one row per entry.
 * Stable API for every list page's export:
 *
 *   writeSheet({ sheetName: '人员档案', columns: [{ header: '工号', text: true }, { header: '姓名', width: 10 }],
 *                rows: [['A001', '张三']] })  // → Uint8Array (.xlsx bytes)
 *
 * - `columns[i].header`: the header text; `width`: characters (a CJK character counts 2), default fits the content;
 *   `text`: store and format the column as text (IDs, 工号, dates, anything with leading zeros).
 * - `rows[r][i]`: string | number | boolean | Date (written YYYY-MM-DD) | null/undefined (empty). Mask personal
 *   data before it gets here: the sheet writes what it is given.
 * The header row gets an auto-filter. Synchronous; load it only from lazily imported code (see writeWorkbook).
 */
export function writeSheet(spec: SheetSpec): Uint8Array {
  return writeWorkbook([spec]);
}
