/** zh-CN messages of the sync area (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_sync = {
} as const;
