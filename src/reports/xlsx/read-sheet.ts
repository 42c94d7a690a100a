import type { CellObject } from '@e965/xlsx';
import { excelSerialToIso } from '../../domain/roster/parse-date';

/** One worksheet as text: `rows[r][c]` is the cell at sheet row r+1, column c+1 ('' when empty). */
export type SheetText = { name: string; rows: string[][] };

/** Every worksheet of a workbook, in workbook order. */
export type WorkbookText = { sheets: SheetText[] };

/**
 * Reads an .xlsx (or legacy .xls / .ods) file into text, as a user sees it in Excel: each cell's formatted text,
 * except real date cells, which become YYYY-MM-DD whatever their display format. A range merged down one column
 * (a 部门 cell spanning the rows of its people) gives its value to every row; any other merged range (a title
 * across the columns, a notes block) keeps its value in its top-left cell only. Rows start at sheet row 1 and
 * columns at A even when the used range starts later, so row numbers in error messages are the sheet's own; blank
 * rows at the end are left out.
 *
 * The spreadsheet library (~120 KB gzip) is imported here on demand, never in the initial bundle.
 */
export async function readSheet(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookText> {
  const XLSX = await import('@e965/xlsx');
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const wb = XLSX.read(data, { type: 'array', cellNF: true, cellText: true, cellDates: false, dense: false });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const ref = ws?.['!ref'];
    if (!ws || !ref) return { name, rows: [] };
    const end = XLSX.utils.decode_range(ref).e;
    const rows: string[][] = [];
    for (let r = 0; r <= end.r; r++) {
      const row: string[] = [];
      for (let c = 0; c <= end.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as CellObject | undefined;
        let text = cell?.w ?? (cell?.v === undefined ? '' : String(cell.v));
        if (cell?.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
          text = excelSerialToIso(cell.v, date1904) ?? text;
        }
        row.push(text);
      }
      rows.push(row);
    }
    // Blank rows at the end (a template's pre-formatted entry rows, cells Excel keeps for formatting) are not rows.
    while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
    for (const m of ws['!merges'] ?? []) {
      if (m.s.c !== m.e.c || m.s.r === m.e.r) continue;
      const value = rows[m.s.r]?.[m.s.c] ?? '';
      for (let r = m.s.r + 1; r <= Math.min(m.e.r, rows.length - 1); r++) rows[r]![m.s.c] = value;
    }
    return { name, rows };
  });
  return { sheets };
}
