import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { PairingAnswerView } from '../../../../app/sync-types';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { CodeBox } from './CodeBox';

/**
 * Serverless pairing, answering side: paste the other device's 配对码, hand back the 应答码, wait for the link.
 * Used by 设置 (a member device) and by 加入同事的工作区 (a new device: the code then carries an invite).
 */
export function PairingAnswer(props: { initial?: string; onActive?: (active: boolean) => void }) {
  const { services } = useApp();
  const [offer, setOffer] = createSignal(props.initial ?? '');
  const [answer, setAnswer] = createSignal<PairingAnswerView>();
  const [error, setError] = createSignal<FieldError>();
  const [outcome, setOutcome] = createSignal<'waiting' | 'done' | 'failed'>();
  const [busy, setBusy] = createSignal(false);

  async function respond() {
    setBusy(true);
    setError(undefined);
    const r = await services.sync.answerPairing(offer().trim());
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    setAnswer(r.value);
    setOutcome('waiting');
    props.onActive?.(true);
    const done = await r.value.done;
    if (answer() !== r.value) return; // reset meanwhile
    setOutcome(done.ok ? 'done' : 'failed');
    if (!done.ok) setError(Object.values(done.errors)[0]);
  }

  function reset() {
    setAnswer(undefined);
    setOutcome(undefined);
    setError(undefined);
    setOffer('');
    props.onActive?.(false);
  }

  return (
    <div class="pairing-answer">
      <Show when={answer()} fallback={
        <>
          <Field label={t('pair.pasteOffer')} error={error()} hint={t('pair.pasteOfferHint')}>
            {(id, d) => <textarea id={id} aria-describedby={d} rows={3} class="mono" value={offer()} onInput={(e) => setOffer(e.currentTarget.value)} />}
          </Field>
          <button type="button" class="primary" disabled={busy() || !offer().trim()} onClick={respond}>{t('pair.makeAnswer')}</button>
        </>
      }>
        {(a) => (
          <>
            <CodeBox label={t('pair.answer')} qrLabel={t('pair.answerQr')} text={a().text} multiline hint={t('pair.answerHint')} />
            <Show when={outcome() === 'waiting'}><p class="sync-wait" role="status">{t('pair.waiting')}</p></Show>
            <Show when={outcome() === 'done'}><p class="ok" role="status">{t('pair.connected')}</p></Show>
            <FormError error={error()} />
            <Show when={outcome() !== 'waiting'}>
              <button type="button" onClick={reset}>{t('pair.again')}</button>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
