import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { parseCompact, signCompact, verifyCompact } from './compact-envelope';
import { generateDeviceKeys } from './device-keys';

const utf8 = new TextEncoder();
const swapBody = (text: string, body: string) => {
  const [p, , s] = text.split('.');
  return `${p}.${toBase64Url(utf8.encode(body))}.${s}`;
};

describe('compact envelope', () => {
  it('round-trips a value and verifies only under the signer’s key', async () => {
    const a = await generateDeviceKeys();
    const b = await generateDeviceKeys();
    const text = await signCompact(a.sign.privateKey, { n: '孙电工', k: 'so', list: [1, '1.2'] });
    expect(text).toMatch(/^SLC1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    const p = parseCompact(`  ${text}\n`);
    if (!p.ok) throw new Error(p.reason);
    expect(p.envelope.value).toEqual({ k: 'so', list: [1, '1.2'], n: '孙电工' });
    expect(await verifyCompact(p.envelope, a.signPublic)).toBe(true);
    expect(await verifyCompact(p.envelope, b.signPublic)).toBe(false);
  });

  it('rejects an altered value or signature at verification', async () => {
    const k = await generateDeviceKeys();
    const text = await signCompact(k.sign.privateKey, { n: '孙电工' });
    const altered = parseCompact(swapBody(text, '{"n":"孙电士"}'));
    if (!altered.ok) throw new Error(altered.reason);
    expect(await verifyCompact(altered.envelope, k.signPublic)).toBe(false);

    const sig = fromBase64Url(text.split('.')[2]!);
    sig[10] = sig[10]! ^ 1;
    const badSig = parseCompact(`${text.split('.').slice(0, 2).join('.')}.${toBase64Url(sig)}`);
    if (!badSig.ok) throw new Error(badSig.reason);
    expect(await verifyCompact(badSig.envelope, k.signPublic)).toBe(false);
  });

  it('refuses malformed texts with a reason', async () => {
    const k = await generateDeviceKeys();
    const text = await signCompact(k.sign.privateKey, { a: 1, b: 2 });
    const [, body, sig] = text.split('.');
    const cases: [string, string][] = [
      ['hello', 'not-envelope'],
      ['https://example.com/x', 'not-envelope'],
      ['SLC2.' + body + '.' + sig, 'not-envelope'],
      ['SLC1.' + body, 'malformed'],
      [`SLC1.${body}.${sig}.x`, 'malformed'],
      [`SLC1.${body}.${sig!.slice(0, 40)}`, 'malformed'],
      [`SLC1.${body}+.${sig}`, 'malformed'],
      [`SLC1.${body}.${sig}=`, 'malformed'],
      [swapBody(text, '{a:1}'), 'bad-json'],
      [swapBody(text, '{"b":2,"a":1}'), 'not-canonical'],
      [swapBody(text, '{"a":1, "b":2}'), 'not-canonical'],
      [`SLC1.${toBase64Url(new Uint8Array([0xff, 0xfe]))}.${sig}`, 'bad-json'],
      ['SLC1.' + 'A'.repeat(5000) + '.' + sig, 'malformed'],
    ];
    for (const [t, reason] of cases) expect([t.slice(0, 30), parseCompact(t)]).toEqual([t.slice(0, 30), { ok: false, reason }]);
  });
});
