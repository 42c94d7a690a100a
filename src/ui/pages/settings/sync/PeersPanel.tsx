import { For, Show } from 'solid-js';
import type { PeerView, SyncView } from '../../../../app/sync-types';
import { t } from '../../../i18n/i18n';
import { formatBytes, formatLastSync } from './format';

/** 在线设备: each live connection with its link, progress, traffic and last error. */
export function PeersPanel(props: { view: SyncView }) {
  return (
    <section class="sync-part" aria-labelledby="sy-peers">
      <h3 id="sy-peers">{t('sync.peers')}</h3>
      <p class="muted small" data-testid="signaling-status">
        {props.view.signaling.configured
          ? t('sync.signalingStatus', { connected: props.view.signaling.connected, configured: props.view.signaling.configured })
          : t('sync.noSignaling')}
      </p>
      <Show when={props.view.peers.length} fallback={<p class="empty">{t('sync.peersEmpty')}</p>}>
        <ul class="list sync-peers">
          <For each={props.view.peers}>{(p) => <PeerRow peer={p} />}</For>
        </ul>
      </Show>
    </section>
  );
}

function PeerRow(props: { peer: PeerView }) {
  const p = () => props.peer;
  const state = () =>
    p().phase === 'syncing' ? t('sync.phase.syncing', { n: p().pending }) : t(`sync.phase.${p().phase}`);
  return (
    <li data-testid="peer-row" data-phase={p().phase}>
      <div class="sync-peer">
        <div>
          <strong>{p().deviceName ?? t('sync.unknownPeer')}</strong>
          <Show when={p().personName}> <span class="muted">· {p().personName}</span></Show>
          {' '}<span class="sync-tag">{t(`sync.link.${p().link}`)}</span>
          {' '}<span class={`sync-phase sync-phase-${p().phase}`}>{state()}</span>
        </div>
        <div class="muted small">
          {t('sync.traffic', {
            docsIn: p().docsIn, docsOut: p().docsOut, blobsIn: p().blobsIn,
            bytesIn: formatBytes(p().bytesIn), bytesOut: formatBytes(p().bytesOut),
          })}
          {' · '}{t('sync.lastSync', { at: formatLastSync(p().lastSyncAt) })}
        </div>
        <Show when={p().error}>{(e) => <div class="sync-err" role="alert">{t(e())}</div>}</Show>
      </div>
    </li>
  );
}
