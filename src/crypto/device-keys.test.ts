import { describe, expect, it } from 'vitest';
import { fingerprint, generateDeviceKeys, signBytes, verifyBytes } from './device-keys';
import { unwrap, wrapFor } from './wrap-key';

describe('device keys', () => {
  it('sign/verify, fingerprints, and key wrapping for one device only', async () => {
    const a = await generateDeviceKeys();
    const b = await generateDeviceKeys();
    const data = new TextEncoder().encode('审计条目');
    const sig = await signBytes(a.sign.privateKey, data);
    expect(await verifyBytes(a.signPublic, data, sig)).toBe(true);
    expect(await verifyBytes(b.signPublic, data, sig)).toBe(false);
    expect(await verifyBytes(a.signPublic, new TextEncoder().encode('审计条目!'), sig)).toBe(false);
    expect(await verifyBytes(new Uint8Array(3), data, sig)).toBe(false);
    expect(await fingerprint(a.signPublic)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const secret = new Uint8Array(32).fill(9);
    const wrapped = await wrapFor(b.agreePublic, secret);
    expect(await unwrap(b.agree.privateKey, wrapped)).toEqual(secret);
    await expect(unwrap(a.agree.privateKey, wrapped)).rejects.toThrow();
  });
});
