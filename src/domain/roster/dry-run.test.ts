import { describe, expect, it } from 'vitest';
import type { DepartmentId, PostId } from '../ids';
import { suggestMapping } from './column-map';
import { dryRun } from './dry-run';
import { ROSTER_MESSAGES_EN, ROSTER_MESSAGES_ZH } from './messages';
import type { RosterContext } from './types';

const DEPT = '01890000-0000-7000-8000-000000000001' as DepartmentId;
const POST = '01890000-0000-7000-8000-000000000002' as PostId;
const ctx: RosterContext = {
  departmentsByName: new Map([['生产一车间', DEPT]]),
  postsByName: new Map([['电工', POST]]),
  existingWorkNos: new Map([['A900', '110105198001010016']]),
  lookupCategory: (s) => (s === '电工作业' ? '1' : undefined),
  lookupItem: (s, c) => (c === '1' && s === '高压电工作业' ? '1.1' : undefined),
};
const HEADER = ['工号', '姓名', '性别', '身份证号', '部门', '岗位', '作业类别', '准操项目', '证书编号', '初领日期', '有效期至', '发证机关'];
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    工号: 'A001', 姓名: '张三', 性别: '女', 身份证号: '11010519491231002x', 部门: '生产一车间', 岗位: '电工',
    作业类别: '电工作业', 准操项目: '高压电工作业', 证书编号: 'T11010519491231002X', 初领日期: '2018.11.17', 有效期至: '2024.11.17', 发证机关: '苏州市应急管理局',
  };
  return HEADER.map((h) => over[h] ?? base[h]!);
};
const sheet = (...data: string[][]) => [['某公司特种作业人员台账'], HEADER, ...data];
const run = (rows: string[][], c: RosterContext = ctx) => dryRun(rows, 1, suggestMapping(HEADER), c);

describe('dryRun', () => {
  it('passes a good row, cleaned and resolved', () => {
    const r = run(sheet(row()));
    expect(r.errors).toEqual([]);
    expect(r.valid[0]).toMatchObject({
      row: 3, sex: 'F',
      person: { workNo: 'A001', idNumber: '11010519491231002X', departmentId: DEPT, postId: POST, status: 'active' },
      certificate: { category: '1', item: '1.1', firstIssueDate: '2018-11-17', validityEnd: '2024-11-17' },
    });
  });

  it('lists every problem of every row with sheet row, column and key, and throws nothing', () => {
    const r = run(sheet(
      row({ 身份证号: '110105194912310021', 初领日期: '2018.02.30' }), // check digit should be X
      row({ 工号: 'A002', 身份证号: '110105198001010024', 部门: '后勤部', 岗位: '保安', 准操项目: '登高架设作业' }),
      row({ 工号: 'A900', 性别: '男' }),
      row({ 工号: 'A006', 身份证号: '110105198001010016', 性别: '男', 作业类别: '飞行作业', 姓名: '' }),
    ));
    expect(r.valid).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.column, e.key, e.params])).toEqual([
      [3, '身份证号', 'v.id.check', undefined],
      [3, '初领日期', 'import.e.badDate', { value: '2018.02.30' }],
      [4, '部门', 'import.e.unknownDepartment', { value: '后勤部' }],
      [4, '岗位', 'import.e.unknownPost', { value: '保安' }],
      [4, '准操项目', 'import.e.unknownItem', { value: '登高架设作业', category: '电工作业' }],
      [5, '工号', 'v.workNo.taken', { workNo: 'A900' }],
      [5, '性别', 'import.e.sexMismatch', { value: '男', expected: '女' }],
      [6, '姓名', 'v.required', undefined],
      [6, '作业类别', 'import.e.unknownCategory', { value: '飞行作业' }],
    ]);
  });

  it('reports a 工号 used twice for two people, but not one person with two certificates', () => {
    const twoPeople = run(sheet(row(), row({ 身份证号: '110105198001010024' })));
    expect(twoPeople.errors).toEqual([
      { row: 4, column: '工号', field: 'workNo', key: 'import.e.duplicateWorkNo', params: { workNo: 'A001', firstRow: 3 } },
    ]);
    const twoCerts = run(sheet(row(), row({ 证书编号: 'X2' })));
    expect(twoCerts.errors).toEqual([]);
    expect(twoCerts.valid).toHaveLength(2);
  });

  it('ignores blank rows and a closing note, but not a half-filled row', () => {
    const r = run(sheet(row(), ['', ''], [], ['说明：有效期6年']));
    expect(r).toMatchObject({ errors: [], ignoredRows: [4, 5, 6] });
    expect(run(sheet(row(), ['', '李四'])).errors).toContainEqual({ row: 4, column: '身份证号', field: 'idNumber', key: 'v.required' });
  });

  it('refuses a mapping without a required column or a way to get 工号', () => {
    const r = dryRun(sheet(row()), 1, { name: 1, idNumber: 3, category: 6 }, ctx);
    expect(r.errors.map((e) => [e.row, e.key, e.params?.field])).toEqual([[2, 'import.e.missingColumn', '准操项目'], [2, 'import.e.noWorkNo', undefined]]);
  });

  it('assigns 工号 through the context when the ledger has none', () => {
    const noWorkNo = { ...suggestMapping(HEADER), workNo: undefined };
    const r = dryRun(sheet(row({ 工号: '' })), 1, noWorkNo, { ...ctx, assignWorkNo: (id) => `W${id.slice(-6)}` });
    expect(r.valid[0]?.person.workNo).toBe('W31002X');
  });

  it('has a Chinese and an English message for every key it raises', () => {
    expect(Object.keys(ROSTER_MESSAGES_EN).sort()).toEqual(Object.keys(ROSTER_MESSAGES_ZH).sort());
  });
});
