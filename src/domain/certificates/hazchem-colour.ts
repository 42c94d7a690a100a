import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import type { RuleRef } from './rule-pack';

/** Traffic light of a hazchem principal/manager certificate. */
export type HazchemColour = 'green' | 'yellow' | 'red';

/** Hazchem units are a high-risk industry (3号令 Art 9), and principals and managers share one row. */
const ANNUAL_HOURS_RULE = 'training.manager.high_risk.annual_hours';

/**
 * red: expired, cancelled or linked to an accident; yellow: hours entered for `today`'s calendar year are below
 * the annual re-training rule (no entry = 0 h), except in the year of first issue, which the initial training
 * covers; green otherwise.
 */
export function hazchemColour(
  cert: Certificate,
  today: string,
  expired: boolean,
  rules: EffectiveRules,
): { colour: HazchemColour; hoursThisYear: number; hoursRequired: number; ref: RuleRef } {
  const { value: hoursRequired, ref } = rules.num(ANNUAL_HOURS_RULE);
  const year = Number(today.slice(0, 4));
  const hoursThisYear = cert.retrainingHours.find((r) => r.year === year)?.hours ?? 0;
  const firstYear = Number(cert.firstIssueDate.slice(0, 4)) === year;
  const colour: HazchemColour =
    expired || cert.cancelled || cert.linkedToAccident ? 'red' : !firstYear && hoursThisYear < hoursRequired ? 'yellow' : 'green';
  return { colour, hoursThisYear, hoursRequired, ref };
}
