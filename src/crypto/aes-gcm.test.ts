import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, AES_GCM_OVERHEAD, importAesKey } from './aes-gcm';
import { randomBytes } from './bytes';

describe('aes-gcm', () => {
  it('round-trips and refuses tampering', async () => {
    const key = await importAesKey(randomBytes(32));
    const plain = new TextEncoder().encode('张三 110101200001010010');
    const sealed = await aesGcmEncrypt(key, plain);
    expect(sealed.length).toBe(plain.length + AES_GCM_OVERHEAD);
    expect(await aesGcmDecrypt(key, sealed)).toEqual(plain);
    sealed[sealed.length - 1]! ^= 1;
    await expect(aesGcmDecrypt(key, sealed)).rejects.toThrow();
  });
});
