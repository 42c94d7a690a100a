import { createSignal, For, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { DeviceView, SyncView } from '../../../../app/sync-types';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { formatLastSync } from './format';
import { RoleList } from './ThisDevicePanel';

/** 成员设备: the workspace's member devices; admins may remove one (it then receives nothing new). */
export function DevicesPanel(props: { view: SyncView }) {
  const { services } = useApp();
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal<string>();

  async function remove(d: DeviceView) {
    if (!window.confirm(`${t('device.removeConfirm', { name: d.name })}`)) return;
    setBusy(d.id);
    const r = await services.sync.removeDevice(d.id);
    setBusy(undefined);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }

  return (
    <section class="sync-part" aria-labelledby="sy-devices">
      <h3 id="sy-devices">{t('device.members')}</h3>
      <FormError error={error()} />
      <ul class="list sync-devices">
        <For each={props.view.devices}>
          {(d) => (
            <li data-testid="device-row" classList={{ removed: d.removed }}>
              <div class="sync-device">
                <div>
                  <strong>{d.name}</strong>
                  <Show when={d.self}> <span class="sync-tag self">{t('device.thisOne')}</span></Show>
                  <Show when={d.removed}> <span class="sync-tag removed">{t('device.removed')}</span></Show>
                  <Show when={d.personName}> <span class="muted">· {d.personName}</span></Show>
                  {' '}<RoleList roles={d.roles} />
                </div>
                <div class="muted small">
                  <span class="mono">{d.fingerprint}</span>
                  <Show when={!d.self}>{' · '}{t('sync.lastSync', { at: formatLastSync(d.lastSyncAt) })}</Show>
                </div>
              </div>
              <span class="spacer" />
              <Show when={props.view.isAdmin && !d.self && !d.removed}>
                <button type="button" class="link danger" disabled={busy() === d.id} onClick={() => remove(d)}
                  aria-label={`${t('device.remove')} ${d.name}`}>{t('device.remove')}</button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
