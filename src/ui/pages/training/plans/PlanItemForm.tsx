import { createSignal, For, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError } from '../../../../app/services';
import type { PlanItemView, PlanService } from '../../../../app/plan-service';
import { TRAINING_TYPES } from '../../../../domain/training/training-types';
import { Field } from '../../../components/Field';
import { FormActions } from '../../../components/FormActions';
import { t } from '../../../i18n/i18n';
import { useOrgNames } from '../../people/use-org-names';
import { PersonPicker } from './PersonPicker';

type Values = {
  title: string; type: string; special: boolean; month: string; hours: string; departmentId: string; note: string;
  targetPostIds: string[]; targetPersonIds: string[];
};
const KEYS = ['title', 'type', 'special', 'month', 'hours', 'departmentId', 'note', 'targetPostIds', 'targetPersonIds'] as const;

const fromRow = (r?: PlanItemView): Values => ({
  title: r?.title ?? '', type: r?.type ?? 'refresher', special: r?.special ?? false, month: String(r?.month ?? ''),
  hours: r ? String(r.hours) : '', departmentId: r?.departmentId ?? '', note: r?.note ?? '',
  targetPostIds: [...(r?.targetPostIds ?? [])], targetPersonIds: [...(r?.targetPersonIds ?? [])],
});

/**
 * Adds or edits one plan item. Messages appear at their fields; on an edit only the fields the user changed are
 * written, so a concurrent edit of another field on another device is kept.
 */
export function PlanItemForm(props: { svc: PlanService; year: number; row?: PlanItemView; onDone: () => void }) {
  const names = useOrgNames();
  const baseline = fromRow(props.row);
  const [v, setV] = createStore<Values>(fromRow(props.row));
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  async function submit(e: Event) {
    e.preventDefault();
    const changed = KEYS.filter((k) => JSON.stringify(v[k]) !== JSON.stringify(baseline[k]));
    const r = await props.svc.saveItem(props.year, props.row?.id ?? null, { ...v, targetPostIds: [...v.targetPostIds], targetPersonIds: [...v.targetPersonIds] }, changed);
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  const select = (k: 'type' | 'month' | 'departmentId', label: string, options: { value: string; label: string }[]): JSX.Element => (
    <Field label={label} error={errors()[k]} required>
      {(id, d) => (
        <select id={id} aria-describedby={d} aria-invalid={!!errors()[k]} onChange={(e) => setV(k, e.currentTarget.value)}>
          <option value="" disabled selected={!v[k]}>—</option>
          <For each={options}>{(o) => <option value={o.value} selected={o.value === v[k]}>{o.label}</option>}</For>
        </select>
      )}
    </Field>
  );
  const togglePost = (id: string, on: boolean) =>
    setV('targetPostIds', on ? [...v.targetPostIds, id] : v.targetPostIds.filter((x) => x !== id));
  return (
    <form class="form grid plan-form" onSubmit={submit} novalidate aria-label={props.row ? `${t('common.edit')} ${props.row.title}` : t('plan.add')}>
      <Field label={t('plan.f.title')} error={errors().title} required>
        {(id, d) => <input id={id} aria-describedby={d} aria-invalid={!!errors().title} value={v.title} onInput={(e) => setV('title', e.currentTarget.value)} />}
      </Field>
      {select('type', t('plan.f.type'), TRAINING_TYPES.map((x) => ({ value: x, label: t(`training.type.${x}`) })))}
      <Field label={t('plan.kind')} error={errors().special}>
        {(id, d) => (
          <select id={id} aria-describedby={d} onChange={(e) => setV('special', e.currentTarget.value === '1')}>
            <option value="0" selected={!v.special}>{t('plan.annual')}</option>
            <option value="1" selected={v.special}>{t('plan.special')}</option>
          </select>
        )}
      </Field>
      {select('month', t('plan.f.month'), Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t('plan.month', { m: i + 1 }) })))}
      <Field label={t('plan.f.hours')} error={errors().hours} required>
        {(id, d) => (
          <input id={id} aria-describedby={d} aria-invalid={!!errors().hours} inputmode="decimal" value={v.hours}
            onInput={(e) => setV('hours', e.currentTarget.value)} />
        )}
      </Field>
      {select('departmentId', t('plan.f.dept'), names().departments.map((x) => ({ value: x.id, label: x.name })))}
      <fieldset class="plan-posts wide">
        <legend>{t('plan.f.posts')}</legend>
        <For each={names().posts}>
          {(p) => (
            <label class="check">
              <input type="checkbox" checked={v.targetPostIds.includes(p.id)} onChange={(e) => togglePost(p.id, e.currentTarget.checked)} />
              {p.name}<span class="muted small">{names().dept(p.departmentId)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="wide">
        <PersonPicker label={t('plan.f.people')} value={v.targetPersonIds} onChange={(ids) => setV('targetPersonIds', ids)} />
      </div>
      <div class="wide">
        <Field label={t('plan.f.note')} error={errors().note}>
          {(id, d) => <textarea id={id} aria-describedby={d} rows={2} value={v.note} onInput={(e) => setV('note', e.currentTarget.value)} />}
        </Field>
      </div>
      <FormActions error={errors()['']} onCancel={props.onDone} />
    </form>
  );
}
