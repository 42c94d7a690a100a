import { For, Show } from 'solid-js';
import type { SyncView } from '../../../../app/sync-types';
import { formatDateTime } from '../../../../domain/format-date';
import { t } from '../../../i18n/i18n';

const SHOWN = 50;

/** 同步日志: the latest refusals and errors, newest first. */
export function SyncLog(props: { log: SyncView['log'] }) {
  return (
    <section class="sync-part" aria-labelledby="sy-log">
      <h3 id="sy-log">{t('sync.log')}</h3>
      <Show when={props.log.length} fallback={<p class="muted">{t('sync.logEmpty')}</p>}>
        <ul class="list scroll sync-log" data-testid="sync-log">
          <For each={props.log.slice(0, SHOWN)}>
            {(l) => (
              <li>
                <span class="mono muted">{formatDateTime(l.at)}</span>
                <span>{t(l.reason)}</span>
                <Show when={l.detail}><span class="muted small">{l.detail!.startsWith('sync.e.') ? t(l.detail!) : l.detail}</span></Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
