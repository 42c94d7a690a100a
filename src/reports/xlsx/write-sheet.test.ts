import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';
import { writeSheet } from './write-sheet';
import { writeWorkbook } from './write-workbook';

describe('writeSheet', () => {
  const bytes = writeSheet({
    sheetName: '人员档案',
    columns: [{ header: '工号', text: true }, { header: '姓名', width: 10 }, { header: '身份证号', text: true }, { header: '学时' }, { header: '在职' }],
    rows: [['007', '张三', '320505199003071221', 16, true], ['A2', null, undefined, 2.5, false]],
  });

  it('writes a header row and the rows, reading back as they were given', async () => {
    const { sheets } = await readSheet(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['人员档案']);
    expect(sheets[0]!.rows).toEqual([
      ['工号', '姓名', '身份证号', '学时', '在职'],
      ['007', '张三', '320505199003071221', '16', 'TRUE'],
      ['A2', '', '', '2.5', 'FALSE'],
    ]);
  });

  it('stores text columns as text cells formatted @, numbers as numbers, and sets widths and a filter', () => {
    const ws = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true }).Sheets['人员档案']!;
    expect(ws.A2).toMatchObject({ t: 's', v: '007', z: '@' });
    expect(ws.C2).toMatchObject({ t: 's', v: '320505199003071221', z: '@' });
    expect(ws.D2).toMatchObject({ t: 'n', v: 16 });
    expect(ws.B2!.z).not.toBe('@');
    const cols = ws['!cols']!.map((c) => Math.round(c.wch ?? c.width ?? 0));
    expect(cols[1]).toBe(10);
    expect(cols[2]).toBeGreaterThanOrEqual(18); // fits the 18-digit ID
    expect(ws['!autofilter']).toEqual({ ref: 'A1:E3' });
  });

  it('pre-formats blank entry rows as text and keeps sheet names Excel accepts', () => {
    const wb = XLSX.read(writeWorkbook([
      { sheetName: '导入/模板?', columns: [{ header: '身份证号', text: true }, { header: '备注' }], rows: [], blankRows: 3, filter: false },
      { sheetName: '导入/模板?', columns: [{ header: 'x' }], rows: [] },
    ]), { type: 'array', cellNF: true, sheetStubs: true });
    expect(wb.SheetNames).toEqual(['导入_模板_', '导入_模板_(2)']);
    const ws = wb.Sheets['导入_模板_']!;
    expect(ws['!ref']).toBe('A1:B4');
    expect(ws.A4?.z).toBe('@');
    expect(ws.B4).toBeUndefined();
    expect(ws['!autofilter']).toBeUndefined();
  });
});
