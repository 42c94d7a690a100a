import type { CertSchedule } from '../certificates/schedule';

/** Why a certificate of the required kind does not qualify its holder today. */
export const LAPSE_REASONS = ['review-overdue', 'expired', 'cancelled', 'hazchem-red'] as const;
export type LapseReason = (typeof LAPSE_REASONS)[number];

/**
 * 'held' when the certificate qualifies its holder today: state 有效 or 待复审 (the review window being open does
 * not void the card), and for 危化品 certificates not red (red = expired, cancelled or linked to an accident).
 * Otherwise the reason: 复审逾期 / 已过期 / 已注销 / hazchem red.
 */
export function standing(s: Pick<CertSchedule, 'state' | 'colour'>): 'held' | LapseReason {
  if (s.state === 'cancelled') return 'cancelled';
  if (s.state === 'expired') return 'expired';
  if (s.state === 'review-overdue') return 'review-overdue';
  return s.colour === 'red' ? 'hazchem-red' : 'held';
}
