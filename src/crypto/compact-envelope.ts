import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';
import { signBytes, verifyBytes } from './device-keys';

/** Marks a compact signed envelope, format 1: `SLC1.<base64url(canonical JSON)>.<base64url(raw P-256 signature)>`. */
export const COMPACT_PREFIX = 'SLC1';

/** Why a text is not a well-formed envelope. */
export type CompactReject = 'not-envelope' | 'malformed' | 'bad-json' | 'not-canonical';

/** A parsed envelope: the value, the exact bytes that were signed, and the signature (not yet checked). */
export type CompactEnvelope = { value: unknown; signed: Uint8Array; sig: Uint8Array };

const utf8 = new TextEncoder();
const B64URL = /^[A-Za-z0-9_-]+$/;
/** A P-256 signature as WebCrypto makes it: r ‖ s, 32 bytes each. */
const SIG_BYTES = 64;
/** Far above any card; stops a hostile QR from costing much to parse. */
const MAX_TEXT = 4000;

/**
 * Signs a value as a compact envelope: small enough for a QR code, ASCII only (every QR decoder reads it the same),
 * and covering the canonical JSON, so the same value always signs the same bytes.
 */
export async function signCompact(privateKey: CryptoKey, value: unknown): Promise<string> {
  const body = utf8.encode(canonicalJson(value));
  const sig = await signBytes(privateKey, body);
  return `${COMPACT_PREFIX}.${toBase64Url(body)}.${toBase64Url(sig)}`;
}

/**
 * Parses an envelope without trusting it. Rejects (with a reason) anything but exactly the format: the prefix,
 * two base64url parts in their one canonical spelling, JSON in canonical form, and a 64-byte signature.
 */
export function parseCompact(text: string): { ok: true; envelope: CompactEnvelope } | { ok: false; reason: CompactReject } {
  const t = text.trim();
  if (!t.startsWith(`${COMPACT_PREFIX}.`)) return { ok: false, reason: 'not-envelope' };
  const parts = t.split('.');
  if (t.length > MAX_TEXT || parts.length !== 3 || !B64URL.test(parts[1]!) || !B64URL.test(parts[2]!)) {
    return { ok: false, reason: 'malformed' };
  }
  const signed = decode(parts[1]!);
  const sig = decode(parts[2]!);
  if (!signed || !sig || sig.length !== SIG_BYTES) return { ok: false, reason: 'malformed' };
  let json: string;
  let value: unknown;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(signed);
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  if (canonicalJson(value) !== json) return { ok: false, reason: 'not-canonical' };
  return { ok: true, envelope: { value, signed, sig } };
}

/** Checks an envelope's signature against a raw P-256 public key (false on any mismatch, never throws). */
export function verifyCompact(envelope: CompactEnvelope, signPublic: Uint8Array): Promise<boolean> {
  return verifyBytes(signPublic, envelope.signed, envelope.sig);
}

/** base64url in its canonical spelling only (no padding, no stray trailing bits), else null. */
function decode(part: string): Uint8Array | null {
  try {
    const bytes = fromBase64Url(part);
    return toBase64Url(bytes) === part ? bytes : null;
  } catch {
    return null;
  }
}
