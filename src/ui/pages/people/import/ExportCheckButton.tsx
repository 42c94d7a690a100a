import { Show } from 'solid-js';
import type { ImportCheck } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { createExcelAction } from './excel-action';

/**
 * 导出预检结果: every error as a sheet row (行号, 列, 说明) followed by that row's cells as read from the file,
 * so the user can find and fix the rows in Excel and import again.
 */
export function ExportCheckButton(props: { check: ImportCheck; rows: string[][]; headerIndex: number; fileName: string }) {
  const action = createExcelAction();
  function spec() {
    const header = props.rows[props.headerIndex] ?? [];
    const width = Math.max(header.length, ...props.check.errors.map((e) => props.rows[e.row - 1]?.length ?? 0));
    const source = Array.from({ length: width }, (_, i) => ({ header: header[i]?.trim() || t('excel.check.colN', { n: i + 1 }), text: true }));
    return {
      sheetName: t('excel.checkSheet'),
      columns: [{ header: t('import.col.row'), width: 8 }, { header: t('import.col.col'), width: 14 }, { header: t('import.col.msg'), width: 50 }, ...source],
      rows: props.check.errors.map((e) => [e.row, e.column, t(e.key, e.params), ...(props.rows[e.row - 1] ?? [])]),
    };
  }
  const name = () => props.fileName.replace(/\.[^.]+$/, '');
  return (
    <Show when={props.check.errors.length > 0}>
      <button type="button" disabled={action.busy()} onClick={() => void action.run((x) => x.exportRows(spec()), t('excel.file.check', { name: name() }))}>
        {action.busy() ? t('excel.exporting') : t('excel.exportCheck')}
      </button>
      <FormError error={action.error()} />
    </Show>
  );
}
