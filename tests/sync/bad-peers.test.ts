import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../src/crypto/bytes';
import { personInput } from '../../src/store/test-db.testing';
import { createPeople } from '../../src/store/people-writes';
import { MAX_FRAME } from '../../src/sync/link';
import { memoryLinkPair } from '../../src/sync/memory-link';
import { encodeMessage } from '../../src/sync/messages';
import { toFrames } from '../../src/sync/frames';
import { testWorkspaceGroup, until } from './test-peer';

/** Everything stored, to prove a refused peer changed nothing. */
async function dump(db: { updates: { toArray(): Promise<unknown[]> }; docs: { toArray(): Promise<unknown[]> }; people: { toArray(): Promise<unknown[]> } }) {
  return JSON.stringify([await db.updates.toArray(), await db.docs.toArray(), await db.people.toArray()]);
}

async function setup() {
  const g = testWorkspaceGroup();
  const a = await g.peer('A', ['admin']);
  await createPeople(a.db, a.docs, [personInput(1), personInput(2)]);
  return { g, a, before: await dump(a.db) };
}

describe('bad peers are refused with a logged reason and change nothing', () => {
  it('wrong workspace secret', async () => {
    const { g, a, before } = await setup();
    const b = await g.peer('B', ['admin'], { syncSecret: randomBytes(32) });
    await createPeople(b.db, b.docs, [personInput(9)]);
    const [la, lb] = memoryLinkPair();
    a.engine.connect(la);
    b.engine.connect(lb);
    await until(() => a.engine.sessions()[0]?.phase === 'closed' && b.engine.sessions()[0]?.phase === 'closed');
    // Whichever side checks the other's proof first refuses; the other logs the refusal with its reason.
    const said = [...a.engine.log(), ...b.engine.log()].flatMap((l) => [l.reason, l.detail]);
    expect(said).toContain('sync.e.badSecret');
    expect(a.engine.log().some((l) => l.reason === 'sync.e.badSecret' || (l.reason === 'sync.e.peerRefused' && l.detail === 'sync.e.badSecret'))).toBe(true);
    expect(await dump(a.db)).toBe(before);
  });

  it('a device that is not a member (its signature cannot be checked against the members log)', async () => {
    const { g, a, before } = await setup();
    const b = await g.peer('B', ['admin'], { member: false });
    await createPeople(b.db, b.docs, [personInput(9)]);
    const [la, lb] = memoryLinkPair();
    a.engine.connect(la);
    b.engine.connect(lb);
    await until(() => a.engine.sessions()[0]?.phase === 'closed');
    expect(a.engine.log().map((l) => l.reason)).toContain('sync.e.unknownDevice');
    expect(await dump(a.db)).toBe(before);
  });

  it('a forged signature (member id, wrong key)', async () => {
    const { g, a, before } = await setup();
    const b = await g.peer('B', ['admin']);
    const impostor = await g.peer('X', ['admin'], { member: false });
    // The impostor claims B's device id but signs with its own key.
    (impostor.host as { deviceId: string }).deviceId = b.deviceId;
    const [la, lx] = memoryLinkPair();
    a.engine.connect(la);
    impostor.engine.connect(lx);
    await until(() => a.engine.sessions()[0]?.phase === 'closed');
    expect(a.engine.log().map((l) => l.reason)).toContain('sync.e.badSignature');
    expect(await dump(a.db)).toBe(before);
  });

  it('malformed and oversized frames close the link', async () => {
    for (const frame of [new Uint8Array(MAX_FRAME + 1), new Uint8Array([1, 0, 1, 250, 250]), toFrames(1, new Uint8Array([99, 1, 2]))[0]!]) {
      const { a, before } = await setup();
      const [la, lx] = memoryLinkPair();
      a.engine.connect(la);
      await lx.send(frame);
      await until(() => a.engine.sessions()[0]?.phase === 'closed');
      expect(a.engine.sessions()[0]!.error).toMatch(/sync\.e\.(badFrame|malformed)/);
      expect(await dump(a.db)).toBe(before);
    }
  });

  it('writes to a doc kind the peer may not write are refused', async () => {
    const { g, a } = await setup();
    const b = await g.peer('B', ['auditor']);
    const [la, lb] = memoryLinkPair();
    a.engine.connect(la);
    b.engine.connect(lb);
    await until(() => a.engine.idle() && b.engine.idle() && a.engine.sessions()[0]?.phase === 'synced');
    const before = await dump(a.db);
    // The auditor's device sends an org update anyway (a modified client).
    await lb.send(toFrames(999, encodeMessage('update', { docId: 'org' }, [new Uint8Array([1, 1, 5, 0, 40, 1, 3, 111, 114, 103, 1, 120, 119, 1, 121, 0])]))[0]!);
    await until(() => a.engine.log().some((l) => l.reason === 'sync.e.writeRefused'));
    expect(await dump(a.db)).toBe(before);
  });
});
