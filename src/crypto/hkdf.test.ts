import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { hkdf } from './hkdf';

describe('hkdf', () => {
  it('derives stable, label-separated keys', async () => {
    const secret = new Uint8Array(32).fill(7);
    const a = await hkdf(secret, 'room');
    expect(toHex(a)).toBe(toHex(await hkdf(secret, 'room')));
    expect(toHex(a)).not.toBe(toHex(await hkdf(secret, 'signal')));
    expect((await hkdf(secret, 'room', 16)).length).toBe(16);
  });
});
