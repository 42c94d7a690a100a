import { For } from 'solid-js';
import type { ColumnMapping, ImportField } from '../../../../app/services';
import { t } from '../../../i18n/i18n';

/** 列对应: one select per target field (labelled with the field's Chinese name), options = the sheet's columns. */
export function MappingTable(props: {
  fields: ImportField[]; headerCells: string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void;
}) {
  const set = (field: ImportField['field'], value: string) => {
    const next = { ...props.mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    props.onChange(next);
  };
  return (
    <table class="import-mapping">
      <caption>{t('import.mapping')}</caption>
      <thead>
        <tr><th scope="col">{t('import.col.field')}</th><th scope="col">{t('import.col.column')}</th></tr>
      </thead>
      <tbody>
        <For each={props.fields}>
          {(f) => {
            const id = `map-${f.field}`;
            return (
              <tr>
                <th scope="row"><label for={id}>{f.label}</label>
                  {f.required ? <span class="req" aria-hidden="true"> *</span> : null}</th>
                <td>
                  <select id={id} aria-required={f.required} onChange={(e) => set(f.field, e.currentTarget.value)}>
                    <option value="" selected={props.mapping[f.field] === undefined}>{t('import.skip')}</option>
                    <For each={props.headerCells}>
                      {(cell, i) => <option value={i()} selected={props.mapping[f.field] === i()}>{cell || `#${i() + 1}`}</option>}
                    </For>
                  </select>
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
