import { effectiveRules } from '../certificates/effective-rules';
import { loadRulePack } from '../certificates/load-rule-pack';
import { RuleOverride } from '../certificates/rule-pack';
import { AttendanceRow } from './attendance';

/** The shipped rules, with optional overrides of numeric rules (test helper). */
export function rulesWith(...overrides: [ruleId: string, value: number][]) {
  const parsed = overrides.map(([ruleId, value]) => RuleOverride.parse({ ruleId, value, by: '张安全', at: '2025-02-01', reason: '本省通知' }));
  return effectiveRules(loadRulePack(), parsed);
}

let n = 0;
/** An attendance row through the boundary schema; each call is a new session unless `sessionId` is given. */
export function row(date: string, type: AttendanceRow['type'], hours: number, extra: Partial<AttendanceRow> = {}): AttendanceRow {
  return AttendanceRow.parse({ sessionId: `s${++n}`, date, type, hours, ...extra });
}
