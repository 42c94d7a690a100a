import { Show } from 'solid-js';
import type { PlanItemView } from '../../../../app/plan-service';
import { t } from '../../../i18n/i18n';
import { useOrgNames } from '../../people/use-org-names';

/** One plan item: what, for whom, when, and where it stands (plan vs actual), with its actions. */
export function PlanItemRow(props: { item: PlanItemView; year: number; onEdit: () => void; onRemove: () => void }) {
  const names = useOrgNames();
  const a = () => props.item.actual;
  const pct = () => Math.round(a().completion * 100);
  const targets = () => [
    ...props.item.targetPostIds.map((id) => names().post(id)).filter(Boolean),
    ...props.item.targetPeople.map((p) => p.name),
  ].join('、');
  return (
    <li class="plan-item" data-testid="plan-item" data-status={a().status}>
      <div class="plan-main">
        <div class="plan-line">
          <strong>{props.item.title}</strong>
          <Show when={props.item.special}><span class="plan-tag special">{t('plan.special')}</span></Show>
          <span class="plan-tag">{t(`training.type.${props.item.type}`)}</span>
          <span class={`plan-status s-${a().status}`}>{t(`plan.status.${a().status}`)}</span>
        </div>
        <div class="muted small">
          {t('plan.dept', { name: names().dept(props.item.departmentId) })} · {t('plan.hours', { h: props.item.hours })}
          <Show when={targets()}> · {t('plan.targets', { list: targets() })}</Show>
          <Show when={props.item.note}> · {props.item.note}</Show>
        </div>
        <div class="plan-progress">
          <div class="plan-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct()} aria-label={props.item.title}>
            <span style={{ width: `${pct()}%` }} />
          </div>
          <span class="small" data-testid="plan-actual">
            {pct()}% · {t('plan.actual', { trained: a().trained, targeted: a().targeted, held: a().held, done: a().hoursDelivered, hours: props.item.hours })}
          </span>
        </div>
      </div>
      <div class="plan-actions">
        <a class="button" href={`#/training/new?plan=${props.year}:${props.item.id}`}>{t('plan.newSession')}</a>
        <button type="button" class="link" onClick={() => props.onEdit()} aria-label={`${t('common.edit')} ${props.item.title}`}>{t('common.edit')}</button>
        <button type="button" class="link danger" onClick={() => props.onRemove()} aria-label={`${t('common.delete')} ${props.item.title}`}>{t('common.delete')}</button>
      </div>
    </li>
  );
}
