/** zh-CN messages of certificate cards and 扫码核验 (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_verify = {
  'verify.title': '扫码核验',
} as const;
