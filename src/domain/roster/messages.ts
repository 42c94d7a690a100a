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
  'import.e.required': '“{column}”不能为空',
  'import.e.futureDate': '日期“{value}”晚于今天，请核对',
  'import.e.expiryBeforeIssue': '有效期至“{value}”不晚于初领日期“{first}”，请核对',
  'import.e.badStatus': '人员状态“{value}”无法识别，请填“在职”“离岗”或“离职”',
  'import.e.badEducation': '文化程度“{value}”无法识别，请填小学、初中、高中、中专/技校、大专、本科、硕士或博士',
  'import.e.badCertKind': '证书类别“{value}”无法识别，请填模板“说明”页列出的证书类别',
  'import.e.workNoOnFile': '工号“{workNo}”已是在册人员“{name}”的工号，但身份证号不同',
  'import.e.idOnFile': '该身份证号已在册（{name}，工号“{workNo}”），与本行工号不同',
  'import.e.duplicateCertNumber': '证书编号“{value}”与第 {firstRow} 行重复',
  'import.e.noHolderColumn': '导入证书需要“工号”或“身份证号”列，用来找到在册人员',
  'import.e.unknownWorkNo': '工号“{value}”不在人员档案中，请先导入或新增该人员',
  'import.e.unknownIdNumber': '该身份证号不在人员档案中，请先导入或新增该人员',
  'import.e.holderMismatch': '身份证号与工号“{workNo}”的在册人员（{name}）不符',
  'import.e.nameMismatch': '姓名“{value}”与工号“{workNo}”的在册人员（{name}）不符',
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
  'import.e.required': '“{column}” must not be empty',
  'import.e.futureDate': 'Date “{value}” is later than today; please check it',
  'import.e.expiryBeforeIssue': 'Valid until “{value}” is not after the first issue date “{first}”',
  'import.e.badStatus': 'Status “{value}” is not recognised; use 在职, 离岗 or 离职',
  'import.e.badEducation': 'Education “{value}” is not recognised; use one of the values on the template’s 说明 sheet',
  'import.e.badCertKind': 'Certificate kind “{value}” is not recognised; use one listed on the template’s 说明 sheet',
  'import.e.workNoOnFile': 'Work number “{workNo}” belongs to “{name}” on file, with a different ID number',
  'import.e.idOnFile': 'This ID number is on file ({name}, work number “{workNo}”) under another work number',
  'import.e.duplicateCertNumber': 'Certificate number “{value}” repeats row {firstRow}',
  'import.e.noHolderColumn': 'Importing certificates needs a 工号 or 身份证号 column to find the people on file',
  'import.e.unknownWorkNo': 'Work number “{value}” is not on file: import or add this person first',
  'import.e.unknownIdNumber': 'This ID number is not on file: import or add this person first',
  'import.e.holderMismatch': 'The ID number does not match the person on file with work number “{workNo}” ({name})',
  'import.e.nameMismatch': 'Name “{value}” does not match the person on file with work number “{workNo}” ({name})',
};
