/** zh-CN messages of training list, session types and core validation (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_training = {
};
