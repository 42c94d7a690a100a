import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDeviceKeys } from '../crypto/device-keys';
import { newId } from '../domain/ids';
import { appendAuditEntry, lastAuditHash, projectAuditDoc } from './audit-doc';
import { AuditEntrySchema, auditEntryHash, updatesHash, type AuditEntry } from './audit-entry';
import { auditDocId, personDocId, type DocId } from './doc-id';
import { signAuditEntry } from './sign-audit-entry';
import { verifyAuditChain } from './verify-audit-chain';
import type { PersonId } from '../domain/ids';

const unsigned = ({ sig: _drop, ...rest }: AuditEntry) => rest;
const person = personDocId(newId<PersonId>());
const other = personDocId(newId<PersonId>());

async function device() {
  const id = newId();
  const keys = await generateDeviceKeys();
  let prev = '';
  /** Signs this device's next entry, chained to the previous one. */
  const next = async (at: number, docs = [{ doc: person, fields: ['name'] }]): Promise<AuditEntry> => {
    const e = await signAuditEntry(keys.sign.privateKey, { device: id, docs, at, updateHash: updatesHash([new Uint8Array([at])]), prev });
    prev = auditEntryHash(e);
    return e;
  };
  return { id, keys, next };
}

describe('audit doc', () => {
  it('projects one row per valid entry of the doc\'s device, named by the entry hash', async () => {
    const a = await device();
    const b = await device();
    const docId = auditDocId(a.id, '2026-11');
    const doc = new Y.Doc();
    const e1 = await a.next(1, [{ doc: person, fields: ['name', 'workNo'] }, { doc: other, fields: ['history', 'name'] }]);
    const e2 = { ...(await a.next(2)), personId: 'p1', personName: '张三' };
    appendAuditEntry(doc, e1);
    appendAuditEntry(doc, e2);
    appendAuditEntry(doc, await b.next(3)); // another device's entry in a's doc
    doc.getArray('entries').push([{ device: a.id, junk: true }]);
    const rows = projectAuditDoc(docId, doc);
    expect(rows.map((r) => r.id)).toEqual([auditEntryHash(e1), auditEntryHash(e2)]);
    expect(rows[0]).toMatchObject({ docId, deviceId: a.id, personId: '', targets: [person, other], fields: ['history', 'name', 'workNo'], at: 1 });
    expect(rows[1]).toMatchObject({ personId: 'p1', personName: '张三', targets: [person] });
    expect(lastAuditHash(doc, a.id)).toBe(auditEntryHash(e2));
    expect(lastAuditHash(new Y.Doc(), a.id)).toBeNull();
  });

  it('refuses entries naming unknown doc ids or malformed hashes', async () => {
    const a = await device();
    const e = await a.next(1);
    expect(AuditEntrySchema.safeParse(e).success).toBe(true);
    expect(AuditEntrySchema.safeParse({ ...e, docs: [{ doc: 'nope/1', fields: [] }] }).success).toBe(false);
    expect(AuditEntrySchema.safeParse({ ...e, prev: 'abc' }).success).toBe(false);
  });
});

describe('verifyAuditChain', () => {
  async function setup() {
    const a = await device();
    const b = await device();
    const chainA = [await a.next(1), await a.next(2), await a.next(3), await a.next(4)];
    const chainB = [await b.next(2), await b.next(5)];
    const keys = new Map([[a.id, a.keys.signPublic], [b.id, b.keys.signPublic]]);
    return { a, b, chainA, chainB, keyOf: (d: string) => keys.get(d) };
  }

  it('accepts intact chains of several devices given in any order', async () => {
    const { chainA, chainB, keyOf } = await setup();
    const mixed = [chainB[1]!, chainA[2]!, chainA[0]!, chainB[0]!, chainA[3]!, chainA[1]!];
    expect(await verifyAuditChain(mixed, keyOf)).toEqual(mixed.map(() => 'ok'));
  });

  it('flags an altered entry as tampered and its successor as a broken chain', async () => {
    const { chainA, keyOf } = await setup();
    const altered = [chainA[0]!, { ...chainA[1]!, docs: [{ doc: other as DocId, fields: ['name'] }] }, chainA[2]!, chainA[3]!];
    expect(await verifyAuditChain(altered, keyOf)).toEqual(['ok', 'bad-signature', 'broken-chain', 'ok']);
    const backdated = [chainA[0]!, { ...chainA[1]!, at: 0 }];
    expect(await verifyAuditChain(backdated, keyOf)).toEqual(['ok', 'bad-signature']);
  });

  it('flags a chain with an entry removed, a forged device, and a fork', async () => {
    const { a, chainA, keyOf } = await setup();
    expect(await verifyAuditChain([chainA[0]!, chainA[2]!, chainA[3]!], keyOf)).toEqual(['ok', 'broken-chain', 'ok']);

    const stranger = await device();
    expect(await verifyAuditChain([await stranger.next(1)], keyOf)).toEqual(['unknown-device']);
    // An entry signed by another key but claiming to be a's.
    const forged = await signAuditEntry(stranger.keys.sign.privateKey, unsigned(chainA[1]!));
    expect(await verifyAuditChain([chainA[0]!, forged], keyOf)).toEqual(['ok', 'bad-signature']);

    // Two entries continuing the same link: the later one is flagged.
    const fork = await signAuditEntry(a.keys.sign.privateKey, { ...unsigned(chainA[1]!), at: 9 });
    expect(await verifyAuditChain([chainA[0]!, fork, chainA[1]!], keyOf)).toEqual(['ok', 'broken-chain', 'ok']);
  });
});
