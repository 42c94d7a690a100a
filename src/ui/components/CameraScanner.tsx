import { createSignal, onCleanup, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { decodeQr, drawScaled } from './decode-qr';

/** Frames are scanned this often (a QR decode of a 720 px frame takes ~20–60 ms in JS). */
const EVERY_MS = 200;
/** In continuous mode, the same code read again within this time is the same scan (the code is still in view). */
const SAME_CODE_MS = 2500;

/**
 * 打开摄像头扫码: the back camera in a viewfinder, frames decoded until a QR code is read. The camera then stops,
 * unless `continuous` (sign-in: one badge after another), which keeps it on and reports each new code once.
 * A refused permission or a missing camera goes to `onError` as a message key (verify.cam.*); the caller shows it.
 * `children` (the photo button) sit beside the camera button.
 */
export function CameraScanner(props: {
  /** Names the viewfinder for assistive technology (扫码核验, 扫码签到 …). */
  label: string;
  onText: (text: string) => void;
  onStart: () => void;
  onError: (key: 'verify.cam.none' | 'verify.cam.denied') => void;
  continuous?: boolean;
  children?: JSX.Element;
}) {
  const [on, setOn] = createSignal(false);
  const canvas = document.createElement('canvas');
  let video!: HTMLVideoElement;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = { text: '', at: 0 };

  function stop() {
    clearTimeout(timer);
    stream?.getTracks().forEach((tr) => tr.stop());
    stream = null;
    setOn(false);
  }
  onCleanup(stop);

  async function start() {
    props.onStart();
    if (!navigator.mediaDevices?.getUserMedia) return props.onError('verify.cam.none');
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      setOn(true);
      video.srcObject = stream;
      await video.play();
      timer = setTimeout(scan, EVERY_MS);
    } catch (e) {
      stop();
      const name = (e as DOMException)?.name;
      props.onError(name === 'NotAllowedError' || name === 'SecurityError' ? 'verify.cam.denied' : 'verify.cam.none');
    }
  }

  async function scan() {
    if (!stream) return;
    if (video.videoWidth > 0) {
      const text = await decodeQr(drawScaled(canvas, video, video.videoWidth, video.videoHeight, 720), false).catch(() => null);
      if (text && stream) {
        const now = Date.now();
        const repeat = text === last.text && now - last.at < SAME_CODE_MS;
        last = { text, at: now };
        if (!props.continuous) {
          stop();
          return props.onText(text);
        }
        if (!repeat) props.onText(text);
      }
    }
    if (stream) timer = setTimeout(scan, EVERY_MS);
  }

  return (
    <div class="qr-camera">
      <div class="row">
        <button type="button" class={on() ? '' : 'primary'} onClick={() => (on() ? stop() : void start())}>
          {on() ? t('verify.cam.stop') : t('verify.cam.start')}
        </button>
        {props.children}
      </div>
      <div class="viewfinder" hidden={!on()}>
        <video ref={video} muted playsinline aria-label={props.label} />
      </div>
    </div>
  );
}
