import { createResource, For, Show } from 'solid-js';
import type { LedgerService } from '../../../../app/services';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';
import '../../training/list/training-list.css';

/** 培训记录 on the dossier: this year's hours against the person's rule, then every session attended, newest first. */
export function TrainingHistory(props: { personId: string }) {
  const { services } = useApp();
  const [svc] = createResource(() => services.ledger.load());
  return (
    <section class="card wide" aria-labelledby="d-tr">
      <h2 id="d-tr">{t('person.section.training')}</h2>
      <Show when={svc()} fallback={<p class="muted">{t('common.loading')}</p>}>{(s) => <History svc={s()} personId={props.personId} />}</Show>
    </section>
  );
}

function History(props: { svc: LedgerService; personId: string }) {
  const year = new Date().getFullYear();
  const hours = createLive(props.svc.person(props.personId, year));
  const items = createLive(props.svc.history(props.personId));
  return (
    <>
      <Show when={hours()}>
        {(e) => (
          <p class="tl-history-hours" data-testid="history-hours">
            <strong>{t('ledger.history.year', { year })}</strong>
            <For each={e().ledger.lines}>
              {(l) => (
                <span classList={{ 'tl-short': !l.met }}>
                  {' · '}{t(`ledger.kind.${l.kind}`)} {l.counted}/{l.required}
                </span>
              )}
            </For>
            {' · '}
            <Show when={e().ledger.met} fallback={<span class="tl-short">{t('ledger.history.short', { n: e().ledger.shortfall })}</span>}>
              <span class="tl-ok">{t('ledger.history.met')}</span>
            </Show>
          </p>
        )}
      </Show>
      <Show when={(items() ?? []).length} fallback={<p class="muted">{t('ledger.history.none')}</p>}>
        <div class="tl-scroll">
          <table class="tl-table" data-testid="training-history">
            <thead>
              <tr>
                <th scope="col">{t('ledger.col.date')}</th><th scope="col">{t('training.element.name')}</th><th scope="col">{t('ledger.type')}</th>
                <th scope="col" class="num">{t('ledger.col.hours')}</th><th scope="col">{t('ledger.col.result')}</th><th scope="col">{t('ledger.col.archive')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={items()}>
                {(r) => (
                  <tr>
                    <td class="mono">{r.date}</td>
                    <td><a href={`#/training/${r.sessionId}`}>{r.name || '—'}</a></td>
                    <td>{t(`training.type.${r.type}`)}</td>
                    <td class="num">{r.mark === 'absent' || r.mark === 'expected' ? t(`training.mark.${r.mark}`) : r.hours}</td>
                    <td classList={{ 'tl-short': r.passed === false }}>
                      {r.passed === undefined ? '—' : t(r.passed ? 'ledger.result.pass' : 'ledger.result.fail')}
                    </td>
                    <td class="mono">{r.archiveNumber || '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  );
}
