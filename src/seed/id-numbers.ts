import { idCheckChar } from '../domain/id-number';
import type { Prng } from './prng';

/**
 * County-level address codes (GB/T 2260) with a weight: Jiangsu (where both seed enterprises are) most, then the
 * provinces most workers there come from. Codes as at first registration; some have since been renamed, which is
 * what real ID numbers look like too.
 */
const ADDRESS_CODES: readonly (readonly [string, number])[] = [
  // 江苏 Jiangsu
  ['320102', 3], ['320106', 3], ['320205', 3], ['320211', 3], ['320282', 3], ['320411', 3], ['320412', 3],
  ['320505', 3], ['320506', 3], ['320582', 3], ['320583', 3], ['320623', 3], ['320682', 3], ['320803', 3],
  ['320902', 3], ['321002', 3], ['321102', 3], ['321202', 3], ['321302', 3], ['320324', 3],
  // 安徽 河南 四川 山东 — common home provinces of workers in southern Jiangsu
  ['340104', 2], ['341202', 2], ['341302', 2], ['410105', 2], ['411302', 2], ['412702', 2], ['510107', 2],
  ['511302', 2], ['370102', 2], ['371302', 2],
  // elsewhere
  ['110105', 1], ['130102', 1], ['140105', 1], ['210102', 1], ['230102', 1], ['310115', 1], ['330106', 1],
  ['330203', 1], ['350203', 1], ['360102', 1], ['420106', 1], ['430104', 1], ['440106', 1], ['440305', 1],
  ['450103', 1], ['500103', 1], ['520102', 1], ['530102', 1], ['610113', 1], ['620102', 1],
];

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A generated identity: the 18-character ID number and the birth date it encodes. */
export type SeedIdentity = { idNumber: string; birthDate: string };

/**
 * Makes valid 18-digit resident ID numbers (GB 11643-1999), unique per generator: a weighted real address code,
 * a birth date giving an age of 18–60 on `refDate` (ages bunch around 39, as in a workforce), a sequence code
 * whose 17th digit is odd for men and even for women, and the MOD 11-2 check character.
 */
export function createIdNumbers(rng: Prng, refDate = '2026-01-01'): { next(sex: 'M' | 'F'): SeedIdentity } {
  const seen = new Set<string>();
  const [ry, rm, rd] = refDate.split('-').map(Number) as [number, number, number];
  return {
    next(sex) {
      for (;;) {
        const age = 18 + Math.floor(((rng.next() + rng.next()) / 2) * 43); // 18..60
        // Born in (ref − (age+1) years, ref − age years]: exactly `age` years old on refDate.
        const latest = Date.UTC(ry - age, rm - 1, rd);
        const earliest = Date.UTC(ry - age - 1, rm - 1, rd) + DAY;
        const birthDate = iso(earliest + rng.int(0, Math.round((latest - earliest) / DAY)) * DAY);
        const seq = String(rng.int(0, 99)).padStart(2, '0') + String(2 * rng.int(0, 4) + (sex === 'M' ? 1 : 0));
        const body = rng.weighted(ADDRESS_CODES) + birthDate.replaceAll('-', '') + seq;
        const idNumber = body + idCheckChar(body);
        if (seen.has(idNumber)) continue;
        seen.add(idNumber);
        return { idNumber, birthDate };
      }
    },
  };
}
