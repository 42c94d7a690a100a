import { describe, expect, it } from 'vitest';
import { CertificateInput } from '../domain/certificates/certificate';
import type { DepartmentId } from '../domain/ids';
import type { ParsedRow } from '../domain/roster/types';
import { personDocId } from '../docs/doc-id';
import { readCertificates } from '../docs/person-certs';
import { writeRoster } from './import-roster';
import { savePerson } from './people-writes';
import { personInput, testWorkspace } from './test-db.testing';

const cert = (number: string, authority = '苏州市应急管理局') =>
  CertificateInput.parse({ kind: 'special-operations', number, authority, category: '1', item: '1.1', firstIssueDate: '2020-01-01' });
const row = (i: number, number: string, authority?: string): ParsedRow =>
  ({ kind: 'person', row: i + 4, person: personInput(i), sex: 'M', certificate: cert(number, authority) });

describe('writeRoster', () => {
  it('creates people with certificates; importing again updates them, no duplicates', async () => {
    const { db, docs, close } = testWorkspace();
    const rows = [row(1, 'A1'), row(2, 'A2'), row(2, 'A3')];
    expect(await writeRoster(db, docs, rows)).toEqual({ peopleCreated: 2, peopleUpdated: 0, certificates: 3 });

    const again = [row(1, 'A1', '无锡市应急管理局'), row(2, 'A2'), row(2, 'A3'), row(2, 'A4')];
    expect(await writeRoster(db, docs, again)).toEqual({ peopleCreated: 0, peopleUpdated: 2, certificates: 4 });
    expect(await db.people.count()).toBe(2);
    expect(await db.certificates.count()).toBe(4);
    const p1 = (await db.people.where('workNo').equals('W1').first())!;
    const certs = readCertificates(await docs.open(personDocId(p1.id)));
    expect(certs.map((c) => [c.number, c.authority])).toEqual([['A1', '无锡市应急管理局']]);
    close();
  });

  it('matches an existing person by ID number and keeps the dossier; creates missing departments in the same write', async () => {
    const { db, docs, close } = testWorkspace();
    await savePerson(db, docs, null, personInput(3, { name: '原名' }));
    const dept = { id: '01890000-0000-7000-8000-000000000001' as DepartmentId, name: '生产一车间', code: 'AA' };
    const r = await writeRoster(db, docs, [row(3, 'B1'), row(4, 'B2')], { departments: [dept], posts: [] });
    expect(r).toEqual({ peopleCreated: 1, peopleUpdated: 1, certificates: 2 });
    expect((await db.people.where('workNo').equals('W3').first())!.name).toBe('原名');
    expect(await db.departments.get(dept.id)).toMatchObject({ name: '生产一车间', code: 'AA' });
    close();
  });

  it('writes nothing when a 工号 was taken meanwhile (all or nothing)', async () => {
    const { db, docs, close } = testWorkspace();
    const rows = [row(5, 'C1'), row(6, 'C2')];
    // Another person took 工号 W6 after the dry run.
    await savePerson(db, docs, null, personInput(7, { workNo: 'W6' }));
    const dept = { id: '01890000-0000-7000-8000-000000000002' as DepartmentId, name: '仓储部', code: 'CC' };
    await expect(writeRoster(db, docs, rows, { departments: [dept], posts: [] })).rejects.toMatchObject({ reason: 'v.workNo.taken' });
    expect(await db.people.count()).toBe(1);
    expect(await db.certificates.count()).toBe(0);
    expect(await db.departments.count()).toBe(0);
    close();
  });
});

describe('writeRoster, certificates for people on file', () => {
  it('adds certificates to the dossiers named, and updates one with the same number', async () => {
    const { db, docs, close } = testWorkspace();
    const pid = await savePerson(db, docs, null, personInput(8));
    const certRow = (i: number, number: string, authority?: string): ParsedRow => ({ kind: 'certificate', row: i, personId: pid, certificate: cert(number, authority) });
    expect(await writeRoster(db, docs, [certRow(2, 'D1'), certRow(3, 'D2')])).toEqual({ peopleCreated: 0, peopleUpdated: 1, certificates: 2 });
    await writeRoster(db, docs, [certRow(2, 'D1', '无锡市应急管理局')]);
    expect((await db.certificates.where('personId').equals(pid).toArray()).map((c) => [c.number, c.authority]).sort()).toEqual([
      ['D1', '无锡市应急管理局'], ['D2', '苏州市应急管理局'],
    ]);
    expect(await db.people.count()).toBe(1);
    close();
  });

  it('writes nothing when a holder is gone meanwhile (all or nothing)', async () => {
    const { db, docs, close } = testWorkspace();
    const pid = await savePerson(db, docs, null, personInput(9));
    const rows: ParsedRow[] = [
      { kind: 'person', row: 2, person: personInput(10), sex: 'M', certificate: cert('E1') },
      { kind: 'certificate', row: 3, personId: pid, certificate: cert('E2') },
      { kind: 'certificate', row: 4, personId: '01890000-0000-7000-8000-00000000dead', certificate: cert('E3') },
    ];
    await expect(writeRoster(db, docs, rows)).rejects.toMatchObject({ reason: 'import.e.holderGone' });
    expect(await db.people.count()).toBe(1);
    expect(await db.certificates.count()).toBe(0);
    close();
  });
});
