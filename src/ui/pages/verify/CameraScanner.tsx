import { createSignal, onCleanup, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/i18n';
import { decodeQr, drawScaled } from './decode-qr';

/** Frames are scanned this often (a QR decode of a 720 px frame takes ~20–60 ms in JS). */
const EVERY_MS = 200;

/**
 * 打开摄像头扫码: the back camera in a viewfinder, frames decoded until a QR code is read, then the camera stops.
 * A refused permission or a missing camera is a message; the photo and paste inputs keep working.
 * `children` (the photo button) sit beside the camera button.
 */
export function CameraScanner(props: { onText: (text: string) => void; children?: JSX.Element }) {
  const [on, setOn] = createSignal(false);
  const [error, setError] = createSignal('');
  const canvas = document.createElement('canvas');
  let video!: HTMLVideoElement;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function stop() {
    clearTimeout(timer);
    stream?.getTracks().forEach((tr) => tr.stop());
    stream = null;
    setOn(false);
  }
  onCleanup(stop);

  async function start() {
    setError('');
    if (!navigator.mediaDevices?.getUserMedia) return setError('verify.cam.none');
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      setOn(true);
      video.srcObject = stream;
      await video.play();
      timer = setTimeout(scan, EVERY_MS);
    } catch (e) {
      stop();
      const name = (e as DOMException)?.name;
      setError(name === 'NotAllowedError' || name === 'SecurityError' ? 'verify.cam.denied' : 'verify.cam.none');
    }
  }

  async function scan() {
    if (!stream) return;
    if (video.videoWidth > 0) {
      const text = await decodeQr(drawScaled(canvas, video, video.videoWidth, video.videoHeight, 720), false).catch(() => null);
      if (text && stream) {
        stop();
        return props.onText(text);
      }
    }
    if (stream) timer = setTimeout(scan, EVERY_MS);
  }

  return (
    <div class="verify-camera">
      <div class="row">
        <button type="button" class={on() ? '' : 'primary'} onClick={() => (on() ? stop() : void start())}>
          {on() ? t('verify.cam.stop') : t('verify.cam.start')}
        </button>
        {props.children}
      </div>
      <div class="viewfinder" hidden={!on()}>
        <video ref={video} muted playsinline aria-label={t('verify.title')} />
      </div>
      <Show when={error()}>{(k) => <p class="form-error" role="alert">{t(k())}</p>}</Show>
    </div>
  );
}
