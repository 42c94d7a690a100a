import { createSignal, onCleanup, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { PairingStart } from '../../../../app/sync-types';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { CodeBox } from './CodeBox';
import { PairingAnswer } from './PairingAnswer';

/**
 * 无服务器配对: two devices on one network connect by exchanging a 配对码 and an 应答码 (copied or scanned).
 * Only one side shows while a pairing runs, so each code field is the only one of its name on the page.
 */
export function PairingPanel(props: { isAdmin: boolean }) {
  const [side, setSide] = createSignal<'start' | 'answer'>();
  return (
    <section class="sync-part" aria-labelledby="sy-pair">
      <h3 id="sy-pair">{t('pair.title')}</h3>
      <p class="muted">{t('pair.intro')}</p>
      <div class="pairing">
        <Show when={side() !== 'answer'}>
          <div class="pairing-side">
            <h4>{t('pair.startTitle')}</h4>
            <PairingStarter isAdmin={props.isAdmin} onActive={(on) => setSide(on ? 'start' : undefined)} />
          </div>
        </Show>
        <Show when={side() !== 'start'}>
          <div class="pairing-side">
            <h4>{t('pair.answerTitle')}</h4>
            <PairingAnswer onActive={(on) => setSide(on ? 'answer' : undefined)} />
          </div>
        </Show>
      </div>
    </section>
  );
}

function PairingStarter(props: { isAdmin: boolean; onActive: (active: boolean) => void }) {
  const { services } = useApp();
  const [invite, setInvite] = createSignal(false);
  const [pairing, setPairing] = createSignal<PairingStart>();
  const [answer, setAnswer] = createSignal('');
  const [error, setError] = createSignal<FieldError>();
  const [connected, setConnected] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  // Leaving the page abandons a pairing that has not connected yet.
  onCleanup(() => !connected() && pairing()?.cancel());

  async function start() {
    setBusy(true);
    setError(undefined);
    const r = await services.sync.startPairing(props.isAdmin && invite());
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    setPairing(r.value);
    props.onActive(true);
  }

  async function connect() {
    setBusy(true);
    setError(undefined);
    const r = await pairing()!.accept(answer().trim());
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    setConnected(true);
  }

  function reset() {
    if (!connected()) pairing()?.cancel();
    setPairing(undefined);
    setConnected(false);
    setAnswer('');
    setError(undefined);
    props.onActive(false);
  }

  return (
    <Show when={pairing()} fallback={
      <>
        <Show when={props.isAdmin}>
          <label class="check">
            <input type="checkbox" checked={invite()} onChange={(e) => setInvite(e.currentTarget.checked)} />
            {t('pair.allowJoin')}
          </label>
        </Show>
        <FormError error={error()} />
        <button type="button" class="primary" disabled={busy()} onClick={start}>{t('pair.start')}</button>
      </>
    }>
      {(p) => (
        <>
          <CodeBox label={t('pair.offer')} qrLabel={t('pair.offerQr')} text={p().text} multiline hint={t('pair.offerHint')} />
          <Show when={!connected()} fallback={<p class="ok" role="status">{t('pair.connected')}</p>}>
            <Field label={t('pair.pasteAnswer')} error={error()}>
              {(id, d) => <textarea id={id} aria-describedby={d} rows={3} class="mono" value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} />}
            </Field>
          </Show>
          <div class="actions">
            <Show when={!connected()}>
              <button type="button" class="primary" disabled={busy() || !answer().trim()} onClick={connect}>{t('pair.connect')}</button>
            </Show>
            <button type="button" onClick={reset}>{connected() ? t('pair.again') : t('common.cancel')}</button>
          </div>
        </>
      )}
    </Show>
  );
}
