/** zh-CN messages of training PDFs (record, sign-in sheet, batch, 销毁确认单) (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_tpdf = {
};
