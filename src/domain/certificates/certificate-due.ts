import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import { certificateSchedule } from './schedule';

/** What a certificate is waiting for: its first unresolved due date ('' = nothing due, e.g. cancelled). */
export type CertificateDue = { due: string; dueEvent: '' | 'review' | 'renewal' };

/** A day before any certificate: with it, no review counts as missed yet, so the first one not passed is "next". */
const BEFORE_ALL = '1900-01-01';

/**
 * The first due event that has not been resolved: the first periodic review not passed in its period, else the
 * renewal at expiry. It does not depend on today — a missed review stays the due date (overdue) until the card is
 * renewed or cancelled — so projections can store and index it, and reminders read it with a range query.
 */
export function certificateDue(cert: Certificate, rules: EffectiveRules): CertificateDue {
  if (cert.cancelled) return { due: '', dueEvent: '' };
  const s = certificateSchedule(cert, BEFORE_ALL, rules);
  return s.nextReviewDue ? { due: s.nextReviewDue, dueEvent: s.nextEvent ?? 'renewal' } : { due: '', dueEvent: '' };
}
