import type { RuleStatus } from '../certificates/rule-pack';

const RANK: Record<RuleStatus, number> = { verified: 0, unverified: 1, contradictory: 2 };

/** The least sure of some rule statuses ('verified' when there are none): a result is only as sure as its rules. */
export function worstStatus(statuses: Iterable<RuleStatus>): RuleStatus {
  let worst: RuleStatus = 'verified';
  for (const s of statuses) if (RANK[s] > RANK[worst]) worst = s;
  return worst;
}
