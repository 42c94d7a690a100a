import type { EffectiveRules } from '../certificates/effective-rules';
import type { HazchemColour } from '../certificates/hazchem-colour';
import { certificateSchedule } from '../certificates/schedule';
import type { OrgProfile } from '../org';
import { hazchemManagersMinRule, type ComplianceRule } from './hazchem-managers-rule';
import { byHolder, latest, type ComplianceCertificate, type CompliancePerson, type ScheduleOf } from './inputs';
import { standing, type LapseReason } from './standing';

/** A person with a 危化品安全生产管理人员 certificate, counted or not. */
export type ManagerHolder = {
  personId: string;
  name: string;
  workNo: string;
  departmentId: string;
  certificateId: string;
  number: string;
  expiry: string | null;
  colour?: HazchemColour;
};

/** Why a certificate holder is not counted: not active (离岗/离职), or the certificate lapsed. */
export type NotCountedReason = 'inactive' | LapseReason;

/** The check where it applies. */
export type HazchemManagersCheck = {
  applicable: true;
  /** Why the check applies: the industry is 危险化学品, or the firm is flagged high-risk. */
  basis: 'industry' | 'high-risk';
  required: number;
  count: number;
  /** How many are missing (0 when ok). */
  short: number;
  ok: boolean;
  counted: ManagerHolder[];
  notCounted: (ManagerHolder & { reason: NotCountedReason })[];
  rule: ComplianceRule;
};
export type HazchemManagersResult = { applicable: false; reason: 'no-profile' | 'not-hazchem' } | HazchemManagersCheck;

/**
 * 危化品企业 ≥ N 名持证专职安全生产管理人员 (PRODUCT C4). Applies when the profile's industry is 'hazchem' or the
 * firm is flagged high-risk. Counts active people holding a 危化品安全生产管理人员 certificate that qualifies today
 * (standing() = 'held'); each person once. N comes from hazchemManagersMinRule (its status is part of the result).
 * Whether a holder works full-time in safety is not recorded, so the user confirms that from the names listed.
 */
export function hazchemManagers(
  org: Pick<OrgProfile, 'industry' | 'highRisk'> | undefined,
  people: readonly CompliancePerson[],
  certificates: readonly ComplianceCertificate[],
  today: string,
  rules: EffectiveRules,
  scheduleOf: ScheduleOf = (c) => certificateSchedule(c, today, rules),
): HazchemManagersResult {
  if (!org) return { applicable: false, reason: 'no-profile' };
  if (org.industry !== 'hazchem' && !org.highRisk) return { applicable: false, reason: 'not-hazchem' };
  const rule = hazchemManagersMinRule(rules);
  const certs = byHolder(certificates.filter((c) => c.kind === 'hazchem-manager'));
  const counted: ManagerHolder[] = [];
  const notCounted: (ManagerHolder & { reason: NotCountedReason })[] = [];
  for (const person of [...people].sort((a, b) => (a.workNo < b.workNo ? -1 : a.workNo > b.workNo ? 1 : 0))) {
    const mine = certs.get(person.id);
    if (!mine) continue;
    const held = mine.find((c) => standing(scheduleOf(c)) === 'held');
    const shown = held ?? latest(mine)!;
    const s = scheduleOf(shown);
    const holder: ManagerHolder = {
      personId: person.id, name: person.name, workNo: person.workNo, departmentId: person.departmentId,
      certificateId: shown.id, number: shown.number, expiry: s.expiry, ...(s.colour ? { colour: s.colour } : {}),
    };
    if (person.status !== 'active') notCounted.push({ ...holder, reason: 'inactive' });
    else if (held) counted.push(holder);
    else notCounted.push({ ...holder, reason: standing(s) as LapseReason });
  }
  const short = Math.max(0, rule.value - counted.length);
  return {
    applicable: true, basis: org.industry === 'hazchem' ? 'industry' : 'high-risk',
    required: rule.value, count: counted.length, short, ok: short === 0, counted, notCounted, rule,
  };
}
