import { describeQualification } from '../../../domain/compliance/describe-qualification';
import { parseQualification } from '../../../domain/compliance/qualification';
import { t } from '../../i18n/i18n';

/** A stored qualification code as the user reads it (legacy free text as typed). */
export function qualificationText(code: string): string {
  const d = describeQualification(parseQualification(code));
  return t(d.key, d.params);
}

/** As qualificationText, with legacy free text marked （未识别） because it is not checked. */
export function qualificationTextMarked(code: string): string {
  const text = qualificationText(code);
  return parseQualification(code).type === 'legacy' ? `${text}（${t('compliance.qual.unrecognisedShort')}）` : text;
}
