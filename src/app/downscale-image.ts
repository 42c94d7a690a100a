import { AppError } from '../domain/app-error';

/** Longest side of a stored photo: enough for a dossier or a certificate card, ~100–200 KB as JPEG. */
export const MAX_SIDE = 1280;
const MAX_INPUT = 30 * 1024 * 1024;

/**
 * Downscales a picture before it is stored (DESIGN §3.2): decode, fit within MAX_SIDE, re-encode as JPEG.
 * A file that is not a decodable image is refused with 'e.image.invalid'.
 */
export async function downscaleImage(file: Blob): Promise<{ bytes: Uint8Array; mime: string; width: number; height: number }> {
  if (file.size > MAX_INPUT) throw new AppError('e.image.tooLarge');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new AppError('e.image.invalid');
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mime: 'image/jpeg', width, height };
}
