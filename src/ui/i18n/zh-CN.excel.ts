/** zh-CN messages of Excel templates and export (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_excel = {
  'excel.export': '导出 Excel',
} as const;
