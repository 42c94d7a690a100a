import { createSignal, Match, Show, Switch } from 'solid-js';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { path } from '../../router';
import { PairingAnswer } from '../settings/sync/PairingAnswer';

/** The invite code in a `#/join/<code>` link, if the page was opened from one. */
const inviteInPath = () => (path().startsWith('/join/') ? decodeURIComponent(path().slice('/join/'.length)) : '');

/**
 * 加入同事的工作区: join through the invite's signaling server, or without a server by answering the
 * admin's pairing code; meanwhile show this device's fingerprint for the admin to compare before approving.
 */
export function JoinWorkspace() {
  const { services } = useApp();
  const state = createLive(services.sync.join.state);
  const [invite, setInvite] = createSignal(inviteInPath());
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function viaServer() {
    setBusy(true);
    setError('');
    try {
      await services.sync.join.viaSignaling(invite().trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const s = () => state() ?? { step: 'idle' as const };
  const fingerprint = () => { const v = s(); return v.step === 'connecting' || v.step === 'waiting' ? v.fingerprint : ''; };
  const failure = () => { const v = s(); return v.step === 'failed' ? v.reason : ''; };

  return (
    <section class="card join" aria-labelledby="w-join">
      <h2 id="w-join">{t('join.title')}</h2>
      <p class="muted">{t('join.intro')}</p>
      <Field label={t('join.invite')} hint={t('join.inviteHint')}>
        {(id, d) => <textarea id={id} aria-describedby={d} rows={2} class="mono" value={invite()} onInput={(e) => setInvite(e.currentTarget.value)} />}
      </Field>
      <button type="button" class="primary" disabled={busy() || !invite().trim()} onClick={viaServer}>{t('join.viaServer')}</button>
      <Show when={error()}><FormError error={{ key: 'e.unexpected', params: { why: error() } }} /></Show>

      <h3>{t('join.noServer')}</h3>
      <p class="muted">{t('join.noServerHint')}</p>
      <PairingAnswer />

      <div class="join-state" aria-live="polite">
        <Show when={fingerprint()}>
          <p>{t('join.checkFingerprint')}</p>
          <p class="fingerprint mono" data-testid="join-fingerprint">{fingerprint()}</p>
        </Show>
        <Switch>
          <Match when={s().step === 'connecting'}><p class="sync-wait" role="status">{t('join.connecting')}</p></Match>
          <Match when={s().step === 'waiting'}><p class="sync-wait" role="status">{t('join.waiting')}</p></Match>
          <Match when={s().step === 'done'}><p class="ok" role="status">{t('join.done')}</p></Match>
          <Match when={failure()}>{(reason) => <p class="form-error" role="alert">{t(reason())}</p>}</Match>
        </Switch>
      </div>
    </section>
  );
}
