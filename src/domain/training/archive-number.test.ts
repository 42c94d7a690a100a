import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { archiveGroup, formatArchiveNumber, nextClaimSeq, resolveArchiveNumbers } from './archive-number';
import type { ArchiveClaim } from './workflow-event';

const G = '2024-CG-SC';
const claim = (sessionId: string, seq: number, at: number, device = 'dev-a', group = G) => ({ sessionId, claim: { group, seq, at, device } as ArchiveClaim });
const numbers = (m: Map<string, { number: string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.number]));

/** Deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('archive number parts', () => {
  it('groups by year of the session, department code and type code', () => {
    expect(archiveGroup('2024-06-03', 'CG', 'refresher')).toBe('2024-CG-FX');
    expect(archiveGroup('2025-01-01', 'WS01', 'so-review')).toBe('2025-WS01-TF');
  });

  it.each(['', 'C', 'cg', 'ABCDE', '车间'])('refuses department code %j with archive.e.deptCode', (code) => {
    try {
      archiveGroup('2024-06-03', code, 'refresher');
      expect.fail('accepted');
    } catch (e) {
      expect(isAppError(e) && e.reason).toBe('archive.e.deptCode');
    }
  });

  it('formats at least three digits', () => {
    expect(formatArchiveNumber(G, 15)).toBe('2024-CG-SC-015');
    expect(formatArchiveNumber(G, 1)).toBe('2024-CG-SC-001');
    expect(formatArchiveNumber(G, 1234)).toBe('2024-CG-SC-1234');
  });

  it('claims one above the highest known', () => {
    expect(nextClaimSeq([])).toBe(1);
    expect(nextClaimSeq([{ seq: 3 }, { seq: 14 }, { seq: 9 }])).toBe(15);
  });
});

describe('resolveArchiveNumbers', () => {
  it('leaves numbers unchanged when nothing collides', () => {
    const r = resolveArchiveNumbers([claim('s1', 1, 10), claim('s2', 2, 5), claim('s3', 3, 1, 'dev-b'), claim('x', 1, 1, 'dev-b', '2024-CG-FX')]);
    expect(numbers(r)).toEqual({ s1: '2024-CG-SC-001', s2: '2024-CG-SC-002', s3: '2024-CG-SC-003', x: '2024-CG-FX-001' });
    expect([...r.values()].some((v) => v.collided)).toBe(false);
  });

  it('two devices claiming 15: the earlier claim keeps it, the later gets the next free number', () => {
    const r = resolveArchiveNumbers([claim('late', 15, 2000, 'dev-a'), claim('early', 15, 1000, 'dev-b'), claim('s14', 14, 1)]);
    expect(r.get('early')).toEqual({ number: '2024-CG-SC-015', seq: 15, collided: false });
    expect(r.get('late')).toEqual({ number: '2024-CG-SC-016', seq: 16, collided: true });
    expect(r.get('s14')?.seq).toBe(14);
  });

  it('at the same instant the device id decides, then the session id', () => {
    expect(resolveArchiveNumbers([claim('s1', 7, 5, 'dev-b'), claim('s2', 7, 5, 'dev-a')]).get('s2')?.seq).toBe(7);
    expect(resolveArchiveNumbers([claim('s9', 7, 5, 'dev-a'), claim('s2', 7, 5, 'dev-a')]).get('s2')?.seq).toBe(7);
  });

  it('a loser skips numbers claimed by others and numbers given to earlier losers', () => {
    const r = resolveArchiveNumbers([
      claim('a', 15, 1), claim('b', 15, 2), claim('c', 15, 3), claim('d', 16, 1), claim('e', 18, 1),
    ]);
    expect(Object.fromEntries([...r].map(([k, v]) => [k, v.seq]))).toEqual({ a: 15, b: 17, c: 19, d: 16, e: 18 });
  });

  it('a loser keeps its number when later records are claimed above it', () => {
    const before = resolveArchiveNumbers([claim('a', 15, 1), claim('b', 15, 2)]);
    expect(before.get('b')?.seq).toBe(16);
    const next = nextClaimSeq([...before.values()]);
    expect(next).toBe(17);
    const after = resolveArchiveNumbers([claim('a', 15, 1), claim('b', 15, 2), claim('c', next, 3), claim('d', next + 1, 4)]);
    expect(after.get('b')?.seq).toBe(16);
  });

  it('is independent of input order and never gives a number twice', () => {
    const input = [
      claim('a', 1, 10, 'x'), claim('b', 1, 10, 'y'), claim('c', 2, 3, 'x'), claim('d', 2, 1, 'z'), claim('e', 2, 1, 'z'),
      claim('f', 5, 9, 'y'), claim('g', 3, 2, 'x'), claim('h', 3, 2, 'y'), claim('i', 1, 1, 'x', '2024-CG-FX'), claim('j', 1, 0, 'y', '2024-CG-FX'),
    ];
    const expected = numbers(resolveArchiveNumbers(input));
    expect(new Set(Object.values(expected)).size).toBe(input.length);
    for (let seed = 1; seed <= 100; seed++) expect(numbers(resolveArchiveNumbers(shuffled(input, seed)))).toEqual(expected);
  });

  it('leaves out malformed claims (a peer may send anything)', () => {
    const r = resolveArchiveNumbers([claim('ok', 1, 1), { sessionId: 'bad', claim: { group: 'x', seq: -1 } }, { sessionId: 'none', claim: undefined }]);
    expect([...r.keys()]).toEqual(['ok']);
  });
});
