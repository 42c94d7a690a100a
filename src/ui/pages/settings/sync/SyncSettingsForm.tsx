import { createSignal, For, Show, untrack } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { SyncSettingsView } from '../../../../app/sync-types';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** 同步设置: signaling servers (one per line, ws:// or wss://) and ICE servers (presets and custom stun:/turn:). */
export function SyncSettingsForm(props: { settings: SyncSettingsView }) {
  const { services } = useApp();
  const presets = services.sync.icePresets;
  // Edited locally from the values at first render; live changes do not overwrite what is being typed.
  const initial = untrack(() => props.settings);
  const [signaling, setSignaling] = createSignal(initial.signalingUrls.join('\n'));
  const [chosen, setChosen] = createSignal(new Set(initial.iceServers.filter((u) => presets.some((p) => p.url === u))));
  const [custom, setCustom] = createSignal(initial.iceServers.filter((u) => !presets.some((p) => p.url === u)).join('\n'));
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [saved, setSaved] = createSignal(false);

  const toggle = (url: string, on: boolean) =>
    setChosen((s) => { const n = new Set(s); if (on) n.add(url); else n.delete(url); return n; });

  async function save(e: Event) {
    e.preventDefault();
    const iceServers = [...presets.filter((p) => chosen().has(p.url)).map((p) => p.url), ...lines(custom())];
    const r = await services.sync.saveSettings({ signalingUrls: lines(signaling()), iceServers });
    setErrors(r.ok ? {} : r.errors);
    setSaved(r.ok);
  }

  return (
    <section class="sync-part" aria-labelledby="sy-settings">
      <h3 id="sy-settings">{t('sync.settings')}</h3>
      <form class="form" onSubmit={save} novalidate onInput={() => setSaved(false)}>
        <Field label={t('sync.signaling')} error={errors().signalingUrls} hint={t('sync.signalingHint')}>
          {(id, d) => <textarea id={id} aria-describedby={d} rows={3} class="mono" placeholder="wss://" value={signaling()} onInput={(e) => setSignaling(e.currentTarget.value)} />}
        </Field>
        <fieldset class="ice-presets">
          <legend>{t('sync.icePresets')}</legend>
          <For each={presets}>
            {(p) => (
              <label class="check">
                <input type="checkbox" checked={chosen().has(p.url)} onChange={(e) => toggle(p.url, e.currentTarget.checked)} />
                {p.label} <span class="muted small mono">{p.url}</span>
              </label>
            )}
          </For>
          <p class="muted small">{t('sync.iceHint')}</p>
        </fieldset>
        <Field label={t('sync.iceCustom')} error={errors().iceServers} hint={t('sync.iceCustomHint')}>
          {(id, d) => <textarea id={id} aria-describedby={d} rows={2} class="mono" value={custom()} onInput={(e) => setCustom(e.currentTarget.value)} />}
        </Field>
        <FormError error={errors()['']} />
        <div class="actions">
          <button type="submit" class="primary">{t('sync.saveSettings')}</button>
          <Show when={saved()}><span class="ok" role="status">{t('common.saved')}</span></Show>
        </div>
      </form>
    </section>
  );
}
