import { createResource, createSignal, Show } from 'solid-js';
import type { CardService } from '../../../app/services';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { QrScanner } from '../../components/QrScanner';
import { VerifyResultView } from './VerifyResultView';
import './verify.css';

/** 扫码核验 (PRODUCT C5): a certificate card's QR code from the camera, a photo or pasted text, verified offline. */
export default function VerifyPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.cards.load());
  return (
    <section class="page verify" aria-labelledby="vf-h">
      <h1 id="vf-h">{t('verify.title')}</h1>
      <p class="hint">{t('verify.intro')}</p>
      <Show when={svc()} fallback={<p>{t('common.loading')}</p>}>{(s) => <Verifier svc={s()} />}</Show>
    </section>
  );
}

function Verifier(props: { svc: CardService }) {
  const [result, setResult] = createSignal<Awaited<ReturnType<CardService['verify']>> | null>(null);
  const [error, setError] = createSignal('');

  async function check(text: string) {
    setError('');
    setResult(null);
    try {
      setResult(await props.svc.verify(text));
    } catch (e) {
      setError(t('e.unexpected', { why: String((e as Error)?.message ?? e) }));
    }
  }

  return (
    <>
      <div class="card verify-inputs">
        <QrScanner label={t('verify.title')} onText={(text) => void check(text)} onStart={() => (setResult(null), setError(''))} onError={() => setResult(null)} />
      </div>
      <Show when={error()}><p class="form-error" role="alert">{error()}</p></Show>
      <Show when={result()}>{(r) => <VerifyResultView result={r()} />}</Show>
    </>
  );
}
