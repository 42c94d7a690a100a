import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/i18n';
import { CameraScanner } from './CameraScanner';
import { decodeQr, drawScaled } from './decode-qr';
import './qr-scanner.css';

export type QrScannerProps = {
  /** A QR code was read (camera, photo) or text was pasted; called with the raw text. */
  onText: (text: string) => void;
  /** A new read began (camera opened, photo chosen): the caller may clear the previous result. */
  onStart?: () => void;
  /** Reading failed (no camera, no code in the photo); the scanner shows the message too. */
  onError?: (msg: string) => void;
  /** Keep the camera on after a read and report each new code once (sign-in of one badge after another). */
  continuous?: boolean;
  /** What is being scanned, for assistive technology (default 扫码核验). */
  label?: string;
  /** Label of the photo button (default 选择卡片照片). */
  photoLabel?: string;
  /** Label of the paste fallback and its button (default 粘贴二维码文本 / 核验). */
  pasteLabel?: string;
  submitLabel?: string;
};

/**
 * A QR code from the camera, a photo or pasted text (扫码核验 of certificate cards, 扫码签到 of person badges).
 * The decoder (BarcodeDetector, else jsQR in a worker) starts on first use. Photos are also tried for light-on-dark
 * codes; a photo without a code is a message.
 */
export function QrScanner(props: QrScannerProps) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [pasted, setPasted] = createSignal('');
  const fail = (msg: string) => {
    setError(msg);
    props.onError?.(msg);
  };
  const found = (text: string) => {
    setError('');
    props.onText(text);
  };

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setError('');
    props.onStart?.();
    try {
      const bmp = await createImageBitmap(file).catch(() => null);
      if (!bmp) return fail(t('verify.file.noCode'));
      const text = await decodeQr(drawScaled(document.createElement('canvas'), bmp, bmp.width, bmp.height, 1600), true);
      bmp.close();
      if (text) found(text);
      else fail(t('verify.file.noCode'));
    } catch (e) {
      fail(t('e.unexpected', { why: String((e as Error)?.message ?? e) }));
    } finally {
      setBusy(false);
    }
  }

  const photoLabel = () => props.photoLabel ?? t('verify.file');
  /** The camera messages point to the photo button by its default name; name it as this scanner does. */
  const cameraMessage = (key: string) => t(key).replace(t('verify.file'), photoLabel());
  const pasteLabel = () => props.pasteLabel ?? t('verify.paste');
  return (
    <div class="qr-scanner">
      <CameraScanner label={props.label ?? t('verify.title')} onText={found} onStart={() => (setError(''), props.onStart?.())} onError={(k) => fail(cameraMessage(k))}
        continuous={props.continuous}>
        {/* The label is the button (the native file input shows the browser's own words). */}
        <label class="button photo" classList={{ busy: busy() }}>
          {photoLabel()}
          <input type="file" accept="image/*" class="visually-hidden" disabled={busy()} onChange={(e) => void choose(e.currentTarget)} />
        </label>
      </CameraScanner>
      <details>
        <summary>{pasteLabel()}</summary>
        <form class="row" onSubmit={(e) => (e.preventDefault(), found(pasted().trim()))}>
          <textarea aria-label={pasteLabel()} rows="3" value={pasted()} onInput={(e) => setPasted(e.currentTarget.value)} />
          <button type="submit" disabled={!pasted().trim()}>{props.submitLabel ?? t('verify.check')}</button>
        </form>
      </details>
      <Show when={busy()}><p aria-live="polite">{t('common.loading')}</p></Show>
      <Show when={error()}><p class="form-error" role="alert">{error()}</p></Show>
    </div>
  );
}
