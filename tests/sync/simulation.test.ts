import { describe, expect, it } from 'vitest';
import { healthDocId, personDocId } from '../../src/docs/doc-id';
import { readPerson, writePerson } from '../../src/docs/person-doc';
import type { PersonId } from '../../src/domain/ids';
import type { Role } from '../../src/domain/roles';
import { createPrng } from '../../src/seed/prng';
import { personInput } from '../../src/store/test-db.testing';
import { createPeople } from '../../src/store/people-writes';
import type { Link } from '../../src/sync/link';
import { memoryLinkPair } from '../../src/sync/memory-link';
import { testWorkspaceGroup, until } from './test-peer';

type Peer = Awaited<ReturnType<ReturnType<typeof testWorkspaceGroup>['peer']>>;

const ROLE_SETS: Role[][] = [['admin', 'health'], ['safety'], ['recorder'], ['health', 'safety'], ['auditor']];

/** What a peer's lists show: every person row, and the ids of the health docs it holds. */
async function snapshot(p: Peer) {
  const people = (await p.db.people.orderBy('id').toArray()).map((r) => [r.id, r.name, r.workNo, r.status, r.phone ?? '']);
  const health = (await p.db.docs.where('kind').equals('health').primaryKeys()).sort();
  return { people, health };
}

async function run(seed: number, n: number) {
  const rnd = createPrng(seed);
  const g = testWorkspaceGroup();
  const peers: Peer[] = [];
  for (let i = 0; i < n; i++) peers.push(await g.peer(`P${i}`, ROLE_SETS[i]!));
  const links = new Map<string, [Link, Link]>();
  const chaos = { random: () => rnd.next(), duplicate: 0.05, reorder: 0.1 };

  function connect(i: number, j: number) {
    const key = `${i}-${j}`;
    if (links.has(key)) return;
    const pair = memoryLinkPair(chaos);
    links.set(key, pair);
    peers[i]!.engine.connect(pair[0]);
    peers[j]!.engine.connect(pair[1]);
  }
  function disconnect(key: string) {
    links.get(key)?.[0].close('partition');
    links.delete(key);
  }

  const ids: PersonId[] = [];
  const writers = peers.filter((p, i) => ROLE_SETS[i]!.some((r) => ['admin', 'safety', 'recorder'].includes(r)));
  ids.push(...(await createPeople(peers[0]!.db, peers[0]!.docs, Array.from({ length: 8 }, (_, i) => personInput(i)))));

  for (let step = 0; step < 60; step++) {
    const roll = rnd.next();
    if (roll < 0.25) {
      const i = rnd.int(0, n - 1);
      const j = rnd.int(0, n - 1);
      if (i !== j) connect(Math.min(i, j), Math.max(i, j));
    } else if (roll < 0.4 && links.size) {
      disconnect(rnd.pick([...links.keys()]));
    } else if (roll < 0.55) {
      const p = rnd.pick(writers);
      const k = ids.length;
      ids.push(...(await createPeople(p.db, p.docs, [personInput(1000 * (peers.indexOf(p) + 1) + k)])));
    } else if (roll < 0.85) {
      // Edit a field of a person this peer already has (concurrently with others, often).
      const p = rnd.pick(writers);
      const held = (await p.db.people.toCollection().primaryKeys()) as PersonId[];
      if (!held.length) continue;
      const id = rnd.pick(held.sort());
      const doc = await p.docs.open(personDocId(id));
      const current = readPerson(doc);
      if (!current) continue;
      const field = rnd.pick(['name', 'phone', 'status'] as const);
      const value = field === 'status' ? rnd.pick(['active', 'away'] as const) : `名字${rnd.pick(['甲', '乙', '丙', '丁'])}${rnd.int(0, 99)}`;
      const input = personInput(0, { ...current, [field]: field === 'phone' ? `139${String(rnd.int(0, 99999999)).padStart(8, '0')}` : value });
      await p.docs.change(personDocId(id), (d) => writePerson(d, id, input, Date.now(), [field]));
    } else {
      // A health officer records an exam: health docs must never reach peers that may not read them.
      const p = rnd.pick(peers.filter((_, i) => ROLE_SETS[i]!.includes('health')));
      const id = rnd.pick(ids);
      await p.docs.change(healthDocId(id), (d) => d.getMap('exams').set(`e${step}`, { date: '2026-11-01', result: '正常' }));
    }
    if (rnd.chance(0.3)) await new Promise((r) => setTimeout(r, rnd.int(0, 20)));
  }

  // Heal: everyone meets everyone; wait until every session is settled.
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) connect(i, j);
  await until(async () => {
    await new Promise((r) => setTimeout(r, 50));
    return peers.every((p) => p.engine.idle());
  }, 60_000, 'all sessions settled').catch((e) => {
    for (const p of peers) console.log(p.name, JSON.stringify(p.engine.sessions().filter((s) => s.phase !== 'synced' && s.phase !== 'closed')));
    throw e;
  });
  return peers;
}

describe('multi-peer simulation (seeded, in-memory links with duplicated and reordered frames)', () => {
  for (const [seed, n] of [[1, 3], [2, 4], [3, 5], [4, 5], [5, 4], [6, 5]] as const) {
    it(`seed ${seed}: ${n} peers converge; health docs stay on health devices`, async () => {
      const peers = await run(seed, n);
      const snaps = await Promise.all(peers.map(snapshot));
      const healthPeers = peers.map((_, i) => ROLE_SETS[i]!.includes('health'));
      expect(snaps[0]!.people.length).toBeGreaterThanOrEqual(8);
      expect(snaps[0]!.people.some((p) => String(p[1]).startsWith('名字') || p[3] === 'away' || String(p[4]).startsWith('139'))).toBe(true);
      for (let i = 1; i < n; i++) expect(snaps[i]!.people, `peer ${i} people`).toEqual(snaps[0]!.people);
      const healthDocs = snaps.find((_, i) => healthPeers[i])!.health;
      expect(healthDocs.length).toBeGreaterThan(0);
      snaps.forEach((s, i) => expect(s.health, `peer ${i} health docs`).toEqual(healthPeers[i] ? healthDocs : []));
      // Nothing was refused between well-behaved peers except writes a role may not make.
      for (const p of peers) {
        expect(p.engine.log().filter((l) => !['sync.e.writeRefused', 'sync.e.notShared'].includes(l.reason))).toEqual([]);
      }
      peers.forEach((p) => p.engine.stop());
    }, 90_000);
  }
});
