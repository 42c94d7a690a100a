import { createResource, createSignal, Show } from 'solid-js';
import type { CardService } from '../../../app/services';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { CameraScanner } from './CameraScanner';
import { decodeQr, drawScaled } from './decode-qr';
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
  const [busy, setBusy] = createSignal(false);
  const [pasted, setPasted] = createSignal('');

  async function check(text: string) {
    setError('');
    setResult(null);
    try {
      setResult(await props.svc.verify(text));
    } catch (e) {
      setError(t('e.unexpected', { why: String((e as Error)?.message ?? e) }));
    }
  }

  /** A photo of a card: decoded like a camera frame, but also trying inverted codes. */
  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError('');
    try {
      const bmp = await createImageBitmap(file).catch(() => null);
      if (!bmp) return setError(t('verify.file.noCode'));
      const text = await decodeQr(drawScaled(document.createElement('canvas'), bmp, bmp.width, bmp.height, 1600), true);
      bmp.close();
      if (text) await check(text);
      else setError(t('verify.file.noCode'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div class="card verify-inputs">
        <CameraScanner onText={(text) => void check(text)}>
          {/* The label is the button (the native file input shows the browser's own words). */}
          <label class="button photo" classList={{ busy: busy() }}>
            {t('verify.file')}
            <input type="file" accept="image/*" class="visually-hidden" disabled={busy()} onChange={(e) => void choose(e.currentTarget)} />
          </label>
        </CameraScanner>
        <details>
          <summary>{t('verify.paste')}</summary>
          <form class="row" onSubmit={(e) => (e.preventDefault(), void check(pasted()))}>
            <textarea aria-label={t('verify.paste')} rows="3" value={pasted()} onInput={(e) => setPasted(e.currentTarget.value)} />
            <button type="submit" disabled={!pasted().trim()}>{t('verify.check')}</button>
          </form>
        </details>
      </div>
      <Show when={busy()}><p aria-live="polite">{t('common.loading')}</p></Show>
      <Show when={error()}><p class="form-error" role="alert">{error()}</p></Show>
      <Show when={result()}>{(r) => <VerifyResultView result={r()} />}</Show>
    </>
  );
}
