import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { FieldError } from '../../../../app/services';
import { ASSESSMENT_METHODS } from '../../../../domain/training/session';
import { TRAINING_TYPES } from '../../../../domain/training/training-types';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { useOrgNames } from '../../people/use-org-names';
import type { PlanItemLite } from './session-values';
import type { SessionValues } from './session-values';

type Props = {
  values: SessionValues;
  set: SetStoreFunction<SessionValues>;
  errors: Record<string, FieldError>;
  /** Submitted records are read-only. */
  disabled: boolean;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** Items of the session year's plan (absent while the plans service is not there). */
  planItems?: PlanItemLite[];
  onPlanItem?: (item: PlanItemLite | undefined) => void;
};

type TextKey = 'name' | 'date' | 'start' | 'end' | 'place' | 'instructor' | 'topic' | 'passMark' | 'hours' | 'recorder';

/** The session's own fields (T3): the 12 elements but participants and results, plus type, department, plan and 学时. */
export function SessionForm(props: Props) {
  const names = useOrgNames();
  const err = (k: string) => props.errors[k];
  const text = (k: TextKey, label: string, o: { required?: boolean; hint?: string; placeholder?: string; mode?: 'numeric' | 'decimal'; wide?: boolean } = {}) => (
    <Field label={label} error={err(k)} hint={o.hint} required={o.required}>
      {(id, d) => (
        <input id={id} name={k} aria-describedby={d} aria-invalid={!!err(k)} disabled={props.disabled} placeholder={o.placeholder}
          inputmode={o.mode} value={props.values[k]} onInput={(e) => props.set(k, e.currentTarget.value)} />
      )}
    </Field>
  );
  const select = (k: 'type' | 'method' | 'departmentId' | 'planItemId', label: string, options: { value: string; label: string }[], o: { required?: boolean; onPick?: (v: string) => void } = {}) => (
    <Field label={label} error={err(k)} required={o.required}>
      {(id, d) => (
        <select id={id} name={k} aria-describedby={d} aria-invalid={!!err(k)} disabled={props.disabled}
          onChange={(e) => (props.set(k, e.currentTarget.value as never), o.onPick?.(e.currentTarget.value))}>
          <Show when={!o.required}><option value="">{t('session.choose')}</option></Show>
          <For each={options}>{(x) => <option value={x.value} selected={x.value === props.values[k]}>{x.label}</option>}</For>
        </select>
      )}
    </Field>
  );

  return (
    <form class="form grid ts-form" aria-label={t('session.section.basic')} novalidate onSubmit={(e) => (e.preventDefault(), props.onSubmit())}>
      <div class="wide">{text('name', t('training.element.name'), { required: true })}</div>
      {select('type', t('session.field.type'), TRAINING_TYPES.map((x) => ({ value: x, label: t(`training.type.${x}`) })), { required: true })}
      {text('date', t('training.element.date'), { required: true, placeholder: 'YYYY-MM-DD', mode: 'numeric' })}
      {text('start', t('training.element.startTime'), { placeholder: '09:00', mode: 'numeric' })}
      {text('end', t('training.element.endTime'), { placeholder: '11:00', mode: 'numeric' })}
      {text('place', t('training.element.place'))}
      {text('instructor', t('training.element.instructor'))}
      {select('departmentId', t('session.field.department'), names().departments.map((d) => ({ value: d.id, label: `${d.name}（${d.code}）` })))}
      {text('recorder', t('training.element.recorder'))}
      <div class="wide">{text('topic', t('training.element.topic'))}</div>
      <div class="wide">
        <Field label={t('training.element.summary')} error={err('summary')}>
          {(id, d) => (
            <textarea id={id} name="summary" rows={4} aria-describedby={d} aria-invalid={!!err('summary')} disabled={props.disabled}
              value={props.values.summary} onInput={(e) => props.set('summary', e.currentTarget.value)} />
          )}
        </Field>
      </div>
      {select('method', t('training.element.method'), ASSESSMENT_METHODS.map((x) => ({ value: x, label: t(`training.method.${x}`) })))}
      {text('passMark', t('session.field.passMark'), { mode: 'numeric' })}
      {text('hours', t('session.field.hours'), { hint: t('session.hint.hours'), mode: 'decimal' })}
      <Show when={props.planItems}>
        {(items) => select('planItemId', t('session.field.plan'), items().map((i) => ({ value: i.id, label: i.title })), {
          onPick: (v) => props.onPlanItem?.(items().find((i) => i.id === v)),
        })}
      </Show>
      <label class="check wide">
        <input type="checkbox" name="accidentRelated" checked={props.values.accidentRelated} disabled={props.disabled}
          onChange={(e) => props.set('accidentRelated', e.currentTarget.checked)} />
        {t('session.field.accident')}
      </label>
      <FormError error={err('')} />
      <Show when={!props.disabled}>
        <div class="actions">
          <button type="submit" class="primary" disabled={props.busy}>{props.busy ? t('common.saving') : props.submitLabel}</button>
        </div>
      </Show>
    </form>
  );
}
