import type { EffectiveRules } from '../certificates/effective-rules';
import type { RuleRef, RuleStatus } from '../certificates/rule-pack';
import { HIGH_RISK_INDUSTRIES, type OrgProfile } from '../org';
import type { RequirementKind } from './attendance';
import { worstStatus } from './worst-status';

/** 主要负责人/安全生产管理人员 ('manager') or 从业人员 ('worker'). */
export const TRAINING_ROLES = ['manager', 'worker'] as const;
export type TrainingRole = (typeof TRAINING_ROLES)[number];

/** What the hours rules read of a person. */
export type TrainingProfile = {
  role: TrainingRole;
  /** First day in the role, YYYY-MM-DD (hire date; for a manager the appointment). Absent = in the role for years. */
  startDate?: string;
  /** Due dates of the person's special-operations reviews and renewals (复审 / 延期复审), any year. */
  reviewDates?: readonly string[];
};

/** What they read of the enterprise. */
export type TrainingOrg = Pick<OrgProfile, 'industry' | 'highRisk'>;

/** The rule set of training-hours.json that applies: `training.<track>.{initial,annual}_hours`. */
export type TrainingTrack =
  | 'manager.general'
  | 'manager.high_risk'
  | 'new_worker.general'
  | 'new_worker.high_risk'
  | 'construction_new_worker.construction';

/** One required amount of hours, with the rule it comes from (its status shows how sure the data is). */
export type HoursRequirementItem = {
  kind: RequirementKind;
  hours: number;
  rule: RuleRef;
  /** The rule's own note (why it is unverified or contradictory), if any. */
  note?: string;
  /** For 'review': the review it prepares for (the training must come before it). */
  dueDate?: string;
};

/** Required hours of one person in one calendar year. */
export type HoursRequirement = {
  year: number;
  track: TrainingTrack;
  /** Started in the role this year: initial training instead of annual re-training. */
  newThisYear: boolean;
  /** Empty when the person starts in the role after this year. */
  items: HoursRequirementItem[];
  /** The least sure status of the rules used ('verified' when there are no items). */
  status: RuleStatus;
};

/** 3号令 names the high-risk industries; the profile's flag adds firms the user marks by hand (as hazchemManagers). */
function trackOf(role: TrainingRole, org: TrainingOrg): TrainingTrack {
  const highRisk = org.highRisk || HIGH_RISK_INDUSTRIES.includes(org.industry);
  if (role === 'manager') return highRisk ? 'manager.high_risk' : 'manager.general';
  if (highRisk) return 'new_worker.high_risk';
  return org.industry === 'construction' ? 'construction_new_worker.construction' : 'new_worker.general';
}

/**
 * The hours a person must train in calendar year `year` (PRODUCT T9; domain README §4, §2), all numbers from the
 * rules in force (shipped pack + local overrides):
 * 1. Track: manager or worker × high-risk (industry or flag) / construction (workers only; high-risk wins, the
 *    stricter rule) / general.
 * 2. Started in the role this year → the track's initial hours; otherwise its annual re-training hours. App
 *    decision: annual re-training starts the year after the start year, since the initial training covers that year.
 * 3. Each special-operations review or renewal due this year → its own review training
 *    (`special_operation_certificate.review_training_hours_min`), also for managers who hold such a card.
 * A person who starts after `year` owes nothing that year.
 */
export function hoursRequirement(profile: TrainingProfile, org: TrainingOrg, year: number, rules: EffectiveRules): HoursRequirement {
  const track = trackOf(profile.role, org);
  const startYear = profile.startDate ? Number(profile.startDate.slice(0, 4)) : -Infinity;
  const newThisYear = startYear === year;
  const items: HoursRequirementItem[] = [];
  const item = (kind: RequirementKind, ruleId: string, dueDate?: string): HoursRequirementItem => {
    const { value, ref } = rules.num(ruleId);
    const note = rules.get(ruleId).note;
    return { kind, hours: value, rule: ref, ...(note ? { note } : {}), ...(dueDate ? { dueDate } : {}) };
  };
  if (startYear <= year) {
    items.push(item(newThisYear ? 'initial' : 'annual', `training.${track}.${newThisYear ? 'initial' : 'annual'}_hours`));
    const due = [...new Set(profile.reviewDates ?? [])].filter((d) => d.startsWith(`${year}-`)).sort();
    for (const d of due) items.push(item('review', 'special_operation_certificate.review_training_hours_min', d));
  }
  return { year, track, newThisYear, items, status: worstStatus(items.map((i) => i.rule.status)) };
}
