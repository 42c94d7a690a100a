import { describe, expect, it } from 'vitest';
import { CertificateInput } from '../domain/certificates/certificate';
import { DoseEntryInput } from '../domain/person-dose';
import { OperationInput, toOperationRecord } from '../domain/person-operation';
import { WorkEntryInput } from '../domain/person-work';
import { addCertificateScan, removeCertificateScan } from './cert-scan-writes';
import { saveCertificate } from './certificate-writes';
import { addOperation, removePersonRecord, savePersonRecord } from './dossier-writes';
import { savePerson, setPersonNote } from './people-writes';
import { personInput, testWorkspace } from './test-db.testing';
import { verifyProjections } from './verify-projections';

const work = WorkEntryInput.parse({ from: '2015-03-01', employer: '甲厂', work: '电工' });

describe('dossier record writes', () => {
  it('store each record and project it to the person row in the same commit', async () => {
    const w = testWorkspace();
    const pid = await savePerson(w.db, w.docs, null, personInput(1));
    const wid = await savePersonRecord(w.docs, pid, 'work', null, work);
    await savePersonRecord(w.docs, pid, 'doses', null, DoseEntryInput.parse({ from: '2025-01-01', to: '2025-03-31', dose: '12.5' }));
    await addOperation(w.docs, pid, toOperationRecord(OperationInput.parse({ category: '1', item: '1.2' })));
    await setPersonNote(w.docs, pid, '夜班');
    let row = (await w.db.people.get(pid))!;
    expect(row.workHistory.map((r) => r.id)).toEqual([wid]);
    expect(row.doses[0]!.dose).toBe(12.5);
    expect(row.operations[0]!.itemName).toBe('低压电工作业');
    expect(row.note).toBe('夜班');
    expect(row.edits.at(-1)).toMatchObject({ f: 'note', v: '夜班' });

    await savePersonRecord(w.docs, pid, 'work', wid, { ...work, to: '2019-12-31', employer: '乙厂' }, ['to']);
    row = (await w.db.people.get(pid))!;
    expect(row.workHistory[0]).toMatchObject({ employer: '甲厂', to: '2019-12-31' });
    await removePersonRecord(w.docs, pid, 'work', wid);
    expect((await w.db.people.get(pid))!.workHistory).toEqual([]);
    expect(await verifyProjections(w.db)).toEqual([]);
    w.close();
  });

  it('refuses a second copy of an operation item and an edit of a deleted record, changing nothing', async () => {
    const w = testWorkspace();
    const pid = await savePerson(w.db, w.docs, null, personInput(2));
    const op = toOperationRecord(OperationInput.parse({ category: '2', item: '2.1' }));
    await addOperation(w.docs, pid, op);
    const before = await w.db.updates.count();
    await expect(addOperation(w.docs, pid, op)).rejects.toMatchObject({ reason: 'person.e.opTwice', field: 'item' });
    await expect(savePersonRecord(w.docs, pid, 'work', '0190a000-0000-7000-8000-00000000dead', work, ['note']))
      .rejects.toMatchObject({ reason: 'person.e.recordGone' });
    expect(await w.db.updates.count()).toBe(before);
    expect((await w.db.people.get(pid))!.workHistory).toEqual([]);
    w.close();
  });

  it('attaches and detaches certificate scans (projected with the certificate)', async () => {
    const w = testWorkspace();
    const pid = await savePerson(w.db, w.docs, null, personInput(3));
    const cid = await saveCertificate(w.docs, pid, null, CertificateInput.parse({
      kind: 'hazchem-manager', number: 'HC-1', authority: '苏州市应急管理局', firstIssueDate: '2024-03-01',
    }));
    await addCertificateScan(w.docs, pid, cid, { blobId: 'b1', mime: 'application/pdf', name: '证书.pdf' });
    expect((await w.db.certificates.get(cid))!.scans).toMatchObject([{ blobId: 'b1', mime: 'application/pdf', name: '证书.pdf' }]);
    await removeCertificateScan(w.docs, pid, cid, 'b1');
    expect((await w.db.certificates.get(cid))!.scans).toEqual([]);
    await expect(addCertificateScan(w.docs, pid, 'gone', { blobId: 'b2', mime: 'image/jpeg' })).rejects.toMatchObject({ reason: 'person.e.recordGone' });
    w.close();
  });
});
