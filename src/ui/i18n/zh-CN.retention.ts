/** zh-CN messages of retention classes, destroy orders and destruction (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_retention = {
};
