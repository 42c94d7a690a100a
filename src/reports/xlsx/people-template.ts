import type { TemplateColumn } from './template-columns';
import { sheetColumns } from './template-columns';
import { ALLOWED, templateNotes } from './template-notes';
import { writeWorkbook } from './write-workbook';

const DATE = '文本，如 2015-03-01（也可写 2015.03.01、2015年3月1日）';

/** The people template's columns, in sheet order. */
export const PEOPLE_TEMPLATE: readonly TemplateColumn[] = [
  { field: 'workNo', need: '选填，建议填写（留空则自动编号 R00001 起）', format: '字母、数字、- 或 _', note: '本单位内唯一；同一工号不能对应两个身份证号', example: 'A0001' },
  { field: 'name', need: '必填', format: '文字，最多 30 字', note: '', example: '王建国' },
  { field: 'idNumber', need: '必填', format: '18 位居民身份证号，末位可为 X', note: '按国家标准核对校验位与出生日期；已在册的人员按身份证号识别，不会重复建档', example: '32050519880615451X' },
  { field: 'sex', need: '选填', format: '男 或 女', note: '由身份证号自动得出；填写时须与身份证号一致', example: '男' },
  { field: 'department', need: '选填', format: '部门名称', note: '须与“设置 › 部门”中的名称一致；导入时可勾选“自动新建缺少的部门和岗位”', example: '生产一车间' },
  { field: 'post', need: '选填', format: '岗位名称', note: '须与“设置 › 岗位”中的名称一致（同上，可自动新建）', example: '电工' },
  { field: 'status', need: '选填（留空为在职）', format: ALLOWED.status, note: '', example: '在职' },
  { field: 'phone', need: '选填', format: '11 位手机号，或带区号的固定电话', note: '', example: '13812345678' },
  { field: 'hireDate', need: '选填', format: DATE, note: '不能晚于今天', example: '2012-03-01' },
  { field: 'education', need: '选填', format: ALLOWED.education, note: '', example: '高中' },
];

const RULES = [
  '第 1 行为表头，请勿修改列名；列的顺序可以调整，多余的列会被忽略。',
  '从第 2 行起每行一人；第 2 行是示例，导入前请改成实际人员或删除。',
  '身份证号、工号、日期等列已设为文本格式，请直接输入，避免 Excel 把身份证号变成科学计数法。',
  '导入前先“预检”：所有错误会按行号和列名列出；全部无误才会导入，导入要么全部写入，要么什么都不写。',
  '已在册的人员（身份证号相同）保留原档案不变；证书请用“证书导入模板”另行导入。',
];

/** 人员导入模板.xlsx: sheet 人员导入 (header, one example row, text-formatted entry rows) and sheet 说明. */
export function peopleTemplate(): Uint8Array {
  return writeWorkbook([
    { sheetName: '人员导入', columns: sheetColumns(PEOPLE_TEMPLATE), rows: [PEOPLE_TEMPLATE.map((c) => c.example)], blankRows: 500, filter: false },
    templateNotes(PEOPLE_TEMPLATE, RULES, false),
  ]);
}
