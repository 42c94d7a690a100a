import { describe, expect, it } from 'vitest';
import { suggestMapping } from './column-map';
import { dryRun } from './dry-run';
import { suggestMode } from './import-mode';
import type { RosterContext } from './types';

const ctx: RosterContext = {
  departmentsByName: new Map(),
  postsByName: new Map(),
  existingPeople: new Map([
    ['A001', { id: 'p-1', workNo: 'A001', idNumber: '11010519491231002X', name: '张三' }],
    ['A002', { id: 'p-2', workNo: 'A002', idNumber: '110105198001010016', name: '王五' }],
  ]),
  lookupCategory: (s) => (s === '电工作业' || s === '1' ? '1' : undefined),
  lookupItem: (s, c) => (c === '1' && (s === '高压电工作业' || s === '1.1') ? '1.1' : undefined),
  today: '2026-03-01',
};
const HEADER = ['工号', '姓名', '身份证号', '证书类别', '证书名称', '作业类别', '准操项目', '证书编号', '发证机关', '初领日期', '有效期至'];
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    工号: 'A001', 姓名: '张三', 身份证号: '', 证书类别: '', 证书名称: '', 作业类别: '电工作业', 准操项目: '高压电工作业',
    证书编号: 'T11010519491231002X', 发证机关: '苏州市应急管理局', 初领日期: '2020-06-01', 有效期至: '2026-06-01',
  };
  return HEADER.map((h) => over[h] ?? base[h]!);
};
const run = (...data: string[][]) => dryRun([HEADER, ...data], 0, suggestMapping(HEADER), ctx, 'certificates');
const errs = (...data: string[][]) => run(...data).errors.map((e) => [e.row, e.column, e.key, e.params]);

describe('dryRun, certificates for people on file', () => {
  it('finds the holder by 工号 or by 身份证号 and reads every kind of certificate', () => {
    const r = run(
      row(),
      row({ 工号: '', 姓名: '', 身份证号: '110105198001010016', 作业类别: '1', 准操项目: '1.1', 证书编号: 'T2' }),
      row({ 工号: 'A002', 姓名: '王五', 证书类别: '危化品安全管理人员合格证', 作业类别: '', 准操项目: '', 证书编号: 'AQ-1' }),
      row({ 工号: 'A002', 姓名: '', 证书类别: '其他', 证书名称: '叉车司机证', 作业类别: '', 准操项目: '', 证书编号: 'N2' }),
    );
    expect(r.errors).toEqual([]);
    expect(r.valid.map((v) => [v.kind, v.kind === 'certificate' ? v.personId : '', v.certificate?.kind, v.certificate?.item ?? ''])).toEqual([
      ['certificate', 'p-1', 'special-operations', '1.1'],
      ['certificate', 'p-2', 'special-operations', '1.1'],
      ['certificate', 'p-2', 'hazchem-manager', ''],
      ['certificate', 'p-2', 'other', ''],
    ]);
  });

  it('reports an unknown 工号 or ID number, and a 身份证号 or 姓名 that does not match the person found', () => {
    expect(errs(
      row({ 工号: 'A404' }),
      row({ 工号: '', 姓名: '', 身份证号: '110105198001010024', 证书编号: 'T2' }),
      row({ 身份证号: '110105198001010016', 证书编号: 'T3' }),
      row({ 姓名: '张山', 证书编号: 'T4' }),
      row({ 工号: '', 姓名: '', 证书编号: 'T5' }),
    )).toEqual([
      [2, '工号', 'import.e.unknownWorkNo', { value: 'A404' }],
      [3, '身份证号', 'import.e.unknownIdNumber', undefined],
      [4, '身份证号', 'import.e.holderMismatch', { workNo: 'A001', name: '张三' }],
      [5, '姓名', 'import.e.nameMismatch', { value: '张山', name: '张三', workNo: 'A001' }],
      [6, '工号', 'import.e.required', { column: '工号' }],
    ]);
  });

  it('reports an unknown 证书类别, a missing 证书名称 for another kind, and a repeated certificate number', () => {
    expect(errs(
      row({ 证书类别: '驾驶证' }),
      row({ 证书类别: '其他证书', 作业类别: '', 准操项目: '', 证书编号: 'N1' }),
      row({ 证书编号: 'T11010519491231002X' }),
    )).toEqual([
      [2, '证书类别', 'import.e.badCertKind', { value: '驾驶证' }],
      [3, '证书名称', 'import.e.required', { column: '证书名称' }],
      [4, '证书编号', 'import.e.duplicateCertNumber', { value: 'T11010519491231002X', firstRow: 2 }],
    ]);
  });

  it('needs a 工号 or 身份证号 column, and the certificate columns', () => {
    const r = dryRun([['姓名', '证书编号'], ['张三', 'T1']], 0, { name: 0, certNumber: 1 }, ctx, 'certificates');
    expect(r.errors.map((e) => [e.key, e.params?.field ?? ''])).toEqual([
      ['import.e.missingColumn', '作业类别'], ['import.e.missingColumn', '准操项目'], ['import.e.missingColumn', '发证机关'],
      ['import.e.missingColumn', '初领日期'], ['import.e.noHolderColumn', ''],
    ]);
  });

  it('is the suggested mode for the certificates template and for sheets that cannot create people', () => {
    expect(suggestMode('证书导入', suggestMapping(HEADER))).toBe('certificates');
    expect(suggestMode('Sheet1', suggestMapping(['工号', '证书编号', '作业类别']))).toBe('certificates');
    expect(suggestMode('特种作业人员台账', suggestMapping(HEADER))).toBe('people');
    expect(suggestMode('Sheet1', suggestMapping(['工号', '姓名', '身份证号', '证书编号']))).toBe('people');
  });
});
