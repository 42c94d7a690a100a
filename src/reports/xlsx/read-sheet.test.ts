import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';

const FIXTURE = fileURLToPath(new URL('./__fixtures__/special-operations-roster-sample.xlsx', import.meta.url));

/** Writes a workbook in memory, the way Excel would save it. */
function xlsxBytes(build: (ws: XLSX.WorkSheet) => void, opts: { date1904?: boolean } = {}): Uint8Array {
  const ws: XLSX.WorkSheet = { '!ref': 'B2:D4' };
  build(ws);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  if (opts.date1904) wb.Workbook = { WBProps: { date1904: true } };
  return XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
}

describe('readSheet', () => {
  it('reads the fixture: sheet name, title rows, header, text dates kept as typed, real dates as YYYY-MM-DD', async () => {
    const { sheets } = await readSheet(readFileSync(FIXTURE));
    expect(sheets.map((s) => s.name)).toEqual(['特种作业人员台账']);
    const rows = sheets[0]!.rows;
    expect(rows[0]![0]).toContain('特种作业人员台账');
    expect(rows[0]!.slice(1).every((c) => c === '')).toBe(true); // merged A1:N1: value in A1 only
    expect(rows[2]).toEqual(['序号', '姓名', '性别', '身份证号码', '所属部门', '岗位', '作业类别', '准操项目', '证书编号', '初领日期', '有效期至', '应复审日期', '发证机关', '备注']);
    expect(rows[3]!.slice(9, 12)).toEqual(['2015-12-06', '2021-12-06', '2018-12-06']); // date cells (serials)
    expect(rows[5]![9]).toBe('2018.11.17'); // a text cell is left as typed
    expect(rows[4]![3]).toBe('34010419880606881x');
    expect(rows[3]![0]).toBe('1');
    expect(rows).toHaveLength(65);
  });

  it('keeps sheet coordinates when the used range starts at B2, and reads a date cell in any display format', async () => {
    const bytes = xlsxBytes((ws) => {
      ws.B2 = { t: 'n', v: 43421, z: 'yyyy"年"m"月"d"日"' };
      ws.C3 = { t: 'n', v: 1234.5, z: '#,##0.00' };
      ws.D4 = { t: 's', v: ' 戴英 ' };
      ws['!merges'] = [{ s: { r: 1, c: 1 }, e: { r: 1, c: 3 } }];
    });
    const rows = (await readSheet(bytes)).sheets[0]!.rows;
    expect(rows[0]).toEqual(['', '', '', '']);
    expect(rows[1]).toEqual(['', '2018-11-17', '', '']);
    expect(rows[2]![2]).toBe('1,234.50'); // numbers as shown
    expect(rows[3]![3]).toBe(' 戴英 '); // cleaning is the importer's job, not the reader's
  });

  it('gives a cell merged down a column to each of its rows, but a title merged across to its first cell only', async () => {
    const bytes = xlsxBytes((ws) => {
      ws['!ref'] = 'A1:C5';
      ws.A1 = { t: 's', v: '特种作业人员台账' };
      ws.A2 = { t: 's', v: '生产一车间' };
      ws.A5 = { t: 's', v: '说明' };
      ws['!merges'] = [
        { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
        { s: { r: 1, c: 0 }, e: { r: 3, c: 0 } },
        { s: { r: 4, c: 0 }, e: { r: 5, c: 2 } },
      ];
    });
    const rows = (await readSheet(bytes)).sheets[0]!.rows;
    expect(rows.map((r) => r[0])).toEqual(['特种作业人员台账', '生产一车间', '生产一车间', '生产一车间', '说明']);
    expect(rows[0]!.slice(1)).toEqual(['', '']);
    expect(rows[4]!.slice(1)).toEqual(['', '']);
  });

  it('leaves out blank rows at the end, even formatted ones', async () => {
    const bytes = xlsxBytes((ws) => {
      ws['!ref'] = 'A1:B6';
      ws.A1 = { t: 's', v: '工号' };
      ws.A3 = { t: 's', v: 'A1' };
      ws.A6 = { t: 'z', z: '@' } as XLSX.CellObject;
    });
    expect((await readSheet(bytes)).sheets[0]!.rows).toEqual([['工号', ''], ['', ''], ['A1', '']]);
  });

  it('honours the 1904 date system', async () => {
    const bytes = xlsxBytes((ws) => (ws.B2 = { t: 'n', v: 1000, z: 'yyyy-mm-dd' }), { date1904: true });
    expect((await readSheet(bytes)).sheets[0]!.rows[1]![1]).toBe('1906-09-27');
  });
});
