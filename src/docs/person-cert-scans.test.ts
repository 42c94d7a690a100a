import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CertificateInput } from '../domain/certificates/certificate';
import { addCertScan, removeCertScan } from './person-cert-scans';
import { readCertificates, writeCertificate } from './person-certs';

const cert = CertificateInput.parse({ kind: 'hazchem-manager', number: 'HC-1', authority: '苏州市应急管理局', firstIssueDate: '2024-03-01' });
const scan = (blobId: string, at = 1) => ({ blobId, mime: 'image/jpeg', at });

describe('certificate scans', () => {
  it('attaches blob ids in the certificate, survives a form save, and detaches them', () => {
    const doc = new Y.Doc();
    writeCertificate(doc, 'c1', cert, 1);
    expect(addCertScan(doc, 'c1', scan('b1'))).toBe(true);
    expect(addCertScan(doc, 'c1', scan('b1'))).toBe(false); // the same file twice is kept once
    expect(addCertScan(doc, 'nope', scan('b2'))).toBe(false);
    writeCertificate(doc, 'c1', { ...cert, authority: '江苏省应急管理厅' }, 2); // the form knows nothing of scans
    expect(readCertificates(doc)[0]).toMatchObject({ authority: '江苏省应急管理厅', scans: [scan('b1')] });
    removeCertScan(doc, 'c1', 'b1', 3);
    expect(readCertificates(doc)[0]!.scans).toEqual([]);
  });

  it('keeps scans attached on two devices at once (also on a certificate made before scans existed)', () => {
    for (const old of [false, true]) {
      const a = new Y.Doc();
      writeCertificate(a, 'c1', cert, 1);
      if (old) a.getMap<Y.Map<unknown>>('certs').get('c1')!.delete('scans');
      if (old) addCertScan(a, 'c1', scan('b0')); // the first scan of an old certificate makes the list
      const b = new Y.Doc();
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      addCertScan(a, 'c1', scan('b1', 2));
      addCertScan(b, 'c1', scan('b2', 3));
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      const ids = readCertificates(a)[0]!.scans!.map((s) => s.blobId).sort();
      expect(ids).toEqual(old ? ['b0', 'b1', 'b2'] : ['b1', 'b2']);
      expect(readCertificates(b)).toEqual(readCertificates(a));
    }
  });
});
