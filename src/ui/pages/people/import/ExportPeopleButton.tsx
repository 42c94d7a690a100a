import { Show } from 'solid-js';
import type { PersonRow } from '../../../../app/services';
import { formatDate } from '../../../../domain/format-date';
import { t } from '../../../i18n/i18n';
import { createExcelAction } from './excel-action';

/** 导出 Excel on the people list: exactly the rows shown (filtered, in list order), ID numbers masked as in the list. */
export function ExportPeopleButton(props: { rows: () => PersonRow[] }) {
  const action = createExcelAction();
  return (
    <>
      <button type="button" disabled={action.busy() || props.rows().length === 0}
        onClick={() => void action.run((x) => x.exportPeople(props.rows()), t('excel.file.people', { date: formatDate(Date.now()) }))}>
        {action.busy() ? t('excel.exporting') : t('excel.export')}
      </button>
      <Show when={action.error()}>{(e) => <span class="audit-bad small" role="alert">{t(e().key, e().params)}</span>}</Show>
    </>
  );
}
