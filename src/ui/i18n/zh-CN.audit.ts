/** zh-CN messages of the audit area (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_audit = {
} as const;
