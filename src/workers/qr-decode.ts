import jsQRModule from 'jsqr';

/** A request: an image's RGBA pixels; `thorough` also tries light-on-dark codes (photos). */
export type QrDecodeRequest = { id: number; pixels: Uint8ClampedArray; width: number; height: number; thorough: boolean };
export type QrDecodeReply = { id: number; text: string | null };

// jsQR is CommonJS: interop gives its exports object or the function, and both carry the function as `default`.
const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule }).default;

/**
 * Worker: decodes QR codes with jsQR (pure JS, ~40 KB gzip) off the main thread, so a camera preview stays smooth
 * on browsers without BarcodeDetector. Loaded only by 扫码核验, cached by the service worker for offline use.
 */
self.onmessage = (e: MessageEvent<QrDecodeRequest>) => {
  const { id, pixels, width, height, thorough } = e.data;
  let text: string | null = null;
  try {
    text = jsQR(pixels, width, height, { inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert' })?.data ?? null;
  } catch {
    text = null;
  }
  self.postMessage({ id, text } satisfies QrDecodeReply);
};
