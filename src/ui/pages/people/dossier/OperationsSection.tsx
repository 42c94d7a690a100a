import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { DossierService, FieldError, PersonRow } from '../../../../app/services';
import { Field } from '../../../components/Field';
import { FormActions } from '../../../components/FormActions';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { dossierService } from './dossier-service';

type Op = PersonRow['operations'][number];
/** The catalog code shown for an item: its own code ('1.2'), or its category's for items listed without one. */
const codeOf = (o: Op) => (/^\d+(\.\d+)+$/.test(o.item) ? o.item : o.category);

/**
 * 特种作业类别与操作项目 (PRODUCT P2): the items of the 30号令 catalog the person works in, shown as code + name
 * from the record (the catalog itself loads only to add one).
 */
export function OperationsSection(props: { row: PersonRow }) {
  const { services } = useApp();
  const [adding, setAdding] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  async function remove(o: Op) {
    if (!confirm(t('person.deleteConfirm'))) return;
    const r = await (await dossierService(services)).remove(props.row.id, 'ops', o.id);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  return (
    <section class="card" aria-labelledby="d-ops">
      <div class="page-head">
        <h2 id="d-ops">{t('person.section.operations')}</h2>
        <button type="button" onClick={() => setAdding(true)}>{t('person.ops.add')}</button>
      </div>
      <Show when={adding()}><OperationForm personId={props.row.id} onDone={() => setAdding(false)} /></Show>
      <FormError error={error()} />
      <Show when={(props.row.operations ?? []).length} fallback={<p class="muted">{t('person.none')}</p>}>
        <ul class="list ops" data-testid="operations">
          <For each={props.row.operations}>
            {(o) => (
              <li>
                <span class="code mono">{codeOf(o)}</span>
                <span>{o.itemName} <span class="muted small">{o.category} {o.categoryName}</span></span>
                <Show when={o.since}><span class="muted small">{t('person.ops.since')} {o.since}</span></Show>
                <span class="spacer" />
                <button type="button" class="link danger" aria-label={`${t('common.delete')} ${o.itemName}`} onClick={() => remove(o)}>{t('common.delete')}</button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function OperationForm(props: { personId: PersonRow['id']; onDone: () => void }) {
  const { services } = useApp();
  const [svc] = createResource(() => dossierService(services));
  return (
    <Show when={svc()} fallback={<p class="muted">{t('common.loading')}</p>}>
      {(s) => <OperationFields svc={s()} personId={props.personId} onDone={props.onDone} />}
    </Show>
  );
}

function OperationFields(props: { svc: DossierService; personId: PersonRow['id']; onDone: () => void }) {
  const [v, setV] = createStore({ category: '', item: '', since: '' });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const items = () => props.svc.catalog.find((c) => c.code === v.category)?.items ?? [];
  async function submit(e: Event) {
    e.preventDefault();
    const r = await props.svc.addOperation(props.personId, { ...v });
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  return (
    <form class="form grid record-form" onSubmit={submit} novalidate aria-label={t('person.ops.add')}>
      <Field label={t('cert.category')} error={errors().category} required hint={t('person.ops.catalog', { v: props.svc.catalogVersion })}>
        {(id, d) => (
          <select id={id} aria-describedby={d} onChange={(e) => (setV('category', e.currentTarget.value), setV('item', ''))}>
            <option value="">{t('common.none')}</option>
            <For each={props.svc.catalog}>{(c) => <option value={c.code}>{c.code} {c.name}</option>}</For>
          </select>
        )}
      </Field>
      <Field label={t('person.ops.item')} error={errors().item} required>
        {(id, d) => (
          <Show when={items().length} fallback={<input id={id} aria-describedby={d} value={v.item} onInput={(e) => setV('item', e.currentTarget.value)} />}>
            <select id={id} aria-describedby={d} onChange={(e) => setV('item', e.currentTarget.value)}>
              <option value="">{t('common.none')}</option>
              <For each={items()}>{(i) => <option value={i.value} selected={v.item === i.value}>{i.code ?? '—'} {i.name}</option>}</For>
            </select>
          </Show>
        )}
      </Field>
      <Field label={t('person.ops.since')} error={errors().since} hint="YYYY-MM-DD">
        {(id, d) => <input id={id} aria-describedby={d} inputmode="numeric" value={v.since} onInput={(e) => setV('since', e.currentTarget.value)} />}
      </Field>
      <FormActions error={errors()['']} onCancel={props.onDone} />
    </form>
  );
}
