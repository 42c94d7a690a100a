import type { NotCountedReason } from './hazchem-managers';
import type { UnlicensedReason } from './unlicensed';

/** i18n keys of the 无证上岗 reasons. zh-CN: 未持证 / 复审逾期（证书失效）/ 证书已过期 / 证书已注销 / 危化品证书红色（失效或涉事故）. */
export const UNLICENSED_REASON_KEYS: Readonly<Record<UnlicensedReason, string>> = {
  none: 'compliance.reason.none',
  'review-overdue': 'compliance.reason.reviewOverdue',
  expired: 'compliance.reason.expired',
  cancelled: 'compliance.reason.cancelled',
  'hazchem-red': 'compliance.reason.hazchemRed',
};

/** i18n keys of why a certificate holder is not counted as a safety manager (inactive, or a lapse reason). */
export const NOT_COUNTED_REASON_KEYS: Readonly<Record<NotCountedReason, string>> = {
  inactive: 'compliance.reason.inactive',
  'review-overdue': 'compliance.reason.reviewOverdue',
  expired: 'compliance.reason.expired',
  cancelled: 'compliance.reason.cancelled',
  'hazchem-red': 'compliance.reason.hazchemRed',
};
