import { t } from '../../../i18n/i18n';

/** A rule's Chinese name (设置 › 规则 names them), else its id. */
export function ruleName(id: string): string {
  const key = `rules.name.${id}`;
  const s = t(key);
  return s === key ? id : s;
}
