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
  existingPeople: new Map([['A900', { id: 'p-900', workNo: 'A900', idNumber: '110105198001010016', name: '王五' }]]),
  lookupCategory: (s) => (s === '电工作业' ? '1' : undefined),
  lookupItem: (s, c) => (c === '1' && s === '高压电工作业' ? '1.1' : undefined),
  today: '2026-03-01',
};
const HEADER = ['工号', '姓名', '性别', '身份证号', '部门', '岗位', '作业类别', '准操项目', '证书编号', '初领日期', '有效期至', '发证机关'];
const row = (over: Partial<Record<string, string>> = {}) => {
  const id = over['身份证号'] ?? '11010519491231002x';
  const base: Record<string, string> = {
    工号: 'A001', 姓名: '张三', 性别: '女', 身份证号: id, 部门: '生产一车间', 岗位: '电工',
    作业类别: '电工作业', 准操项目: '高压电工作业', 证书编号: `T${id.toUpperCase()}`, 初领日期: '2018.11.17', 有效期至: '2024.11.17', 发证机关: '苏州市应急管理局',
  };
  return HEADER.map((h) => over[h] ?? base[h]!);
};
const sheet = (...data: string[][]) => [['某公司特种作业人员台账'], HEADER, ...data];
const run = (rows: string[][], c: RosterContext = ctx) => dryRun(rows, 1, suggestMapping(HEADER), c);
/** [row, column, key, params] of every error. */
const errs = (rows: string[][], c: RosterContext = ctx) => run(rows, c).errors.map((e) => [e.row, e.column, e.key, e.params]);

describe('dryRun', () => {
  it('passes a good row, cleaned and resolved', () => {
    const r = run(sheet(row()));
    expect(r.errors).toEqual([]);
    expect(r.valid[0]).toMatchObject({
      kind: 'person', row: 3, sex: 'F',
      person: { workNo: 'A001', idNumber: '11010519491231002X', departmentId: DEPT, postId: POST, status: 'active' },
      certificate: { category: '1', item: '1.1', firstIssueDate: '2018-11-17', validityEnd: '2024-11-17' },
    });
  });

  it('lists every problem of every row with sheet row, column and key, and throws nothing', () => {
    const rows = sheet(
      row({ 身份证号: '110105194912310021', 初领日期: '2018.02.30' }), // check digit should be X
      row({ 工号: 'A002', 身份证号: '110105198001010024', 部门: '后勤部', 岗位: '保安', 准操项目: '登高架设作业' }),
      row({ 工号: 'A003', 身份证号: '110105198001010032', 性别: '女', 作业类别: '飞行作业', 姓名: '' }),
    );
    expect(errs(rows)).toEqual([
      [3, '身份证号', 'v.id.check', undefined],
      [3, '初领日期', 'import.e.badDate', { value: '2018.02.30' }],
      [4, '部门', 'import.e.unknownDepartment', { value: '后勤部' }],
      [4, '岗位', 'import.e.unknownPost', { value: '保安' }],
      [4, '准操项目', 'import.e.unknownItem', { value: '登高架设作业', category: '电工作业' }],
      [5, '姓名', 'import.e.required', { column: '姓名' }],
      [5, '性别', 'import.e.sexMismatch', { value: '女', expected: '男' }],
      [5, '作业类别', 'import.e.unknownCategory', { value: '飞行作业' }],
    ]);
    expect(run(rows).valid).toEqual([]);
  });

  it('reports a bad ID number: check digit, length, birth date, province', () => {
    expect(errs(sheet(row({ 身份证号: '110105194912310021' })))).toEqual([[3, '身份证号', 'v.id.check', undefined]]);
    expect(errs(sheet(row({ 身份证号: '11010519491231002' })))).toEqual([[3, '身份证号', 'v.id.format', undefined]]);
    expect(errs(sheet(row({ 身份证号: '110101199902300017' })))).toEqual([[3, '身份证号', 'v.id.date', undefined]]);
    expect(errs(sheet(row({ 身份证号: '990101199001010018' })))).toEqual([[3, '身份证号', 'v.id.province', undefined]]);
  });

  it('reports an unknown department unless it is to be created', () => {
    expect(errs(sheet(row({ 部门: '仓储部' })))).toEqual([[3, '部门', 'import.e.unknownDepartment', { value: '仓储部' }]]);
    const creating = { ...ctx, departmentsByName: new Map([...ctx.departmentsByName, ['仓储部', DEPT]]) };
    expect(errs(sheet(row({ 部门: '仓储部' })), creating)).toEqual([]);
  });

  it('reports a 工号 used twice for two people in the file, but not one person with two certificates', () => {
    expect(errs(sheet(row(), row({ 身份证号: '110105198001010024' })))).toEqual([
      [4, '工号', 'import.e.duplicateWorkNo', { workNo: 'A001', firstRow: 3 }],
    ]);
    const twoCerts = run(sheet(row(), row({ 证书编号: 'X2', 准操项目: '高压电工作业' })));
    expect(twoCerts.errors).toEqual([]);
    expect(twoCerts.valid).toHaveLength(2);
  });

  it('reports a 工号 or ID number that belongs to someone else on file', () => {
    expect(errs(sheet(row({ 工号: 'A900' })))).toEqual([[3, '工号', 'import.e.workNoOnFile', { workNo: 'A900', name: '王五' }]]);
    expect(errs(sheet(row({ 工号: 'A006', 身份证号: '110105198001010016', 性别: '男' })))).toEqual([
      [3, '身份证号', 'import.e.idOnFile', { workNo: 'A900', name: '王五' }],
    ]);
    // The person on file again under the same 工号: no clash (their certificate is added).
    expect(errs(sheet(row({ 工号: 'A900', 身份证号: '110105198001010016', 性别: '男' })))).toEqual([]);
  });

  it('reports an ID number twice with two 工号, and a certificate number twice', () => {
    expect(errs(sheet(row(), row({ 工号: 'A002', 证书编号: 'X2' })))).toEqual([[4, '身份证号', 'import.e.duplicateIdNumber', { firstRow: 3 }]]);
    expect(errs(sheet(row(), row({ 工号: 'A002', 身份证号: '110105198001010024', 证书编号: 'T11010519491231002X' })))).toEqual([
      [4, '证书编号', 'import.e.duplicateCertNumber', { value: 'T11010519491231002X', firstRow: 3 }],
    ]);
  });

  it('reports unreadable, impossible, future and out-of-order dates', () => {
    expect(errs(sheet(row({ 初领日期: '去年三月' })))).toEqual([[3, '初领日期', 'import.e.badDate', { value: '去年三月' }]]);
    expect(errs(sheet(row({ 初领日期: '2019年2月29日' })))).toEqual([[3, '初领日期', 'import.e.badDate', { value: '2019年2月29日' }]]);
    expect(errs(sheet(row({ 初领日期: '2026.05.01', 有效期至: '2032.05.01' })))).toEqual([[3, '初领日期', 'import.e.futureDate', { value: '2026-05-01' }]]);
    expect(errs(sheet(row({ 有效期至: '2017.11.17' })))).toEqual([
      [3, '有效期至', 'import.e.expiryBeforeIssue', { value: '2017-11-17', first: '2018-11-17' }],
    ]);
  });

  it('reports an unknown catalog category and an item outside its category', () => {
    expect(errs(sheet(row({ 作业类别: '飞行作业' })))).toEqual([[3, '作业类别', 'import.e.unknownCategory', { value: '飞行作业' }]]);
    expect(errs(sheet(row({ 准操项目: '登高架设作业' })))).toEqual([[3, '准操项目', 'import.e.unknownItem', { value: '登高架设作业', category: '电工作业' }]]);
  });

  it('reports every missing required cell by its column', () => {
    expect(errs(sheet(row({ 姓名: '', 身份证号: '', 证书编号: '', 发证机关: '', 初领日期: '', 准操项目: '' })))).toEqual([
      [3, '姓名', 'import.e.required', { column: '姓名' }],
      [3, '身份证号', 'import.e.required', { column: '身份证号' }],
      [3, '准操项目', 'import.e.required', { column: '准操项目' }],
      [3, '证书编号', 'import.e.required', { column: '证书编号' }],
      [3, '初领日期', 'import.e.required', { column: '初领日期' }],
      [3, '发证机关', 'import.e.required', { column: '发证机关' }],
    ]);
    expect(errs(sheet(row({ 工号: '' })))).toEqual([[3, '工号', 'import.e.required', { column: '工号' }]]);
  });

  it('ignores blank rows and a closing note, but not a half-filled row', () => {
    const r = run(sheet(row(), ['', ''], [], ['说明：有效期6年']));
    expect(r).toMatchObject({ errors: [], ignoredRows: [4, 5, 6] });
    expect(run(sheet(row(), ['A002', '李四'])).errors).toContainEqual({ row: 4, column: '身份证号', field: 'idNumber', key: 'import.e.required', params: { column: '身份证号' } });
  });

  it('takes a row without certificate cells as a person only', () => {
    const r = run(sheet(row({ 作业类别: '', 准操项目: '', 证书编号: '', 初领日期: '', 有效期至: '', 发证机关: '' })));
    expect(r.errors).toEqual([]);
    expect(r.valid[0]).toMatchObject({ kind: 'person', person: { workNo: 'A001' } });
    expect(r.valid[0]).not.toHaveProperty('certificate');
  });

  it('refuses a mapping without a required column or a way to get 工号', () => {
    const r = dryRun(sheet(row()), 1, { name: 1, idNumber: 3, category: 6, certNumber: 8, firstIssue: 9, authority: 11 }, ctx);
    expect(r.errors.map((e) => [e.row, e.key, e.params?.field])).toEqual([[2, 'import.e.missingColumn', '准操项目'], [2, 'import.e.noWorkNo', undefined]]);
  });

  it('assigns 工号 through the context when the ledger has none', () => {
    const noWorkNo = { ...suggestMapping(HEADER), workNo: undefined };
    const r = dryRun(sheet(row({ 工号: '' })), 1, noWorkNo, { ...ctx, assignWorkNo: (id) => `W${id.slice(-6)}` });
    expect(r.valid[0]).toMatchObject({ kind: 'person', person: { workNo: 'W31002X' } });
    // A bad ID number is the row's one error: the 工号 it would have been given is not reported as missing.
    const bad = dryRun(sheet(row({ 工号: '', 身份证号: '110105194912310021' })), 1, noWorkNo, { ...ctx, assignWorkNo: (id) => `W${id.slice(-6)}` });
    expect(bad.errors.map((e) => [e.column, e.key])).toEqual([['身份证号', 'v.id.check']]);
  });

  it('reads 人员状态, 手机号, 入职日期 and 文化程度, and reports values it cannot read', () => {
    const header = ['工号', '姓名', '身份证号', '人员状态', '手机号', '入职日期', '文化程度'];
    const r = (cells: string[]) => dryRun([header, cells], 0, suggestMapping(header), ctx);
    expect(r(['A001', '张三', '11010519491231002X', '离岗', '138 0013 8000', '2020/3/1', '中专']).valid[0]).toMatchObject({
      person: { status: 'away', phone: '13800138000', hireDate: '2020-03-01', education: 'vocational' },
    });
    expect(r(['A001', '张三', '11010519491231002X', '退休', '1380013', '2027-01-01', '大学肄业']).errors.map((e) => [e.column, e.key])).toEqual([
      ['人员状态', 'import.e.badStatus'], ['手机号', 'v.phone'], ['入职日期', 'import.e.futureDate'], ['文化程度', 'import.e.badEducation'],
    ]);
  });

  it('has a Chinese and an English message for every key it raises', () => {
    expect(Object.keys(ROSTER_MESSAGES_EN).sort()).toEqual(Object.keys(ROSTER_MESSAGES_ZH).sort());
  });
});
