import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CertificateInput } from '../domain/certificates/certificate';
import { readCertificates, writeCertificate } from './person-certs';

const base = CertificateInput.parse({
  kind: 'hazchem-manager', number: 'HC-2024-001', authority: '苏州市应急管理局', firstIssueDate: '2024-03-01',
});

describe('certificates in the person doc', () => {
  it('round-trips, and reviews recorded on two devices at once are both kept', () => {
    const a = new Y.Doc();
    writeCertificate(a, 'c1', base, 1);
    expect(readCertificates(a)).toMatchObject([{ id: 'c1', number: 'HC-2024-001', reviews: [] }]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeCertificate(a, 'c1', { ...base, reviews: [{ date: '2025-03-01', result: 'passed' }] }, 2);
    writeCertificate(b, 'c1', { ...base, authority: '江苏省应急管理厅', reviews: [{ date: '2025-03-02', result: 'failed' }] }, 3);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ca = readCertificates(a)[0]!;
    expect(readCertificates(b)[0]).toEqual(ca);
    expect(ca.authority).toBe('江苏省应急管理厅');
    expect(ca.reviews.map((r) => r.date).sort()).toEqual(['2025-03-01', '2025-03-02']);
  });
});
