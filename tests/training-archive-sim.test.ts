/**
 * Archive numbers across devices that archive offline at once (PRODUCT T8), simulated with plain Y.Docs (no Dexie):
 * every device keeps its own copy of each session doc, archives sessions while offline (claiming the next number
 * it knows of), then devices sync pairwise at random and reconcile after every sync. At the end every device must
 * show the same unique numbers, uncontested claims keep theirs and every renumbering is logged in the record.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendWorkflow, readArchive, writeArchiveClaim, writeArchiveNumber, writeSession } from '../src/docs/training-doc';
import { SessionInput } from '../src/domain/training/session';
import { archiveGroup, formatArchiveNumber, nextClaimSeq, resolveArchiveNumbers } from '../src/domain/training/archive-number';

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Device = { id: string; docs: Map<string, Y.Doc>; clock: number };

const GROUP = archiveGroup('2025-03-14', 'CG', 'refresher');

function copyOf(dev: Device, sessionId: string): Y.Doc {
  let d = dev.docs.get(sessionId);
  if (!d) dev.docs.set(sessionId, (d = new Y.Doc()));
  return d;
}

/** Every session this device has a claim for, as the resolution needs it. */
function knownClaims(dev: Device) {
  return [...dev.docs].flatMap(([sessionId, doc]) => {
    const claim = readArchive(doc).claim;
    return claim ? [{ sessionId, claim }] : [];
  });
}

/** Records a session on this device only (not yet synced anywhere). */
function createSession(dev: Device, sessionId: string) {
  const input = SessionInput.parse({ name: `复训 ${sessionId}`, type: 'refresher', date: '2025-03-14', departmentId: 'dept-cg' });
  writeSession(copyOf(dev, sessionId), sessionId, input, dev.clock);
}

/** Archives offline: claims one above every number this device knows (claimed or resolved). */
function archive(dev: Device, sessionId: string) {
  dev.clock += 1000;
  const claims = knownClaims(dev);
  const seq = nextClaimSeq([...claims.map((c) => c.claim), ...resolveArchiveNumbers(claims).values()]);
  const doc = copyOf(dev, sessionId);
  appendWorkflow(doc, { action: 'archive', at: dev.clock, by: '张安全', device: dev.id });
  writeArchiveClaim(doc, { group: GROUP, seq, at: dev.clock, device: dev.id }, formatArchiveNumber(GROUP, seq));
}

/** Writes the resolved number wherever this device's copy differs; returns how many it changed. */
function reconcile(dev: Device): number {
  dev.clock += 1;
  let changed = 0;
  for (const [sessionId, r] of resolveArchiveNumbers(knownClaims(dev))) {
    if (writeArchiveNumber(copyOf(dev, sessionId), r.number, dev.clock)) changed++;
  }
  return changed;
}

/** Exchanges every doc both ways between two devices, in random order. */
function sync(a: Device, b: Device, rnd: () => number) {
  const ids = [...new Set([...a.docs.keys(), ...b.docs.keys()])].sort(() => rnd() - 0.5);
  for (const id of ids) {
    const [x, y] = rnd() < 0.5 ? [copyOf(a, id), copyOf(b, id)] : [copyOf(b, id), copyOf(a, id)];
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
    Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
  }
}

function fullSync(devices: Device[], rnd: () => number) {
  for (let i = 0; i < devices.length; i++) for (let j = i + 1; j < devices.length; j++) sync(devices[i]!, devices[j]!, rnd);
  for (let i = 0; i < devices.length; i++) for (let j = i + 1; j < devices.length; j++) sync(devices[i]!, devices[j]!, rnd);
}

function simulate(seed: number) {
  const rnd = prng(seed);
  const n = 3 + Math.floor(rnd() * 3);
  // Clocks start close together (and sometimes equal), so the device id has to break ties.
  const devices: Device[] = Array.from({ length: n }, (_, i) => ({ id: `dev-${String.fromCharCode(97 + i)}`, docs: new Map(), clock: 1_741_900_000_000 + Math.floor(rnd() * 3) * 1000 }));
  let next = 0;
  const sid = () => `s${String(++next).padStart(3, '0')}`;

  // 1. Records archived before anyone went offline: known everywhere.
  for (let i = 0; i < 4; i++) {
    const id = sid();
    createSession(devices[0]!, id);
    archive(devices[0]!, id);
  }
  fullSync(devices, rnd);

  // 2. Offline: every device archives its own new records, from the same knowledge (so the first claims collide).
  for (const dev of devices) {
    const k = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < k; i++) {
      const id = sid();
      createSession(dev, id);
      archive(dev, id);
    }
  }

  // 3. Random pairwise syncs, each side reconciling afterwards; now and then a device archives another record
  //    knowing only part of what the others did.
  for (let step = 0; step < 25; step++) {
    const a = devices[Math.floor(rnd() * n)]!;
    let b = devices[Math.floor(rnd() * n)]!;
    if (a === b) b = devices[(devices.indexOf(a) + 1) % n]!;
    sync(a, b, rnd);
    reconcile(a);
    reconcile(b);
    if (rnd() < 0.3) {
      const dev = devices[Math.floor(rnd() * n)]!;
      const id = sid();
      createSession(dev, id);
      archive(dev, id);
    }
  }

  // 4. A full round: everyone syncs, reconciles, and syncs what reconciling wrote.
  fullSync(devices, rnd);
  devices.forEach(reconcile);
  fullSync(devices, rnd);
  return devices;
}

describe('archive numbers across offline devices (T8)', () => {
  it.each([1, 2, 3, 7, 42, 99, 2024, 31337])('seed %i: all devices converge on unique numbers, renumberings logged', (seed) => {
    const devices = simulate(seed);
    const ids = [...devices[0]!.docs.keys()].sort();
    expect(ids.length).toBeGreaterThan(devices.length + 4);

    // Nothing is left to reconcile anywhere.
    expect(devices.map(reconcile)).toEqual(devices.map(() => 0));

    // Every device shows the same numbers, equal to the resolution of all claims.
    const claims = knownClaims(devices[0]!);
    expect(claims).toHaveLength(ids.length);
    const resolved = resolveArchiveNumbers(claims);
    for (const dev of devices) {
      expect(dev.docs.size).toBe(ids.length);
      for (const id of ids) expect(readArchive(dev.docs.get(id)!).number, `${dev.id} ${id}`).toBe(resolved.get(id)!.number);
    }

    // No number is used twice.
    const numbers = ids.map((id) => resolved.get(id)!.number);
    expect(new Set(numbers).size).toBe(numbers.length);

    // Collisions did happen, uncontested claims kept their numbers and were never renumbered.
    const perSeq = new Map<number, number>();
    for (const c of claims) perSeq.set(c.claim.seq, (perSeq.get(c.claim.seq) ?? 0) + 1);
    expect([...perSeq.values()].some((k) => k > 1)).toBe(true);
    for (const { sessionId, claim } of claims) {
      const doc = devices[0]!.docs.get(sessionId)!;
      const claimed = formatArchiveNumber(GROUP, claim.seq);
      const final = readArchive(doc).number!;
      if (perSeq.get(claim.seq) === 1) {
        expect(final).toBe(claimed);
        expect(readArchive(doc).renumbered).toEqual([]);
      }
      // Every renumbering is in the record: a chain of changes from the claimed number to the final one.
      const log = readArchive(doc).renumbered;
      if (final !== claimed) {
        expect(log.some((r) => r.to === final), sessionId).toBe(true);
        const reached = new Set([claimed, ...log.map((r) => r.to)]);
        for (const r of log) expect(reached.has(r.from), `${sessionId} ${r.from}→${r.to}`).toBe(true);
      }
    }
  });
});
