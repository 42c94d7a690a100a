import { describe, expect, it } from 'vitest';
import { verifyBytes } from '../crypto/device-keys';
import { loadOrCreateDeviceIdentity, signAs } from './device-identity';
import { testWorkspace } from './test-db.testing';

describe('device identity', () => {
  it('is created once, stored, and its keys still sign after reopening', async () => {
    const w = testWorkspace();
    const a = await loadOrCreateDeviceIdentity(w.db);
    const again = await loadOrCreateDeviceIdentity(w.db);
    expect(again.deviceId).toBe(a.deviceId);
    const data = new Uint8Array([1, 2, 3]);
    expect(await verifyBytes(a.keys.signPublic, data, await signAs(again, data))).toBe(true);
  });
});
