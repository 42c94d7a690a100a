import rules from './data/id-validation.json';
import { formatDate } from './format-date';
import { normalizeIdText } from './normalize-id-text';

const rule = rules.resident_id_gb11643_1999;
const WEIGHTS: readonly number[] = rule.weights;
const CHECK_MAP: string = rule.check_map_by_sum_mod_11;
/** Province codes in use (GB/T 2260 first two digits), plus 71/81/82/83 for 台港澳 documents. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
  61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

export type IdNumberError = 'format' | 'province' | 'date' | 'check';
export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; sex: 'M' | 'F' }
  | { ok: false; reason: IdNumberError };

/** GB 11643-1999 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_MAP[s % 11]!;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Validates a resident ID number (18 digits, or a legacy 15-digit one, upgraded to 18).
 * Derives birth date and sex (17th digit odd = male). `today` (YYYY-MM-DD) rejects future births.
 */
export function checkIdNumber(raw: string, today: string = formatDate(Date.now())): IdNumberResult {
  let v = normalizeIdText(raw);
  if (/^\d{15}$/.test(v)) {
    const seq = Number(v.slice(12, 15));
    const century = seq >= 996 ? '18' : '19';
    const body = v.slice(0, 6) + century + v.slice(6);
    v = body + idCheckChar(body);
  }
  if (!/^\d{17}[\dX]$/.test(v)) return { ok: false, reason: 'format' };
  if (!PROVINCES.has(Number(v.slice(0, 2)))) return { ok: false, reason: 'province' };
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const birthDate = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  if (y < 1800 || !isRealDate(y, m, d) || birthDate > today) return { ok: false, reason: 'date' };
  if (idCheckChar(v) !== v[17]) return { ok: false, reason: 'check' };
  return { ok: true, value: v, birthDate, sex: Number(v[16]) % 2 === 1 ? 'M' : 'F' };
}
