/** zh-CN messages of the session editor, sign-in and assessment (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_session = {
};
