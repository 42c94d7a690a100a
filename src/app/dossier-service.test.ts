import { describe, expect, it } from 'vitest';
import { CertificateInput } from '../domain/certificates/certificate';
import type { BlobId } from '../domain/ids';
import { saveCertificate } from '../store/certificate-writes';
import { newWorkspaceInfo, putWorkspace } from '../store/workspace-meta';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { savePerson } from '../store/people-writes';
import { createDossierService, SCAN_PDF_MAX_MB } from './dossier-service';

const pdf = (size: number, name = '证书.pdf') => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return new File([bytes], name, { type: 'application/pdf' });
};

async function setup() {
  const w = testWorkspace();
  await putWorkspace(w.db, newWorkspaceInfo('测试'));
  const images: Blob[] = [];
  const svc = createDossierService(w.db, w.docs, async (f) => (images.push(f), 'img-1' as BlobId));
  const pid = await savePerson(w.db, w.docs, null, personInput(1));
  const cert = await saveCertificate(w.docs, pid, null, CertificateInput.parse({
    kind: 'hazchem-manager', number: 'HC-1', authority: '苏州市应急管理局', firstIssueDate: '2024-03-01',
  }));
  return { ...w, svc, pid, cert, images };
}

describe('dossier service: certificate scans', () => {
  it('stores a PDF as is (chunked, encrypted) and a picture through the downscaler, and attaches both', async () => {
    const { db, svc, pid, cert, images, close } = await setup();
    expect(await svc.addScan(pid, cert, pdf(200_000))).toEqual({ ok: true, value: undefined });
    expect(await svc.addScan(pid, cert, new File([new Uint8Array(10)], 'card.jpg', { type: 'image/jpeg' }))).toMatchObject({ ok: true });
    expect(images).toHaveLength(1);
    const scans = (await db.certificates.get(cert))!.scans!;
    expect(scans.map((s) => [s.mime, s.name])).toEqual([['application/pdf', '证书.pdf'], ['image/jpeg', 'card.jpg']]);
    const stored = await db.blobs.get(scans[0]!.blobId);
    expect(stored).toMatchObject({ mime: 'application/pdf', size: 200_000, chunks: 4 });
    close();
  });

  it('refuses an oversized PDF, a file that only claims to be a PDF, and other types — storing nothing', async () => {
    const { db, svc, pid, cert, close } = await setup();
    const big = await svc.addScan(pid, cert, pdf(SCAN_PDF_MAX_MB * 1024 * 1024 + 1));
    expect(big).toEqual({ ok: false, errors: { '': { key: 'person.e.scanTooLarge', params: { mb: SCAN_PDF_MAX_MB } } } });
    const fake = await svc.addScan(pid, cert, new File(['hello'], 'fake.pdf', { type: 'application/pdf' }));
    expect(fake).toMatchObject({ ok: false, errors: { '': { key: 'person.e.scanType' } } });
    const text = await svc.addScan(pid, cert, new File(['hello'], 'a.txt', { type: 'text/plain' }));
    expect(text).toMatchObject({ ok: false, errors: { '': { key: 'person.e.scanType' } } });
    expect(await db.blobs.count()).toBe(0);
    expect((await db.certificates.get(cert))!.scans).toEqual([]);
    close();
  });

  it('validates records at the boundary: a bad dose changes nothing', async () => {
    const { db, svc, pid, close } = await setup();
    expect(await svc.saveDose(pid, null, { from: '2025-01-01', to: '2025-03-31', dose: '-1' })).toEqual({
      ok: false, errors: { dose: { key: 'v.person.dose' } },
    });
    expect(await svc.saveNote(pid, '<script>x</script>')).toMatchObject({ ok: false, errors: { '': { key: 'v.markup' } } });
    expect((await db.people.get(pid))!.doses).toEqual([]);
    expect((await db.people.get(pid))!.note).toBeUndefined();
    close();
  });
});
