import { toHex } from '../crypto/bytes';

/**
 * What a device signs (and MACs under the workspace sync secret) to authenticate a session: the workspace, the
 * signer, the other side's challenge and its own. Fresh nonces on both sides make a recorded hello useless.
 */
export function authTranscript(workspaceId: string, signerId: string, theirNonce: Uint8Array, myNonce: Uint8Array): Uint8Array {
  return new TextEncoder().encode(`safeledger-auth-v1|${workspaceId}|${signerId}|${toHex(theirNonce)}|${toHex(myNonce)}`);
}
