import { describe, expect, it } from 'vitest';
import { CertificateInput } from '../domain/certificates/certificate';
import { RuleOverrideEntry } from '../domain/certificates/rule-override-entry';
import type { PersonId } from '../domain/ids';
import { saveCertificate } from './certificate-writes';
import { openDb } from './db';
import { createDocStore } from './doc-store';
import { createPeople } from './people-writes';
import { certificateReminders } from './queries/certificate-reminders';
import { rebuildProjections } from './rebuild-projections';
import { writeRuleOverride } from './rule-writes';
import { deleteCertKind, saveCertKind } from './cert-kind-writes';
import { rulesInForce } from './projection-context';
import { OtherCertKindInput } from '../domain/certificates/other-cert-kind';
import { certificateSchedule } from '../domain/certificates/schedule';
import { personInput, testWorkspace } from './test-db.testing';
import { verifyProjections } from './verify-projections';

const INTERVAL = 'special_operation_certificate.review_interval_years';
const entry = (over: Partial<RuleOverrideEntry>) =>
  RuleOverrideEntry.parse({ id: `e-${Math.random()}`, ruleId: INTERVAL, value: 2, by: '王管理', at: '2026-11-01', ts: 1, reason: '地方通知', ...over });

async function withCertificate() {
  const w = testWorkspace();
  const [pid] = await createPeople(w.db, w.docs, [personInput(1)]);
  const cert = CertificateInput.parse({ kind: 'special-operations', number: 'T1', authority: '苏州市应急管理局', category: '1', item: '1.1', firstIssueDate: '2024-03-10' });
  await saveCertificate(w.docs, pid as PersonId, null, cert);
  return { ...w, pid: pid as PersonId };
}

describe('rule overrides in the catalog doc', () => {
  it('store each certificate due date under the rules in force, and re-date every certificate when an override is set or withdrawn', async () => {
    const { db, docs, close } = await withCertificate();
    expect((await db.certificates.toArray()).map((c) => [c.due, c.dueEvent])).toEqual([['2027-03-10', 'review']]);

    await writeRuleOverride(docs, entry({ id: 'a', ts: 10 }));
    expect((await db.certificates.toArray())[0]!.due).toBe('2026-03-10');
    expect(await db.ruleOverrides.count()).toBe(1);
    expect(await verifyProjections(db)).toEqual([]);

    await writeRuleOverride(docs, entry({ id: 'b', ts: 20, value: null, reason: '通知已废止' }));
    expect((await db.certificates.toArray())[0]!.due).toBe('2027-03-10');
    expect(await verifyProjections(db)).toEqual([]);
    close();
  });

  it('a new certificate saved after an override is dated by it; a rebuild gives the same rows', async () => {
    const { db, docs, pid, close } = await withCertificate();
    await writeRuleOverride(docs, entry({ id: 'a', ts: 10 }));
    const cert = CertificateInput.parse({ kind: 'special-operations', number: 'T2', authority: '苏州市应急管理局', category: '1', item: '1.2', firstIssueDate: '2025-01-01' });
    await saveCertificate(docs, pid, null, cert);
    const before = (await db.certificates.orderBy('id').toArray()).map((c) => c.due);
    expect(before).toContain('2027-01-01');
    await rebuildProjections(db);
    expect((await db.certificates.orderBy('id').toArray()).map((c) => c.due)).toEqual(before);
    close();
  });

  it('another tab (its own connection and doc store) re-reads the rules after an override made here', async () => {
    const { db, docs, pid, close } = await withCertificate();
    const db2 = openDb(db.name);
    const other = createDocStore(db2);
    const cert = (number: string) => CertificateInput.parse({ kind: 'special-operations', number, authority: '苏州市应急管理局', category: '1', item: '1.1', firstIssueDate: '2025-01-01' });
    await saveCertificate(other, pid, null, cert('T3')); // the other tab now holds the rules without the override
    await writeRuleOverride(docs, entry({ id: 'a', ts: 10 }));
    await new Promise((r) => setTimeout(r, 50)); // the commit notice crosses the BroadcastChannel
    const id = await saveCertificate(other, pid, null, cert('T4'));
    expect((await db.certificates.get(id))!.due).toBe('2027-01-01');
    expect(await verifyProjections(db)).toEqual([]);
    db2.close();
    close();
  });

  it('an override a peer wrote that this pack cannot take is ignored, not fatal', async () => {
    const { db, docs, close } = await withCertificate();
    await writeRuleOverride(docs, entry({ id: 'a', ts: 10, ruleId: 'special_operation_certificate.no_such_rule' }));
    await writeRuleOverride(docs, entry({ id: 'b', ts: 11, value: 2.5 }));
    expect((await db.certificates.toArray())[0]!.due).toBe('2027-03-10');
    expect(await verifyProjections(db)).toEqual([]);
    close();
  });

  it('a configured "other" kind dates certificates of its name: its validity unless the card has one, its window; editing it re-dates them', async () => {
    const { db, docs, pid, close } = await withCertificate();
    const other = (over: Record<string, unknown>) => CertificateInput.parse({
      kind: 'other', kindName: '特种设备作业人员证（叉车司机）', number: 'TS1', authority: '市场监督管理局', firstIssueDate: '2024-02-01', ...over,
    });
    const plain = await saveCertificate(docs, pid, null, other({}));
    const own = await saveCertificate(docs, pid, null, other({ number: 'TS2', validityYears: 2 }));
    expect((await db.certificates.get(plain))!.due).toBe(''); // no validity anywhere: nothing falls due
    const kid = await saveCertKind(docs, null, OtherCertKindInput.parse({ name: ' 特种设备作业人员证（叉车司机） ', validityYears: 4, windowDays: 30 }));
    expect((await db.certificates.get(plain))!.due).toBe('2028-02-01');
    expect((await db.certificates.get(own))!.due).toBe('2026-02-01'); // the card's own validity wins
    const rules = (await rulesInForce(db)).rules;
    const s = certificateSchedule((await db.certificates.get(plain))!, '2028-01-10', rules);
    expect(s).toMatchObject({ state: 'review-due', windowStart: '2028-01-02' });
    expect(s.rules.map((r) => [r.id, r.origin])).toContainEqual(['certificate.other.window_days', 'configured']);
    await saveCertKind(docs, kid, OtherCertKindInput.parse({ name: '特种设备作业人员证（叉车司机）', validityYears: 5 }));
    expect((await db.certificates.get(plain))!.due).toBe('2029-02-01');
    await deleteCertKind(docs, kid);
    expect((await db.certificates.get(plain))!.due).toBe('');
    expect(await verifyProjections(db)).toEqual([]);
    close();
  });

  it('reminders read the due index by department and leave out holders who left', async () => {
    const { db, docs, pid, close } = await withCertificate();
    const r = await certificateReminders(db, '2027-01-15');
    expect(r.total).toBe(1);
    expect(r.urgent[0]).toMatchObject({ personId: pid, due: '2027-03-10', daysLeft: 54, bucket: 60, dueEvent: 'review' });
    expect((await certificateReminders(db, '2027-03-20')).urgent[0]).toMatchObject({ bucket: 'overdue', daysLeft: -10 });
    expect((await certificateReminders(db, '2026-01-01')).total).toBe(0);
    const dept = (await db.people.get(pid))!.departmentId;
    expect((await certificateReminders(db, '2027-01-15', dept)).total).toBe(1);
    expect((await certificateReminders(db, '2027-01-15', 'no-such-dept')).total).toBe(0);
    void docs;
    close();
  });
});
