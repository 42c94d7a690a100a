/** zh-CN messages of PDF reports (dossier, 整改通知书, certificate cards) (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_pdf = {
  'pdf.generating': '正在生成 PDF…',
} as const;
