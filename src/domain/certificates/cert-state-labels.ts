import type { HazchemColour } from './hazchem-colour';
import type { ReminderBucket } from './reminder-bucket';
import type { CertState } from './schedule';

/**
 * i18n keys of the certificate states. zh-CN texts for the i18n files: 有效 / 待复审 / 复审逾期(失效) / 已过期 / 已注销.
 */
export const CERT_STATE_LABEL_KEYS: Readonly<Record<CertState, string>> = {
  valid: 'cert.state.valid',
  'review-due': 'cert.state.reviewDue',
  'review-overdue': 'cert.state.reviewOverdue',
  expired: 'cert.state.expired',
  cancelled: 'cert.state.cancelled',
};

/** i18n keys of the hazchem colours. zh-CN: 正常 / 培训学时不足 / 失效或涉事故. */
export const HAZCHEM_COLOUR_LABEL_KEYS: Readonly<Record<HazchemColour, string>> = {
  green: 'cert.colour.green',
  yellow: 'cert.colour.yellow',
  red: 'cert.colour.red',
};

/** i18n key of the practical re-exam flag. zh-CN: 离岗6个月以上，需重新实操考试. */
export const CERT_REEXAM_LABEL_KEY = 'cert.flag.practicalReexam';

/** i18n keys of the reminder buckets. zh-CN: 90天内 / 60天内 / 30天内 / 7天内 / 今日到期 / 已逾期 / — . */
export const REMINDER_BUCKET_LABEL_KEYS: Readonly<Record<Exclude<ReminderBucket, 'none'>, string>> = {
  90: 'cert.remind.d90',
  60: 'cert.remind.d60',
  30: 'cert.remind.d30',
  7: 'cert.remind.d7',
  0: 'cert.remind.today',
  overdue: 'cert.remind.overdue',
};
