import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError, PersonFormValues, PersonRow } from '../../../app/services';
import { EDUCATIONS, PERSON_STATUSES } from '../../../domain/person';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from './use-org-names';

type Values = Record<keyof PersonFormValues, string>;
const KEYS = ['name', 'workNo', 'idNumber', 'phone', 'departmentId', 'postId', 'hireDate', 'status', 'statusDate', 'statusReason', 'education', 'note'] as const;

const fromRow = (r?: PersonRow): Values =>
  Object.fromEntries(KEYS.map((k) => [k, String(r?.[k] ?? (k === 'status' ? 'active' : ''))])) as Values;

/**
 * Creates or edits a person. Validation messages appear at their fields in Chinese; on an edit only the
 * fields the user changed are written, so a concurrent change of another field elsewhere is kept.
 */
export function PersonForm(props: { row?: PersonRow; onDone: (id?: string) => void }) {
  const { services } = useApp();
  const names = useOrgNames();
  const baseline = fromRow(props.row);
  const [v, setV] = createStore<Values>({ ...baseline });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const derived = () => services.people.derive(v.idNumber);
  const posts = () => names().posts.filter((p) => !v.departmentId || !p.departmentId || p.departmentId === v.departmentId);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const changed = KEYS.filter((k) => v[k] !== baseline[k]);
    const r = await services.people.save((props.row?.id ?? null) as never, { ...v } as PersonFormValues, changed);
    setBusy(false);
    if (!r.ok) return setErrors(r.errors);
    props.onDone(r.value);
  }

  const text = (k: keyof Values, label: string, opts: { required?: boolean; hint?: string; type?: string; date?: boolean } = {}) => (
    <Field label={label} error={errors()[k]} hint={opts.hint} required={opts.required}>
      {(id, d) => (
        // Dates are typed as YYYY-MM-DD: the native date picker shows the browser's locale format instead.
        <input id={id} name={k} type={opts.type ?? 'text'} aria-describedby={d} aria-invalid={!!errors()[k]} aria-required={opts.required}
          placeholder={opts.date ? 'YYYY-MM-DD' : undefined} inputmode={opts.date ? 'numeric' : undefined}
          value={v[k]} onInput={(e) => setV(k, e.currentTarget.value)} />
      )}
    </Field>
  );
  const select = (k: keyof Values, label: string, options: readonly { value: string; label: string }[], required = false) => (
    <Field label={label} error={errors()[k]} required={required}>
      {(id, d) => (
        <select id={id} name={k} aria-describedby={d} aria-invalid={!!errors()[k]} onChange={(e) => setV(k, e.currentTarget.value)}>
          <Show when={!required}><option value="">{t('common.none')}</option></Show>
          <For each={options}>{(o) => <option value={o.value} selected={o.value === v[k]}>{o.label}</option>}</For>
        </select>
      )}
    </Field>
  );

  return (
    <form class="form grid" onSubmit={submit} novalidate>
      {text('name', t('field.name'), { required: true })}
      {text('workNo', t('field.workNo'), { required: true })}
      {text('idNumber', t('field.idNumber'), {
        required: true,
        hint: derived() ? `${derived()!.birthDate} · ${t(`sex.${derived()!.sex}`)}` : t('field.idNumberHint'),
      })}
      {text('phone', t('field.phone'), { type: 'tel' })}
      {select('departmentId', t('field.department'), names().departments.map((d) => ({ value: d.id, label: `${d.name}（${d.code}）` })))}
      {select('postId', t('field.post'), posts().map((p) => ({ value: p.id, label: p.name })))}
      {text('hireDate', t('field.hireDate'), { date: true })}
      {select('status', t('field.status'), PERSON_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), true)}
      <Show when={v.status !== 'active' || v.statusDate}>
        {text('statusDate', t('field.statusDate'), { date: true })}
        {text('statusReason', t('field.statusReason'))}
      </Show>
      {select('education', t('field.education'), EDUCATIONS.map((s) => ({ value: s, label: t(`edu.${s}`) })))}
      {/* An existing dossier edits its notes in its own 备注 section. */}
      <Show when={!props.row}>
        <Field label={t('field.note')} error={errors().note}>
          {(id, d) => <textarea id={id} name="note" aria-describedby={d} rows={3} value={v.note} onInput={(e) => setV('note', e.currentTarget.value)} />}
        </Field>
      </Show>
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>{busy() ? t('common.saving') : t('common.save')}</button>
        <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
