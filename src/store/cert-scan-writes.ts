import { AppError } from '../domain/app-error';
import type { PersonId } from '../domain/ids';
import { personDocId } from '../docs/doc-id';
import { addCertScan, removeCertScan, type CertScan } from '../docs/person-cert-scans';
import type { DocStore } from './doc-store';

/** Attaches a stored blob to a certificate as a scan; refused if the certificate was deleted meanwhile. */
export async function addCertificateScan(docs: DocStore, personId: PersonId, certId: string, scan: Omit<CertScan, 'at'>): Promise<void> {
  await docs.change(personDocId(personId), (doc) => {
    if (!doc.getMap('certs').has(certId)) throw new AppError('person.e.recordGone');
    addCertScan(doc, certId, { ...scan, at: Date.now() });
  });
}

/** Detaches a scan from a certificate (the blob stays in the store: another record may use the same file). */
export async function removeCertificateScan(docs: DocStore, personId: PersonId, certId: string, blobId: string): Promise<void> {
  await docs.change(personDocId(personId), (doc) => removeCertScan(doc, certId, blobId, Date.now()));
}
