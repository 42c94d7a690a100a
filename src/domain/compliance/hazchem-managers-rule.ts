import { z } from 'zod';
import type { EffectiveRules } from '../certificates/effective-rules';
import { RULE_STATUSES, type RuleStatus } from '../certificates/rule-pack';

/** The rule pack's id of the number (an unverified app value, overridable in 设置 › 规则). */
export const HAZCHEM_MANAGERS_MIN_RULE = 'hazchem_manager_certificate.min_safety_managers';

/** A compliance rule as the check shows it: value, where it came from and how sure the data is. */
export const ComplianceRule = z.object({
  id: z.string().min(1),
  value: z.number().int().min(1),
  version: z.string().min(1),
  status: z.enum(RULE_STATUSES),
  source: z.string(),
  note: z.string().optional(),
});
export type ComplianceRule = z.output<typeof ComplianceRule> & { status: RuleStatus };

/** The rule in force (shipped pack + overrides). */
export function hazchemManagersMinRule(rules: EffectiveRules): ComplianceRule {
  const r = rules.get(HAZCHEM_MANAGERS_MIN_RULE);
  const { value } = rules.num(HAZCHEM_MANAGERS_MIN_RULE);
  return { id: r.id, value, version: r.version, status: r.status, source: r.source, ...(r.note ? { note: r.note } : {}) };
}
