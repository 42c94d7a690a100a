import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/certificates/catalog';
import type { DepartmentId, PostId } from '../../domain/ids';
import { suggestMapping } from '../../domain/roster/column-map';
import { detectHeader } from '../../domain/roster/detect-header';
import { dryRun } from '../../domain/roster/dry-run';
import { normalizeCell } from '../../domain/roster/normalize-cell';
import type { RosterContext } from '../../domain/roster/types';
import { readSheet } from './read-sheet';

/** A firm's own 特种作业人员台账, as given (title and 填报 rows, text dates, lower-case x, stray spaces, a note). */
const FIXTURE = fileURLToPath(new URL('./__fixtures__/special-operations-roster-sample.xlsx', import.meta.url));
const uuid = (n: number) => `01890000-0000-7000-8000-${String(n).padStart(12, '0')}`;

let rows: string[][];
beforeAll(async () => {
  rows = (await readSheet(readFileSync(FIXTURE))).sheets[0]!.rows;
});

/** The workspace the roster is imported into: its departments and posts are the ones the file names. */
function contextFor(data: string[][], deptCol: number, postCol: number): RosterContext {
  const names = (col: number) => [...new Set(data.map((r) => normalizeCell('text', r[col] ?? '')).flatMap((c) => (c.ok && c.value ? [c.value] : [])))];
  return {
    departmentsByName: new Map(names(deptCol).map((n, i) => [n, uuid(i + 1) as DepartmentId])),
    postsByName: new Map(names(postCol).map((n, i) => [n, uuid(i + 100) as PostId])),
    existingPeople: new Map(),
    lookupCategory: (s) => CATALOG.categories.find((c) => c.name === s || c.code === s)?.code,
    lookupItem: (s, code) => CATALOG.categories.find((c) => c.code === code)?.items?.find((i) => i.name === s || i.code === s)?.code ?? undefined,
    assignWorkNo: (id) => `T${id}`,
  };
}

describe('importing the sample 特种作业人员台账 without editing it', () => {
  it('finds the header below the title rows and maps every column', () => {
    const header = detectHeader(rows);
    expect(header?.index).toBe(2);
    expect(suggestMapping(header!.columns)).toEqual({
      seq: 0, name: 1, sex: 2, idNumber: 3, department: 4, post: 5, category: 6, item: 7,
      certNumber: 8, firstIssue: 9, validUntil: 10, nextReview: 11, authority: 12, remark: 13,
    });
  });

  it('normalizes every data row: dates, ID x → X, spaces', () => {
    const data = rows.slice(3, 63);
    for (const r of data) {
      for (const col of [9, 10, 11]) expect(normalizeCell('date', r[col]!)).toMatchObject({ ok: true, value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(normalizeCell('id', r[3]!)).toMatchObject({ value: expect.stringMatching(/^\d{17}[\dX]$/) });
      expect(normalizeCell('text', r[1]!)).toMatchObject({ value: expect.stringMatching(/^\S+$/) });
    }
    expect(normalizeCell('date', rows[5]![9]!)).toEqual({ ok: true, value: '2018-11-17' });
  });

  it('passes the dry run with no error, leaving out the blank row and the closing note', () => {
    const mapping = suggestMapping(rows[2]!);
    const r = dryRun(rows, 2, mapping, contextFor(rows.slice(3), 4, 5));
    console.log(`fixture: ${r.valid.length} rows parsed, ${r.errors.length} errors, ignored sheet rows ${r.ignoredRows.join(', ')}`);
    expect(r.errors).toEqual([]);
    expect(r.valid).toHaveLength(60);
    expect(r.ignoredRows).toEqual([64, 65]);
    expect(r.valid[1]).toMatchObject({ row: 5, sex: 'M', person: { name: '毛子刚', idNumber: '34010419880606881X' }, certificate: { category: '1', item: '1.1' } });
    expect(r.valid[19]).toMatchObject({ row: 23, person: { name: '戴英' }, certificate: { firstIssueDate: '2024-12-06' } });
    expect(r.valid[29]).toMatchObject({ row: 33, remark: '2024年复审', nextReview: '2023-05-26' });
  });

  it('reports precisely what was broken in a copy of it', () => {
    const bad = rows.map((r, i) => [...r, i === 2 ? '工号' : i > 2 && i < 63 ? `G${i}` : '']);
    bad[3]![3] = '340104197607286651'; // check digit should be X
    bad[5]![9] = '2018.11.31';
    bad[7]![4] = '后勤保障部';
    bad[8]![14] = 'G4'; // 工号 of sheet row 5, another person
    const ctx = contextFor(rows.slice(3), 4, 5); // departments as before the edit
    const r = dryRun(bad, 2, suggestMapping(bad[2]!), { ...ctx, assignWorkNo: undefined });
    expect(r.errors.map((e) => [e.row, e.column, e.key, e.params])).toEqual([
      [4, '身份证号码', 'v.id.check', undefined],
      [6, '初领日期', 'import.e.badDate', { value: '2018.11.31' }],
      [8, '所属部门', 'import.e.unknownDepartment', { value: '后勤保障部' }],
      [9, '工号', 'import.e.duplicateWorkNo', { workNo: 'G4', firstRow: 5 }],
    ]);
    expect(r.valid).toHaveLength(56);
  });
});
