import { AppError } from '../domain/app-error';
import type { BlobId } from '../domain/ids';
import { createBlobStore } from '../store/blob-store';
import type { SafeLedgerDb } from '../store/db';
import { getWorkspace } from '../store/workspace-meta';

/** Largest PDF kept as is (a scanned card, an exam paper, a few pages; bigger files are refused with a message). */
export const SCAN_PDF_MAX_MB = 10;

const isPdf = (f: Blob & { name?: string }) => f.type === 'application/pdf' || /\.pdf$/i.test(f.name ?? '');

/**
 * Stores an uploaded scan or document: pictures downscaled (putImage), PDFs as they are up to SCAN_PDF_MAX_MB once
 * their header is checked. Anything else is refused with `notSupported` (an i18n key).
 */
export function createUploadStore(db: SafeLedgerDb, putImage: (file: Blob) => Promise<BlobId>, notSupported: string) {
  return async function storeUpload(file: Blob & { name?: string }): Promise<{ blobId: string; mime: string }> {
    if (!isPdf(file)) {
      if (!file.type.startsWith('image/')) throw new AppError(notSupported);
      return { blobId: await putImage(file), mime: 'image/jpeg' };
    }
    if (file.size > SCAN_PDF_MAX_MB * 1024 * 1024) throw new AppError('person.e.scanTooLarge', undefined, { mb: SCAN_PDF_MAX_MB });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') throw new AppError(notSupported);
    const ws = await getWorkspace(db);
    if (!ws) throw new Error('no workspace');
    return { blobId: await createBlobStore(db, ws.key).put(bytes, 'application/pdf'), mime: 'application/pdf' };
  };
}
