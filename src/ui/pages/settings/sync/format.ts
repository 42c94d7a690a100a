import { formatDateTime } from '../../../../domain/format-date';
import { t } from '../../../i18n/i18n';

/** Bytes as B / KB / MB. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A last-sync time, or 从未同步. */
export function formatLastSync(at?: number): string {
  return at ? formatDateTime(at) : t('sync.never');
}
