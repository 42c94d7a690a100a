import type { FieldError } from '../../app/services';
import { t } from '../i18n/i18n';
import { FormError } from './FormError';

/** The end of an inline add/edit form: its whole-form error, then 保存 and 取消. */
export function FormActions(props: { error?: FieldError; onCancel: () => void }) {
  return (
    <>
      <FormError error={props.error} />
      <div class="actions">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
      </div>
    </>
  );
}
