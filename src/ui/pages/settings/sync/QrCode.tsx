import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { useApp } from '../../../context';

/** A QR code of `text`, drawn by the sync service (its QR library loads on demand); empty until drawn. */
export function QrCode(props: { text: string; label: string }) {
  const { services } = useApp();
  const [svg, setSvg] = createSignal('');
  createEffect(on(() => props.text, (text) => {
    let current = true;
    onCleanup(() => (current = false));
    setSvg('');
    services.sync.qrSvg(text).then(
      (s) => current && setSvg(s),
      // The text is shown beside the code, so a missing QR code still leaves a way to copy it.
      (e) => console.error('QR code failed', e),
    );
  }));
  return <div class="qr" role="img" aria-label={props.label} innerHTML={svg()} />;
}
