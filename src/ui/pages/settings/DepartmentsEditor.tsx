import { createSignal, For, Show } from 'solid-js';
import type { DepartmentRow, FieldError } from '../../../app/services';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';

/** 部门: list, add, rename, change the 2-letter code (unique), remove when nobody is in it. */
export function DepartmentsEditor() {
  const names = useOrgNames();
  const [editing, setEditing] = createSignal<DepartmentRow | 'new' | null>(null);
  const { services } = useApp();
  const [error, setError] = createSignal<FieldError>();

  async function remove(d: DepartmentRow) {
    const r = await services.org.removeDepartment(d.id);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }

  return (
    <section class="card" aria-labelledby="st-dept">
      <div class="page-head">
        <h2 id="st-dept">{t('settings.departments')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('dept.add')}</button>
      </div>
      <Show when={editing()}>
        {(d) => <DepartmentForm row={d() === 'new' ? undefined : (d() as DepartmentRow)} onDone={() => setEditing(null)} />}
      </Show>
      <FormError error={error()} />
      <Show when={names().departments.length === 0}><p class="muted">{t('dept.empty')}</p></Show>
      <ul class="list">
        <For each={names().departments}>
          {(d) => (
            <li>
              <span class="code mono">{d.code}</span> {d.name}
              <span class="spacer" />
              <button type="button" class="link" onClick={() => setEditing(d)}>{t('common.edit')}</button>
              <button type="button" class="link danger" onClick={() => remove(d)} aria-label={`${t('common.delete')} ${d.name}`}>{t('common.delete')}</button>
            </li>
          )}
        </For>
      </ul>
    </section>
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
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
