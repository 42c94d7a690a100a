import { For } from 'solid-js';
import type { DepartmentRow } from '../../../../app/services';
import { TRAINING_TYPES } from '../../../../domain/training/training-types';
import { WORKFLOW_STATES } from '../../../../domain/training/workflow-event';
import { t } from '../../../i18n/i18n';

/** The list's conditions: month range, department, type, state, search. */
export type ListConditions = { from: string; to: string; departmentId: string; type: string; state: string; q: string };

/** 培训记录 filters (every control labelled; months as YYYY-MM). */
export function SessionFilters(props: { value: ListConditions; set: (patch: Partial<ListConditions>) => void; departments: DepartmentRow[] }) {
  const select = (label: string, key: 'departmentId' | 'type' | 'state', options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select onChange={(e) => props.set({ [key]: e.currentTarget.value })}>
        <option value="">{t('common.all')}</option>
        <For each={options}>{(o) => <option value={o.value} selected={props.value[key] === o.value}>{o.label}</option>}</For>
      </select>
    </label>
  );
  const month = (label: string, key: 'from' | 'to') => (
    <label>
      {label}
      <input type="month" value={props.value[key]} onChange={(e) => /^\d{4}-\d{2}$/.test(e.currentTarget.value) && props.set({ [key]: e.currentTarget.value })} />
    </label>
  );
  return (
    <div class="filters tl-filters" role="search">
      <input type="search" aria-label={t('ledger.search')} placeholder={t('ledger.search')} value={props.value.q}
        onInput={(e) => props.set({ q: e.currentTarget.value })} />
      {month(t('ledger.from'), 'from')}
      {month(t('ledger.to'), 'to')}
      {select(t('people.filterDept'), 'departmentId', props.departments.map((d) => ({ value: d.id, label: d.name })))}
      {select(t('ledger.type'), 'type', TRAINING_TYPES.map((k) => ({ value: k, label: t(`training.type.${k}`) })))}
      {select(t('people.filterStatus'), 'state', WORKFLOW_STATES.map((s) => ({ value: s, label: t(`training.state.${s}`) })))}
    </div>
  );
}
