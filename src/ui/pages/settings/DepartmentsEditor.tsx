import { createSignal } from 'solid-js';
import type { DepartmentRow, FieldError } from '../../../app/services';
import { EditableList } from '../../components/EditableList';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';

/** 部门: list, add, rename, change the 2-letter code (unique), remove when nobody is in it. */
export function DepartmentsEditor() {
  const names = useOrgNames();
  const { services } = useApp();
  return (
    <EditableList<DepartmentRow>
      headingId="st-dept" title={t('settings.departments')} addLabel={t('dept.add')} emptyText={t('dept.empty')}
      rows={names().departments}
      item={(d) => <><span class="code mono">{d.code}</span> {d.name}</>}
      form={(row, onDone) => <DepartmentForm row={row} onDone={onDone} />}
      remove={(d) => services.org.removeDepartment(d.id)}
    />
  );
}

function DepartmentForm(props: { row?: DepartmentRow; onDone: () => void }) {
  const { services } = useApp();
  const [name, setName] = createSignal(props.row?.name ?? '');
  const [code, setCode] = createSignal(props.row?.code ?? '');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  async function submit(e: Event) {
    e.preventDefault();
    const r = await services.org.saveDepartment(props.row?.id ?? null, { name: name(), code: code() });
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  return (
    <form class="form inline" onSubmit={submit} novalidate>
      <Field label={t('dept.name')} error={errors().name} required>
        {(id, d) => <input id={id} aria-describedby={d} value={name()} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field label={t('dept.code')} error={errors().code} hint={t('dept.codeHint')} required>
        {(id, d) => <input id={id} aria-describedby={d} maxlength={2} value={code()} onInput={(e) => setCode(e.currentTarget.value)} />}
      </Field>
      <FormActions error={errors()['']} onCancel={props.onDone} />
    </form>
  );
}
