import { describe, expect, it } from 'vitest';
import { toHex } from '../../crypto/bytes';
import { createSignalCipher } from './signal-cipher';

const secret = (fill: number) => new Uint8Array(32).fill(fill);

describe('signal cipher', () => {
  it('derives a stable hex topic that differs per secret and does not reveal it', async () => {
    const [a, a2, b] = await Promise.all([createSignalCipher(secret(1)), createSignalCipher(secret(1)), createSignalCipher(secret(2))]);
    expect(a.topic).toMatch(/^[0-9a-f]{64}$/);
    expect(a2.topic).toBe(a.topic);
    expect(b.topic).not.toBe(a.topic);
    expect(a.topic).not.toContain(toHex(secret(1)).slice(0, 16));
  });

  it('seals messages so that only the same secret opens them', async () => {
    const [a, a2, b] = await Promise.all([createSignalCipher(secret(1)), createSignalCipher(secret(1)), createSignalCipher(secret(2))]);
    const message = { t: 'announce', from: 'device-42', sid: 'abc' };
    const sealed = await a.seal(message);
    expect(sealed).not.toContain('device-42');
    expect(atob(sealed)).not.toContain('device-42');
    expect(await a.seal(message)).not.toBe(sealed); // random IV: equal messages look different
    expect(await a2.open(sealed)).toEqual(message);
    expect(await b.open(sealed)).toBeUndefined();
  });

  it('opens nothing from tampered or garbage payloads', async () => {
    const a = await createSignalCipher(secret(1));
    const sealed = await a.seal({ hello: 'world' });
    const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
    bytes[20]! ^= 1;
    const tampered = btoa(String.fromCharCode(...bytes));
    for (const bad of [tampered, '', 'not base64 !!', btoa('short'), sealed.slice(0, -4)]) {
      expect(await a.open(bad)).toBeUndefined();
    }
  });
});
