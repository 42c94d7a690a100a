import type { QrDecodeReply, QrDecodeRequest } from '../../workers/qr-decode';

/** The browser's BarcodeDetector (Chrome on Android, macOS, ChromeOS); absent from lib.dom's types. */
type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> };

let native: Promise<Detector | null> | undefined;
let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (text: string | null) => void>();

/** BarcodeDetector for QR codes, or null where the browser has none. */
function nativeDetector(): Promise<Detector | null> {
  native ??= (async () => {
    const BD = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    try {
      return BD && (await BD.getSupportedFormats()).includes('qr_code') ? new BD({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return native;
}

/** jsQR in a worker (started on first use; its script is precached, so this works offline). */
function decodeInWorker(img: ImageData, thorough: boolean): Promise<string | null> {
  if (!worker) {
    worker = new Worker(new URL('../../workers/qr-decode.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<QrDecodeReply>) => {
      waiting.get(e.data.id)?.(e.data.text);
      waiting.delete(e.data.id);
    };
    // A worker that cannot start (or crashes) answers "no code" rather than leaving the page waiting.
    worker.onerror = () => {
      waiting.forEach((resolve) => resolve(null));
      waiting.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  const id = nextId++;
  const req: QrDecodeRequest = { id, pixels: img.data, width: img.width, height: img.height, thorough };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage(req, [img.data.buffer]);
  });
}

/**
 * Reads a QR code from a canvas: the browser's detector where present, else jsQR in a worker. `thorough` (photos)
 * also tries light-on-dark codes, and jsQR after a detector miss; camera frames skip both to stay cheap.
 * Null when no code is found.
 */
export async function decodeQr(canvas: HTMLCanvasElement, thorough: boolean): Promise<string | null> {
  const d = await nativeDetector();
  if (d) {
    const found = await d.detect(canvas).catch(() => []);
    if (found[0]) return found[0].rawValue;
    if (!thorough) return null;
  }
  const img = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
  return decodeInWorker(img, thorough);
}

/** Draws an image (a photo file, a video frame) onto `canvas`, scaled down to at most `max` pixels a side. */
export function drawScaled(canvas: HTMLCanvasElement, src: CanvasImageSource, w: number, h: number, max: number): HTMLCanvasElement {
  const k = Math.min(1, max / Math.max(w, h));
  canvas.width = Math.max(1, Math.round(w * k));
  canvas.height = Math.max(1, Math.round(h * k));
  canvas.getContext('2d', { willReadFrequently: true })!.drawImage(src, 0, 0, canvas.width, canvas.height);
  return canvas;
}
