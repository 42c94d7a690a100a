import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAuditEntries } from '../docs/audit-doc';
import { AuditEntrySchema, auditEntryHash, updatesHash, type AuditEntry } from '../docs/audit-entry';
import { auditDocId, personDocId } from '../docs/doc-id';
import { writePerson } from '../docs/person-doc';
import { verifyAuditChain } from '../docs/verify-audit-chain';
import { newId, type PersonId } from '../domain/ids';
import { createAuditWriter, monthOf } from './audit-writer';
import { loadOrCreateDeviceIdentity } from './device-identity';
import { personInput, testWorkspace } from './test-db.testing';

const NOV = Date.UTC(2026, 10, 15, 4);
const DEC = Date.UTC(2026, 11, 15, 4);
let cleanup: (() => void)[] = [];
afterEach(() => (cleanup.forEach((f) => f()), (cleanup = [])));

async function setup() {
  const w = testWorkspace();
  cleanup.push(w.close);
  const me = await loadOrCreateDeviceIdentity(w.db);
  const entriesOf = async (month: string) =>
    readAuditEntries(await w.docs.open(auditDocId(me.deviceId, month))).map((e) => AuditEntrySchema.parse(e));
  return { ...w, me, entriesOf };
}

describe('audit writer', () => {
  it('audits local commits (all docs of one commit in one entry), not remote ones or itself', async () => {
    const { docs, me, entriesOf } = await setup();
    let clock = NOV;
    const errors: unknown[] = [];
    const writer = createAuditWriter(docs, me, () => ({ personId: 'p-1', personName: '安全员' }), { now: () => clock++, onError: (e) => errors.push(e) });
    const [a, b] = [newId<PersonId>(), newId<PersonId>()];

    await docs.commit([
      { docId: personDocId(a), mutate: (d) => writePerson(d, a, personInput(1), 1) },
      { docId: personDocId(b), mutate: (d) => writePerson(d, b, personInput(2), 1) },
    ]);
    await docs.change(personDocId(a), (d) => writePerson(d, a, personInput(1, { name: '改名' }), 2, ['name']));
    const remote = new Y.Doc();
    remote.getMap('person').set('note', 'x');
    await docs.applyUpdates(personDocId(b), [Y.encodeStateAsUpdate(remote)], 'remote:peer');
    await writer.flush();

    const entries = await entriesOf(monthOf(NOV));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.docs.map((d) => d.doc)).toEqual([personDocId(a), personDocId(b)]);
    expect(entries[0]!.docs[0]!.fields).toContain('workNo');
    expect(entries[1]!.docs).toEqual([{ doc: personDocId(a), fields: ['name'] }]);
    expect(entries[1]).toMatchObject({ device: me.deviceId, personId: 'p-1', personName: '安全员', prev: auditEntryHash(entries[0]!) });
    expect(entries[0]!.prev).toBe('');
    expect(await verifyAuditChain(entries, () => me.keys.signPublic)).toEqual(['ok', 'ok']);
    writer.stop();
  });

  it('hashes the update bytes it audits', async () => {
    const { docs, me, entriesOf } = await setup();
    const writer = createAuditWriter(docs, me, () => ({}), { now: () => NOV });
    const seen: Uint8Array[] = [];
    docs.onCommit((c, origin) => origin === 'local' && seen.push(c[0]!.update));
    const a = newId<PersonId>();
    await docs.change(personDocId(a), (d) => writePerson(d, a, personInput(3), 1));
    await writer.flush();
    const [e] = await entriesOf(monthOf(NOV));
    expect(e!.updateHash).toBe(updatesHash(seen));
    expect(e!.personId).toBeUndefined();
  });

  it('serialises a burst of commits into one unforked chain that continues across months and restarts', async () => {
    const { docs, me, entriesOf } = await setup();
    let now = NOV;
    const first = createAuditWriter(docs, me, () => ({}), { now: () => now++ });
    const ids = Array.from({ length: 6 }, () => newId<PersonId>());
    await Promise.all(ids.map((id, i) => docs.change(personDocId(id), (d) => writePerson(d, id, personInput(10 + i), 1))));
    await first.flush();
    first.stop();

    // A new writer (app restart) in a new month picks the chain up from last month's doc.
    now = DEC;
    const second = createAuditWriter(docs, me, () => ({}), { now: () => now++ });
    await docs.change(personDocId(ids[0]!), (d) => writePerson(d, ids[0]!, personInput(10, { name: '新名' }), 2, ['name']));
    await second.flush();

    const nov = await entriesOf(monthOf(NOV));
    const dec = await entriesOf(monthOf(DEC));
    expect(nov).toHaveLength(6);
    expect(dec).toHaveLength(1);
    const all: AuditEntry[] = [...nov, ...dec];
    expect(new Set(all.map((e) => e.prev)).size).toBe(7);
    expect(dec[0]!.prev).toBe(auditEntryHash(nov[5]!));
    expect(await verifyAuditChain(all, () => me.keys.signPublic)).toEqual(all.map(() => 'ok'));
  });
});
