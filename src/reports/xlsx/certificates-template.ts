import type { TemplateColumn } from './template-columns';
import { sheetColumns } from './template-columns';
import { ALLOWED, templateNotes } from './template-notes';
import { writeWorkbook } from './write-workbook';

const DATE = '文本，如 2021-06-15（也可写 2021.06.15、2021年6月15日）';

/** The certificates template's columns, in sheet order. */
export const CERTIFICATES_TEMPLATE: readonly TemplateColumn[] = [
  { field: 'workNo', need: '必填（或填写身份证号）', format: '在册人员的工号', note: '按工号找到人员档案；工号不存在时报错，请先导入人员', example: 'A0001' },
  { field: 'name', need: '选填', format: '文字', note: '用于核对：填写时须与该工号的在册姓名一致', example: '王建国' },
  { field: 'idNumber', need: '选填', format: '18 位居民身份证号', note: '不填工号时按身份证号找人；两者都填时须为同一人', example: '' },
  { field: 'certKind', need: '选填（留空为特种作业操作证）', format: ALLOWED.certKind, note: '“其他证书”须同时填写证书名称', example: '特种作业操作证' },
  { field: 'kindName', need: '证书类别为“其他证书”时必填', format: '文字，如 特种设备作业人员证', note: '', example: '' },
  { field: 'category', need: '特种作业操作证必填', format: '作业类别名称或代码，如 电工作业 或 1', note: '见下方“特种作业目录”', example: '电工作业' },
  { field: 'item', need: '特种作业操作证必填', format: '准操项目名称或代码，如 低压电工作业 或 1.2', note: '须属于所填的作业类别', example: '低压电工作业' },
  { field: 'certNumber', need: '必填', format: '文字；特种作业操作证一般为 T + 身份证号', note: '同一证书编号再次导入时更新该证书，不会重复', example: 'T32050519880615451X' },
  { field: 'authority', need: '必填', format: '文字，最多 100 字', note: '', example: '苏州市应急管理局' },
  { field: 'firstIssue', need: '必填', format: DATE, note: '初次领证日期，不能晚于今天；复审与有效期按规则自动计算', example: '2021-06-15' },
  { field: 'validUntil', need: '选填', format: DATE, note: '证书上印的有效期截止日期；须晚于初领日期', example: '2027-06-15' },
];

const RULES = [
  '第 1 行为表头，请勿修改列名；列的顺序可以调整，多余的列会被忽略。',
  '从第 2 行起每行一张证书；一人有多张证书时写多行。第 2 行是示例，导入前请改成实际证书或删除。',
  '只为已在册的人员导入证书：人员请先用“人员导入模板”导入或在系统中新增。',
  '工号、身份证号、证书编号、日期等列已设为文本格式，请直接输入。',
  '导入前先“预检”：所有错误会按行号和列名列出；全部无误才会导入，导入要么全部写入，要么什么都不写。',
];

/** 证书导入模板.xlsx: sheet 证书导入 (header, one example row, text-formatted entry rows) and sheet 说明 with the catalog. */
export function certificatesTemplate(): Uint8Array {
  return writeWorkbook([
    { sheetName: '证书导入', columns: sheetColumns(CERTIFICATES_TEMPLATE), rows: [CERTIFICATES_TEMPLATE.map((c) => c.example)], blankRows: 500, filter: false },
    templateNotes(CERTIFICATES_TEMPLATE, RULES, true),
  ]);
}
