import { describe, expect, it } from 'vitest';
import rules from './data/id-validation.json';
import { checkUscc, usccCheckChar } from './uscc';

describe('checkUscc', () => {
  it.each(rules.uscc_gb32100_2015.test_vectors)('follows the data file for $code', (v) => {
    expect(checkUscc(v.code).ok).toBe(v.valid);
  });

  it('accepts codes that start with letters and rejects excluded characters', () => {
    const body = 'Y1110000MA0000001';
    expect(checkUscc(body + usccCheckChar(body)).ok).toBe(true);
    expect(checkUscc('9144030019220382I6')).toEqual({ ok: false, reason: 'format' });
  });

  it('only warns on a bad embedded organisation code', () => {
    const body = '91440300192203820';
    const r = checkUscc(body + usccCheckChar(body));
    expect(r).toMatchObject({ ok: true, orgCodeWarning: true });
  });
});
