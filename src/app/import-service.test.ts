import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testWorkspace } from '../store/test-db.testing';
import { createImportService } from './import-service';

const FIXTURE = fileURLToPath(new URL('../reports/xlsx/__fixtures__/special-operations-roster-sample.xlsx', import.meta.url));

describe('import service on the sample 特种作业人员台账', () => {
  it('reports unknown departments, creates them on request, writes 60 people once', async () => {
    const { db, docs, close } = testWorkspace();
    const svc = createImportService(db, docs);
    const file = await svc.read(new Blob([readFileSync(FIXTURE)]));
    expect(file.headerIndex).toBe(2);
    const first = await svc.dryRun(file.mapping, file.headerIndex);
    expect(first.total).toBe(60);
    expect(first.errors.some((e) => e.key === 'import.e.unknownDepartment')).toBe(true);
    expect((await svc.write()).ok).toBe(false);

    const second = await svc.dryRun(file.mapping, file.headerIndex, { createMissing: true });
    expect(second.errors).toEqual([]);
    expect(second.newDepartments.length).toBeGreaterThan(0);
    const written = await svc.write();
    expect(written).toMatchObject({ ok: true, value: { peopleCreated: 60, peopleUpdated: 0, certificates: 60 } });
    expect(await db.people.count()).toBe(60);
    const codes = (await db.departments.toArray()).map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect((await db.people.toArray()).every((p) => /^R\d{5}$/.test(p.workNo))).toBe(true);

    // The same file again: everyone is matched by ID number, nothing new is created.
    await svc.read(new Blob([readFileSync(FIXTURE)]));
    expect((await svc.dryRun(file.mapping, file.headerIndex, { createMissing: true })).newDepartments).toEqual([]);
    expect(await svc.write()).toMatchObject({ ok: true, value: { peopleCreated: 0, peopleUpdated: 60 } });
    expect(await db.people.count()).toBe(60);
    expect(await db.certificates.count()).toBe(60);
    close();
  });
});

describe('import service with a workbook of several sheets', () => {
  it('reads the first sheet with a header row, and switches sheets on request', async () => {
    const { db, docs, close } = testWorkspace();
    const svc = createImportService(db, docs);
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['填表说明：每行一张证书']]), '封面');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['工号', '证书编号', '作业类别', '准操项目'], ['A1', 'T1', '电工作业', '低压电工作业']]), '证书');
    const file = await svc.read(new Blob([XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer]));
    expect(file).toMatchObject({ sheets: ['封面', '证书'], sheet: 1, headerIndex: 0, mode: 'certificates' });
    expect(svc.useSheet(0)).toMatchObject({ sheet: 0, headerIndex: -1, rows: [['填表说明：每行一张证书']] });
    expect(await svc.dryRun({}, -1)).toMatchObject({ total: 0, validCount: 0, errors: [{ key: 'import.e.noHeader' }] });
    expect((await svc.write()).ok).toBe(false);
    close();
  });
});
