import { For } from 'solid-js';
import type { ColumnMapping, ImportField, RosterField } from '../../../../app/services';
import { t } from '../../../i18n/i18n';

/**
 * 列对应: one select per target field (labelled with the field's Chinese name, * when the import needs it),
 * options = the sheet's columns. Fields of the other kind of record are listed too: a people sheet may carry a
 * certificate per row.
 */
export function MappingTable(props: {
  fields: ImportField[]; required: readonly RosterField[]; headerCells: string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void;
}) {
  const set = (field: RosterField, value: string) => {
    const next = { ...props.mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    props.onChange(next);
  };
  return (
    <fieldset class="import-mapping form grid">
      <legend class="muted">{t('import.mapping')}</legend>
      <For each={props.fields}>
        {(f) => {
          const id = `map-${f.field}`;
          const required = () => props.required.includes(f.field);
          return (
            <div class="field">
              <div><label for={id}>{f.label}</label>{required() ? <span class="req" aria-hidden="true"> *</span> : null}</div>
              <select id={id} aria-required={required()} onChange={(e) => set(f.field, e.currentTarget.value)}>
                <option value="" selected={props.mapping[f.field] === undefined}>{t('import.skip')}</option>
                <For each={props.headerCells}>
                  {(cell, i) => <option value={i()} selected={props.mapping[f.field] === i()}>{cell || `#${i() + 1}`}</option>}
                </For>
              </select>
            </div>
          );
        }}
      </For>
    </fieldset>
  );
}
