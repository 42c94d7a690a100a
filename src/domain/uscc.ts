import rules from './data/id-validation.json';
import { normalizeIdText } from './normalize-id-text';

const rule = rules.uscc_gb32100_2015;
const CHARSET: string = rule.charset;
const WEIGHTS: readonly number[] = rule.weights;
const ORG_WEIGHTS: readonly number[] = rule.org_code_gb11714.weights;

export type UsccResult =
  | { ok: true; value: string; orgCodeWarning: boolean }
  | { ok: false; reason: 'format' | 'check' };

/** GB 32100-2015 check character of the first 17 characters (weights 3^i mod 31). */
export function usccCheckChar(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const r = 31 - (s % 31);
  return CHARSET[r === 31 ? 0 : r]!;
}

/** GB 11714 check of the embedded organisation code (positions 9–17): a warning only, never an error. */
function orgCodeValid(code9: string): boolean {
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const c = code9[i]!;
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    s += v * ORG_WEIGHTS[i]!;
  }
  const c9 = 11 - (s % 11);
  const expect = c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
  return expect === code9[8];
}

/** Validates a unified social credit code (统一社会信用代码). */
export function checkUscc(raw: string): UsccResult {
  const v = normalizeIdText(raw);
  if (v.length !== 18 || [...v].some((c) => !CHARSET.includes(c)) || !/^\d{6}$/.test(v.slice(2, 8))) {
    return { ok: false, reason: 'format' };
  }
  if (usccCheckChar(v) !== v[17]) return { ok: false, reason: 'check' };
  return { ok: true, value: v, orgCodeWarning: !orgCodeValid(v.slice(8, 17)) };
}
