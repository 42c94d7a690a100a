/** zh-CN messages of rule packs, overrides and reminders (spread into zh-CN.ts; kept apart so areas are edited independently). */
export const zhCN_rules = {
  'rules.title': '规则',
} as const;
