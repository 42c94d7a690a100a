/** English messages of rule packs, overrides and reminders. */
export const en_rules: Record<string, string> = {
  'rules.title': 'Rules',
};
