/** zh-CN messages of the hours ledger, shortfall list and quality metrics (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_ledger = {
};
