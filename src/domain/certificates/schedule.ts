import { addDays, addYears, daysBetween } from './date-math';
import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import { hazchemColour, type HazchemColour } from './hazchem-colour';
import { practicalReexamRequired } from './off-post';
import { reviewStanding } from './operation-reviews';
import { reminderBucket, type ReminderBucket } from './reminder-bucket';
import type { RuleRef } from './rule-pack';

/** 有效 / 待复审 (window open) / 复审逾期(失效) / 已过期 / 注销. */
export const CERT_STATES = ['valid', 'review-due', 'review-overdue', 'expired', 'cancelled'] as const;
export type CertState = (typeof CERT_STATES)[number];

/** Everything the ledger shows about a certificate on one day; `rules` lists each rule id + version used. */
export type CertSchedule = {
  state: CertState;
  /** Last valid day: the card's validity end if entered, else start + validity years. */
  expiry: string | null;
  /** Next due event: a periodic review (复审), or the renewal (延期复审/换证) at expiry. Past when overdue. */
  nextReviewDue: string | null;
  nextEvent: 'review' | 'renewal' | null;
  /** First day of the application window before `nextReviewDue` ([due − N days, due]). */
  windowStart: string | null;
  daysUntilDue: number | null;
  bucket: ReminderBucket;
  /** Special operations only: away from the post ≥ 6 months with no practical re-exam recorded. */
  practicalReexamRequired: boolean;
  /** Hazchem principal/manager only. */
  colour?: HazchemColour;
  rules: RuleRef[];
};

const SO = 'special_operation_certificate';
const HC = 'hazchem_manager_certificate';
/** Window for 'other' kinds the enterprise has not configured (an app default, not a regulation). */
const OTHER_WINDOW_DAYS = 60;

/**
 * Computes the schedule of `cert` on `today` (YYYY-MM-DD; no clock is read) from the effective rules.
 * Precedence of states: cancelled > expired (today after expiry) > review-overdue > review-due > valid.
 * `trainedHours`: hazchem cards only, the holder's recorded training hours of today's year (see hazchemColour).
 */
export function certificateSchedule(cert: Certificate, today: string, rules: EffectiveRules, trainedHours = 0): CertSchedule {
  const used: RuleRef[] = [];
  const anchor = cert.validFrom ?? cert.firstIssueDate;
  let validityYears: number | undefined;
  let windowDays: number;
  if (cert.kind === 'other') {
    // The record's own validity first, then the enterprise's configured kind, then none (only validityEnd counts).
    const kind = rules.otherKind(cert.kindName);
    const configured = (id: string) => ({ id, version: `kind:${kind!.id}`, status: 'unverified' as const, origin: 'configured' as const });
    validityYears = cert.validityYears ?? kind?.validityYears;
    if (cert.validityYears !== undefined) used.push({ id: 'certificate.other.validity_years', version: 'record', status: 'unverified', origin: 'record' });
    else if (validityYears !== undefined) used.push(configured('certificate.other.validity_years'));
    windowDays = kind?.windowDays ?? OTHER_WINDOW_DAYS;
    used.push(kind?.windowDays !== undefined
      ? configured('certificate.other.window_days')
      : { id: 'certificate.other.window_days', version: 'app-default', status: 'unverified', origin: 'default' });
  } else {
    const section = cert.kind === 'special-operations' ? SO : HC;
    const validity = rules.num(`${section}.validity_years`);
    const window = rules.num(section === SO ? `${SO}.apply_window_days_before_due` : `${HC}.renewal_window_days`);
    validityYears = validity.value;
    windowDays = window.value;
    if (!cert.validityEnd) used.push(validity.ref);
    used.push(window.ref);
  }
  const expiry = cert.validityEnd ?? (validityYears !== undefined ? addYears(anchor, validityYears) : null);

  let nextReviewDue = expiry;
  let nextEvent: CertSchedule['nextEvent'] = expiry ? 'renewal' : null;
  const expired = expiry !== null && today > expiry;
  let missed = false;
  let reexam = false;
  if (cert.kind === 'special-operations') {
    // Once expired, the renewal at expiry is the only due event left; reviews no longer matter.
    if (expiry && !expired) {
      const interval = rules.num(cert.extendedReview ? `${SO}.extended_review_interval_years` : `${SO}.review_interval_years`);
      used.push(interval.ref);
      const standing = reviewStanding(cert, anchor, expiry, interval.value, today);
      const due = standing.missed ?? standing.next;
      if (due) [nextReviewDue, nextEvent] = [due, 'review'];
      missed = standing.missed !== undefined;
    }
    const off = practicalReexamRequired(cert.offPost, today, rules);
    used.push(off.ref);
    reexam = off.required;
  }

  const windowStart = nextReviewDue ? addDays(nextReviewDue, -windowDays) : null;
  const state: CertState = cert.cancelled
    ? 'cancelled'
    : expired
      ? 'expired'
      : missed
        ? 'review-overdue'
        : windowStart && today >= windowStart
          ? 'review-due'
          : 'valid';
  const daysUntilDue = state === 'cancelled' || !nextReviewDue ? null : daysBetween(today, nextReviewDue);

  let colour: HazchemColour | undefined;
  if (cert.kind === 'hazchem-principal' || cert.kind === 'hazchem-manager') {
    const c = hazchemColour(cert, today, expired, rules, trainedHours);
    used.push(c.ref);
    colour = c.colour;
  }
  const result: CertSchedule = {
    state,
    expiry,
    nextReviewDue,
    nextEvent,
    windowStart,
    daysUntilDue,
    bucket: reminderBucket(daysUntilDue),
    practicalReexamRequired: reexam,
    rules: used,
  };
  if (colour) result.colour = colour;
  return result;
}
