import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { AppError } from '../domain/app-error';
import { isTrueType } from '../reports/pdf/register-font';

/**
 * Cache Storage bucket of the PDF font. The 10 MB font is not in the service worker's precache (it would make every
 * install and update download it); it is fetched the first time a PDF is made and kept here for offline use.
 */
export const FONT_CACHE = 'sl-fonts';

let loading: Promise<Uint8Array> | null = null;

/**
 * The CJK TrueType font the PDF reports embed: from memory, else from Cache Storage, else fetched once and cached.
 * Offline before the first download, it fails with 'pdf.e.fontOffline'. The same byte array is returned every
 * time, which lets the reports keep their converted copy of it.
 */
export function loadPdfFont(): Promise<Uint8Array> {
  loading ??= readFont().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function readFont(): Promise<Uint8Array> {
  const url = new URL(fontUrl, location.href).href;
  // Cache Storage exists only in secure contexts (https, localhost); elsewhere the font is fetched each session.
  const cache = globalThis.caches ? await caches.open(FONT_CACHE) : null;
  const hit = await cache?.match(url);
  if (hit) return new Uint8Array(await hit.arrayBuffer());

  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new AppError('pdf.e.fontOffline');
  }
  if (!res.ok) throw new AppError('pdf.e.fontFetch', undefined, { status: res.status });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A static host may answer a missing file with its index page: never cache that as the font.
  if (!isTrueType(bytes)) throw new AppError('pdf.e.fontFetch', undefined, { status: res.status });
  if (cache) {
    try {
      await cache.put(url, new Response(bytes as BlobPart, { headers: { 'content-type': 'font/ttf' } }));
      // A new build may ship the font under a new hashed name: drop the old copies.
      for (const req of await cache.keys()) if (req.url !== url) await cache.delete(req);
    } catch (e) {
      // Storage full: this PDF can still be made; the font is fetched again next session.
      console.warn('PDF font not cached', e);
    }
  }
  return bytes;
}
