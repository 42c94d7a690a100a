import { Show } from 'solid-js';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { DevicesPanel } from './sync/DevicesPanel';
import { InvitePanel } from './sync/InvitePanel';
import { JoinRequestsPanel } from './sync/JoinRequestsPanel';
import { PairingPanel } from './sync/PairingPanel';
import { PeersPanel } from './sync/PeersPanel';
import { SyncFilesPanel } from './sync/SyncFilesPanel';
import { SyncLog } from './sync/SyncLog';
import { SyncSettingsForm } from './sync/SyncSettingsForm';
import { ThisDevicePanel } from './sync/ThisDevicePanel';

/** 设置 › 同步与设备: this device, peers, member devices, joining, pairing, sync files, settings and log. */
export function SyncSection() {
  const { services } = useApp();
  const view = createLive(services.sync.view);
  return (
    <section class="card sync" aria-labelledby="st-sync">
      <h2 id="st-sync">{t('sync.title')}</h2>
      <Show when={view()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(v) => (
          <>
            <Show when={!v().ready}><p class="muted">{t('sync.notReady')}</p></Show>
            <Show when={!v().leader}><p class="muted small">{t('sync.follower')}</p></Show>
            <ThisDevicePanel view={v()} />
            <PeersPanel view={v()} />
            <DevicesPanel view={v()} />
            <Show when={v().isAdmin}>
              <JoinRequestsPanel requests={v().requests} />
              <InvitePanel invites={v().invites} />
            </Show>
            <PairingPanel isAdmin={v().isAdmin} />
            <SyncFilesPanel />
            <SyncSettingsForm settings={v().settings} />
            <SyncLog log={v().log} />
          </>
        )}
      </Show>
    </section>
  );
}
