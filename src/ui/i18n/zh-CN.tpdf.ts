/** zh-CN messages of training PDFs (record, sign-in sheet, batch, 销毁确认单) (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_tpdf = {
  'tpdf.e.period': '结束日期不能早于开始日期',
  'tpdf.e.empty': '所选期间没有培训记录',
  'tpdf.e.tooMany': '所选期间有 {n} 条培训记录，一次最多导出 {max} 条；请缩短期间或按部门导出',
};
