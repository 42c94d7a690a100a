/** zh-CN messages of the certificates page, compliance (无证上岗, 危化品安管人员) and queries (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_certlist = {
  'certlist.title': '证书',
} as const;
