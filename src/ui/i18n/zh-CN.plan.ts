/** zh-CN messages of annual and special training plans (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_plan = {
};
