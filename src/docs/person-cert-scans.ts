import * as Y from 'yjs';

/** One scan of a certificate (card photo or PDF): a blob id, never the bytes (DESIGN §3.2). */
export type CertScan = { blobId: string; mime: string; name?: string; at: number };

const certMap = (doc: Y.Doc, certId: string) => doc.getMap<Y.Map<unknown>>('certs').get(certId);

/**
 * The certificate's scan list, a Y.Array in its Y.Map (scans added on two devices at once are both kept).
 * Certificates made before scans existed get the array on their first scan.
 */
function scans(cert: Y.Map<unknown>): Y.Array<CertScan> {
  let a = cert.get('scans');
  if (!(a instanceof Y.Array)) {
    a = new Y.Array<CertScan>();
    cert.set('scans', a);
  }
  return a as Y.Array<CertScan>;
}

/** Attaches a scan; false if the certificate is gone or already has this blob. */
export function addCertScan(doc: Y.Doc, certId: string, scan: CertScan): boolean {
  const cert = certMap(doc, certId);
  if (!(cert instanceof Y.Map)) return false;
  let added = false;
  doc.transact(() => {
    const list = scans(cert);
    if (list.toArray().some((s) => s.blobId === scan.blobId)) return;
    list.push([scan]);
    cert.set('updatedAt', scan.at);
    added = true;
  });
  return added;
}

/** Detaches a scan (every copy of it, should two devices have attached the same file). The blob itself stays. */
export function removeCertScan(doc: Y.Doc, certId: string, blobId: string, at: number): void {
  const cert = certMap(doc, certId);
  const list = cert instanceof Y.Map ? cert.get('scans') : undefined;
  if (!(list instanceof Y.Array)) return;
  doc.transact(() => {
    for (let i = list.length - 1; i >= 0; i--) if ((list.get(i) as CertScan).blobId === blobId) list.delete(i, 1);
    cert!.set('updatedAt', at);
  });
}
