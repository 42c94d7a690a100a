import { createSignal, For, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { SyncView } from '../../../../app/sync-types';
import { Field } from '../../../components/Field';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

/** 本机: this device's name (editable), fingerprint and roles. */
export function ThisDevicePanel(props: { view: SyncView }) {
  const { services } = useApp();
  const [name, setName] = createSignal<string>();
  const [error, setError] = createSignal<FieldError>();
  const [saved, setSaved] = createSignal(false);

  async function rename(e: Event) {
    e.preventDefault();
    const r = await services.sync.renameDevice((name() ?? props.view.deviceName).trim());
    setError(r.ok ? undefined : r.errors.name ?? Object.values(r.errors)[0]);
    setSaved(r.ok);
    if (r.ok) setName(undefined);
  }

  return (
    <section class="sync-part" aria-labelledby="sy-self">
      <h3 id="sy-self">{t('device.self')}</h3>
      <form class="form inline" onSubmit={rename} novalidate>
        <Field label={t('device.name')} error={error()}>
          {(id, d) => (
            <input id={id} aria-describedby={d} value={name() ?? props.view.deviceName}
              onInput={(e) => (setName(e.currentTarget.value), setSaved(false))} />
          )}
        </Field>
        <div class="actions">
          <button type="submit">{t('device.rename')}</button>
          <Show when={saved()}><span class="ok" role="status">{t('common.saved')}</span></Show>
        </div>
      </form>
      <dl>
        <div><dt>{t('device.fingerprint')}</dt><dd class="mono">{props.view.fingerprint}</dd></div>
        <div>
          <dt>{t('device.roles')}</dt>
          <dd><RoleList roles={props.view.roles} /></dd>
        </div>
      </dl>
    </section>
  );
}

/** Role labels, joined (管理员、记录员). */
export function RoleList(props: { roles: readonly string[] }) {
  return (
    <Show when={props.roles.length} fallback={<span class="muted">{t('common.none')}</span>}>
      <span class="roles"><For each={props.roles}>{(r) => <span class="sync-tag">{t(`role.${r}`)}</span>}</For></span>
    </Show>
  );
}
