/**
 * Messages of the roster import's own keys, with `{param}` placeholders. Keys of the person schema (v.*) are
 * the UI i18n's already. To be moved into ui/i18n by the lead; kept here so the domain tests can check coverage.
 */
export const ROSTER_MESSAGES_ZH = {
  'import.e.noHeader': '未找到表头行：请指定表头所在的行',
  'import.e.missingColumn': '缺少必需的列“{field}”：请在列对应中指定',
  'import.e.duplicateColumn': '列“{column}”同时对应了多个字段',
  'import.e.badDate': '日期“{value}”无法识别，请写成 2018-11-17、2018.11.17 或 2018年11月17日',
  'import.e.unknownDepartment': '部门“{value}”不存在，请先在组织机构中添加，或改为已有部门',
  'import.e.unknownPost': '岗位“{value}”不存在，请先在组织机构中添加，或改为已有岗位',
  'import.e.unknownCategory': '作业类别“{value}”不在特种作业目录中',
  'import.e.unknownItem': '准操项目“{value}”不属于作业类别“{category}”',
  'import.e.duplicateWorkNo': '工号“{workNo}”与第 {firstRow} 行重复，但身份证号不同',
  'import.e.duplicateIdNumber': '身份证号与第 {firstRow} 行相同，但工号不同',
  'import.e.sexMismatch': '性别“{value}”与身份证号不符（应为{expected}）',
  'import.e.badSex': '性别“{value}”无法识别，请填“男”或“女”',
  'import.e.noWorkNo': '缺少工号：表格中没有工号列时，需要先设置工号的生成方式',
} as const;

/** The keys the roster import adds (see ROSTER_MESSAGES_ZH). */
export type RosterMessageKey = keyof typeof ROSTER_MESSAGES_ZH;

/** English counterparts of ROSTER_MESSAGES_ZH, same keys and placeholders. */
export const ROSTER_MESSAGES_EN: Record<RosterMessageKey, string> = {
  'import.e.noHeader': 'No header row found: please choose the header row',
  'import.e.missingColumn': 'Required column “{field}” is missing: map it in the column mapping',
  'import.e.duplicateColumn': 'Column “{column}” is mapped to more than one field',
  'import.e.badDate': 'Date “{value}” is not recognised; write it as 2018-11-17, 2018.11.17 or 2018年11月17日',
  'import.e.unknownDepartment': 'Department “{value}” does not exist: add it first or use an existing one',
  'import.e.unknownPost': 'Post “{value}” does not exist: add it first or use an existing one',
  'import.e.unknownCategory': 'Operation category “{value}” is not in the special-operations catalog',
  'import.e.unknownItem': 'Item “{value}” does not belong to category “{category}”',
  'import.e.duplicateWorkNo': 'Work number “{workNo}” repeats row {firstRow} with a different ID number',
  'import.e.duplicateIdNumber': 'ID number repeats row {firstRow} with a different work number',
  'import.e.sexMismatch': 'Sex “{value}” does not match the ID number (should be {expected})',
  'import.e.badSex': 'Sex “{value}” is not recognised; use 男 or 女',
  'import.e.noWorkNo': 'No work number: without a 工号 column, set how work numbers are assigned first',
};
