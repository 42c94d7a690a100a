import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../domain/id-number';
import { readSheet } from '../reports/xlsx/read-sheet';
import { testWorkspace } from '../store/test-db.testing';
import { createExcelService } from './excel-service';
import { createImportService } from './import-service';

/** A valid ID number (born 1985-01-dd, sequence by `i`). */
const idOf = (i: number) => {
  const body = `320505198501${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`;
  return body + idCheckChar(body);
};

/** A downloaded template with `rows` typed into its first sheet below the example row, as a user saves it. */
async function fill(template: Blob, rows: string[][]): Promise<Blob> {
  const wb = XLSX.read(new Uint8Array(await template.arrayBuffer()), { type: 'array', cellNF: true, sheetStubs: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  XLSX.utils.sheet_add_aoa(ws, rows, { origin: 'A3' });
  return new Blob([XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer]);
}

describe('Excel templates round-trip through the import', () => {
  it('a filled people template, then a filled certificates template, import with zero errors', async () => {
    const { db, docs, close } = testWorkspace();
    const excel = createExcelService(db);
    const imports = createImportService(db, docs);

    const people = await fill(excel.peopleTemplate(), [
      ['A0002', '李梅', idOf(2), '', '生产二车间', '焊工', '在职', '13912345678', '2019.05.06', '大专'],
      ['A0003', '赵强', idOf(3), '男', '生产一车间', '电工', '离岗', '', '2020年1月2日', ''],
      ['', '孙丽', idOf(4), '', '', '', '', '', '', '本科'],
    ]);
    const p = await imports.read(people);
    expect(p).toMatchObject({ sheets: ['人员导入', '说明'], sheet: 0, headerIndex: 0, mode: 'people' });
    const pc = await imports.dryRun(p.mapping, p.headerIndex, { mode: p.mode, createMissing: true });
    expect(pc.errors).toEqual([]);
    expect(pc).toMatchObject({ total: 4, validCount: 4, newDepartments: ['生产一车间', '生产二车间'], newPosts: ['电工', '焊工'] });
    expect(await imports.write()).toMatchObject({ ok: true, value: { peopleCreated: 4, certificates: 0 } });
    const stored = new Map((await db.people.toArray()).map((x) => [x.name, x]));
    expect(stored.get('赵强')).toMatchObject({ workNo: 'A0003', status: 'away', hireDate: '2020-01-02', sex: 'M' });
    expect(stored.get('李梅')).toMatchObject({ phone: '13912345678', education: 'college' });
    expect(stored.get('孙丽')?.workNo).toMatch(/^R\d{5}$/);

    const certs = await fill(excel.certificatesTemplate(), [
      ['A0002', '李梅', '', '', '', '焊接与热切割作业', '2.1', `T${idOf(2)}`, '苏州市应急管理局', '2020.03.01', '2026.03.01'],
      ['', '', idOf(3), '危化品安全管理人员合格证', '', '', '', 'AQ2023001', '江苏省应急管理厅', '2023-04-01', ''],
      ['A0003', '赵强', '', '其他证书', '特种设备作业人员证（叉车）', '', '', 'N1', '苏州市市场监督管理局', '2022-08-08', '2026-08-08'],
    ]);
    const c = await imports.read(certs);
    expect(c).toMatchObject({ sheets: ['证书导入', '说明'], mode: 'certificates' });
    const cc = await imports.dryRun(c.mapping, c.headerIndex, { mode: c.mode });
    expect(cc.errors).toEqual([]);
    expect(await imports.write()).toMatchObject({ ok: true, value: { peopleCreated: 0, peopleUpdated: 3, certificates: 4 } });
    const rows = await db.certificates.toArray();
    expect(rows.map((r) => [r.number, r.kind, r.item ?? '']).sort()).toEqual([
      ['AQ2023001', 'hazchem-manager', ''], ['N1', 'other', ''], [`T${idOf(2)}`, 'special-operations', '2.1'], ['T32050519880615451X', 'special-operations', '1.2'],
    ].sort());
    close();
  });
});

describe('exportPeople', () => {
  it('writes the rows given, in order, with department and post names, ID and phone masked unless allowed', async () => {
    const { db, docs, close } = testWorkspace();
    const imports = createImportService(db, docs);
    const excel = createExcelService(db);
    const f = await imports.read(excel.peopleTemplate());
    await imports.dryRun(f.mapping, f.headerIndex, { createMissing: true });
    expect((await imports.write()).ok).toBe(true);
    const rows = await db.people.toArray();
    const sheet = async (b: Blob) => (await readSheet(new Uint8Array(await b.arrayBuffer()))).sheets[0]!.rows;
    const masked = await sheet(await excel.exportPeople(rows));
    expect(masked[0]).toEqual(['工号', '姓名', '性别', '部门', '岗位', '人员状态', '身份证号', '出生日期', '手机号', '入职日期', '文化程度']);
    expect(masked[1]).toEqual(['A0001', '王建国', '男', '生产一车间', '电工', '在职', '3205**********451X', '1988-06-15', '138****5678', '2012-03-01', '高中']);
    const full = await sheet(await excel.exportPeople(rows, { fullIdNumber: true, fullPhone: true }));
    expect(full[1]!.slice(6, 9)).toEqual(['32050519880615451X', '1988-06-15', '13812345678']);
    expect(await sheet(await excel.exportPeople([]))).toHaveLength(1);
    close();
  });
});
