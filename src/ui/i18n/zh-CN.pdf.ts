/** zh-CN messages of PDF reports (dossier, 整改通知书, certificate cards) (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_pdf = {
  'pdf.generating': '正在生成 PDF…',
  'pdf.exportDossier': '导出档案 PDF',
  'pdf.file.dossier': '{name}（{workNo}）人员档案-{date}.pdf',
  'pdf.e.fontOffline': '首次生成 PDF 需联网下载中文字体（约 10 MB），请联网后重试；下载后可离线使用',
  'pdf.e.fontFetch': '中文字体下载失败（HTTP {status}），请稍后重试',
  'pdf.e.deadlinePast': '整改期限不能早于今天',
} as const;
