import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import type { RuleRef } from './rule-pack';

/** Traffic light of a hazchem principal/manager certificate. */
export type HazchemColour = 'green' | 'yellow' | 'red';

/** Hazchem units are a high-risk industry (3号令 Art 9), and principals and managers share one row. */
const ANNUAL_HOURS_RULE = 'training.manager.high_risk.annual_hours';

/**
 * red: expired, cancelled or linked to an accident; yellow: re-training hours of `today`'s calendar year are below
 * the annual re-training rule, except in the year of first issue, which the initial training covers; green otherwise.
 * The year's hours are those entered on the certificate (training done elsewhere; no entry = 0 h) plus
 * `trainedHours`, the hours the holder's training records of that year count (hazchemTrainingHours: 再培训 and
 * 管理人员初训 sessions attended). The two add up: an entry on the card is outside training the records do not hold.
 */
export function hazchemColour(
  cert: Certificate,
  today: string,
  expired: boolean,
  rules: EffectiveRules,
  trainedHours = 0,
): { colour: HazchemColour; hoursThisYear: number; hoursRequired: number; ref: RuleRef } {
  const { value: hoursRequired, ref } = rules.num(ANNUAL_HOURS_RULE);
  const year = Number(today.slice(0, 4));
  const entered = cert.retrainingHours.find((r) => r.year === year)?.hours ?? 0;
  const hoursThisYear = Math.round((entered + trainedHours) * 10) / 10;
  const firstYear = Number(cert.firstIssueDate.slice(0, 4)) === year;
  const colour: HazchemColour =
    expired || cert.cancelled || cert.linkedToAccident ? 'red' : !firstYear && hoursThisYear < hoursRequired ? 'yellow' : 'green';
  return { colour, hoursThisYear, hoursRequired, ref };
}
