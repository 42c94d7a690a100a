import { addMonths } from './date-math';
import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import type { RuleRef } from './rule-pack';

const RULE = 'special_operation_certificate.off_post_months_reexam';

/**
 * 离岗6个月以上 → practical re-exam before resuming (30号令; "以上" includes the bound, so exactly 6 months counts).
 * A period counts when from + N calendar months ≤ its end (today while still away) and no re-exam is recorded.
 */
export function practicalReexamRequired(
  offPost: Certificate['offPost'],
  today: string,
  rules: EffectiveRules,
): { required: boolean; ref: RuleRef } {
  const { value: months, ref } = rules.num(RULE);
  const required = offPost.some((p) => !p.reexamDate && addMonths(p.from, months) <= (p.to ?? today));
  return { required, ref };
}
