import { For, Show, type Accessor } from 'solid-js';
import type { ComplianceView } from '../../../app/compliance-service';
import { HAZCHEM_COLOUR_LABEL_KEYS } from '../../../domain/certificates/cert-state-labels';
import { NOT_COUNTED_REASON_KEYS } from '../../../domain/compliance/compliance-labels';
import type { HazchemManagersCheck, ManagerHolder, NotCountedReason } from '../../../domain/compliance/hazchem-managers';
import { t } from '../../i18n/i18n';
import type { Names } from './names';
import { NoticeForm } from './NoticeForm';

/** 危化品安管人员: the ≥ N certified safety managers check with the people counted and the rule it rests on. */
export function ManagersPanel(props: { view: Accessor<ComplianceView>; names: Names }) {
  const check = (): HazchemManagersCheck | undefined => {
    const m = props.view().managers;
    return m.applicable ? m : undefined;
  };
  return (
    <div class="managers">
      <h2>{t('compliance.managers.title')}</h2>
      <Show when={check()} fallback={<NotApplicable view={props.view} />}>
        {(r) => (
          <>
            <p class="muted">{t(r().basis === 'industry' ? 'compliance.managers.basis.industry' : 'compliance.managers.basis.highRisk')}</p>
            <p class={r().ok ? 'verdict ok' : 'verdict short'} data-testid="managers-verdict" role="status">
              {r().ok ? t('compliance.managers.ok', { count: r().count, required: r().required })
                : t('compliance.managers.short', { count: r().count, required: r().required, short: r().short })}
            </p>
            <h3>{t('compliance.managers.counted')}</h3>
            <Holders rows={r().counted} names={props.names} testId="manager-counted" />
            <p class="muted small">{t('compliance.managers.fullTime')}</p>
            <Show when={r().notCounted.length}>
              <h3>{t('compliance.managers.notCounted')}</h3>
              <Holders rows={r().notCounted} names={props.names} testId="manager-not-counted" />
            </Show>
            <div class="rule-source">
              <p>{t('compliance.managers.rule', { source: r().rule.source })}</p>
              <p class="muted small" title={r().rule.id}>
                {t('compliance.managers.ruleMeta', { version: r().rule.version, status: t(`compliance.ruleStatus.${r().rule.status}`) })}
              </p>
              <Show when={r().rule.note}><p class="muted small">{r().rule.note}</p></Show>
            </div>
            <Show when={!r().ok}>
              <NoticeForm today={props.view().today} managers={r()} names={props.names} label={t('compliance.managers.notice')} />
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

function NotApplicable(props: { view: Accessor<ComplianceView> }) {
  const industry = () => {
    const p = props.view().profile;
    return p ? t(`industry.${p.industry}`) : '';
  };
  return (
    <p class="card muted" data-testid="managers-na">
      {!props.view().profile
        ? t('compliance.managers.na.noProfile')
        : t('compliance.managers.na.notHazchem', { industry: industry() })}
    </p>
  );
}

function Holders(props: { rows: (ManagerHolder & { reason?: NotCountedReason })[]; names: Names; testId: string }) {
  return (
    <Show when={props.rows.length} fallback={<p class="muted">{t('compliance.managers.noneCounted')}</p>}>
      <table class="findings">
        <thead>
          <tr>
            <th>{t('people.col.workNo')}</th><th>{t('people.col.name')}</th><th>{t('people.col.dept')}</th>
            <th>{t('cert.number')}</th><th>{t('cert.expiry')}</th><th>{t('people.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(h) => (
              <tr data-testid={props.testId}>
                <td class="mono">{h.workNo}</td>
                <td><a href={`#/people/${h.personId}`}>{h.name}</a></td>
                <td>{props.names().dept(h.departmentId)}</td>
                <td class="mono">{h.number}</td>
                <td>{h.expiry ?? '—'}</td>
                <td>
                  <Show when={h.reason} fallback={<Show when={h.colour}>{(c) => <span class={`state colour-${c()}`}>{t(HAZCHEM_COLOUR_LABEL_KEYS[c()])}</span>}</Show>}>
                    {(why) => <span class="reason">{t(NOT_COUNTED_REASON_KEYS[why()])}</span>}
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
