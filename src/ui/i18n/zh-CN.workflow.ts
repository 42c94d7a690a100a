/** zh-CN messages of the review workflow, deadlines, archive numbers and the working-day calendar (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_workflow = {
};
