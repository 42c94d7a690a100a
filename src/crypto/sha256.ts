import { own, toHex } from './bytes';

/** SHA-256 hex digest. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', own(data))));
}
