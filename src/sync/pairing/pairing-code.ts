import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64, toBase64 } from '../../crypto/base64';
import { own, toHex } from '../../crypto/bytes';
import { AppError } from '../../domain/app-error';
import { compactSdp, rebuildSdp, type CompactCandidate, type CompactSdp } from './compact-sdp';

/** Prefix and format version of a pairing code. */
const PREFIX = 'SL1.';
const CHECKSUM_BYTES = 4;
const TYPES = ['host', 'srflx', 'prflx', 'relay'] as const;
const SETUPS = ['actpass', 'active', 'passive'] as const;
const ALGORITHMS = ['sha-256', 'sha-384', 'sha-512'] as const;
/** Address kinds: IPv4, IPv6, mDNS `<uuid>.local`, other name, same as an earlier candidate's. */
const Addr = { V4: 0, V6: 1, Mdns: 2, Name: 3, Ref: 4 } as const;

/**
 * Encodes an offer or answer as a short text for a QR code or a chat message: `SL1.` + base64url of a binary
 * compact SDP (see compactSdp) followed by the first 4 bytes of its SHA-256. Typical length: ~100 characters.
 */
export async function encodePairingCode(desc: RTCSessionDescriptionInit): Promise<string> {
  const c = compactSdp(desc);
  const e = encoding.createEncoder();
  encoding.writeUint8(e, (c.type === 'answer' ? 1 : 0) | (SETUPS.indexOf(c.setup) << 1));
  encoding.writeVarString(e, c.ufrag);
  encoding.writeVarString(e, c.pwd);
  encoding.writeUint8(e, ALGORITHMS.indexOf(c.fingerprint.algorithm));
  encoding.writeVarUint8Array(e, hexToBytes(c.fingerprint.hex));
  encoding.writeVarUint(e, c.candidates.length);
  c.candidates.forEach((k, i) => writeCandidate(e, k, c.candidates.slice(0, i)));
  const body = encoding.toUint8Array(e);
  const sealed = new Uint8Array(body.length + CHECKSUM_BYTES);
  sealed.set(body);
  sealed.set(await checksum(body), body.length);
  return PREFIX + toBase64(sealed).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes a pairing code (whitespace and line breaks, e.g. from chat apps, are ignored).
 * Throws AppError('pair.otherVersion') for a code of another format version, AppError('pair.badCode') for
 * anything else that is not an intact code.
 */
export async function decodePairingCode(text: string): Promise<RTCSessionDescriptionInit> {
  const clean = text.replace(/\s+/g, '');
  if (/^SL\d+\./i.test(clean) && clean.slice(0, PREFIX.length).toUpperCase() !== PREFIX) throw new AppError('pair.otherVersion');
  const b64 = clean.slice(PREFIX.length);
  if (clean.slice(0, PREFIX.length).toUpperCase() !== PREFIX || !/^[A-Za-z0-9_-]+$/.test(b64)) throw new AppError('pair.badCode');
  let c: CompactSdp;
  try {
    const sealed = fromBase64(b64.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (b64.length % 4)) % 4));
    const body = sealed.subarray(0, sealed.length - CHECKSUM_BYTES);
    const sum = await checksum(body);
    if (sealed.length <= CHECKSUM_BYTES || sum.some((b, i) => b !== sealed[body.length + i])) throw new Error('checksum');
    c = readCompact(decoding.createDecoder(body));
  } catch {
    throw new AppError('pair.badCode');
  }
  return rebuildSdp(c);
}

function readCompact(d: decoding.Decoder): CompactSdp {
  const flags = decoding.readUint8(d);
  const setup = SETUPS[flags >> 1];
  const ufrag = decoding.readVarString(d);
  const pwd = decoding.readVarString(d);
  const algorithm = ALGORITHMS[decoding.readUint8(d)];
  const hex = toHex(decoding.readVarUint8Array(d));
  const candidates: CompactCandidate[] = [];
  for (let n = decoding.readVarUint(d); n > 0; n--) candidates.push(readCandidate(d, candidates));
  if (!setup || !algorithm || decoding.hasContent(d) || !/^[\w+/]+$/.test(ufrag + pwd)) throw new Error('malformed');
  return { type: flags & 1 ? 'answer' : 'offer', setup, ufrag, pwd, fingerprint: { algorithm, hex }, candidates };
}

function writeCandidate(e: encoding.Encoder, k: CompactCandidate, earlier: CompactCandidate[]) {
  const ref = earlier.findIndex((o) => o.address === k.address);
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(k.address);
  const mdns = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\.local$/.exec(k.address);
  const kind = ref >= 0 ? Addr.Ref : v4 ? Addr.V4 : mdns ? Addr.Mdns : k.address.includes(':') ? Addr.V6 : Addr.Name;
  encoding.writeUint8(e, TYPES.indexOf(k.type) | ((k.protocol === 'tcp' ? 1 : 0) << 2) | (kind << 3));
  if (kind === Addr.Ref) encoding.writeVarUint(e, ref);
  else if (kind === Addr.V4) v4!.slice(1).forEach((b) => encoding.writeUint8(e, Number(b)));
  else if (kind === Addr.Mdns) encoding.writeUint8Array(e, hexToBytes(mdns!.slice(1).join('')));
  else if (kind === Addr.V6) encoding.writeUint8Array(e, ipv6ToBytes(k.address));
  else encoding.writeVarString(e, k.address);
  encoding.writeUint16(e, k.port);
}

function readCandidate(d: decoding.Decoder, earlier: CompactCandidate[]): CompactCandidate {
  const flags = decoding.readUint8(d);
  const type = TYPES[flags & 3]!;
  const kind = flags >> 3;
  let address: string;
  if (kind === Addr.Ref) address = earlier[decoding.readVarUint(d)]?.address ?? fail();
  else if (kind === Addr.V4) address = Array.from(decoding.readUint8Array(d, 4)).join('.');
  else if (kind === Addr.Mdns) address = toHex(decoding.readUint8Array(d, 16)).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-') + '.local';
  else if (kind === Addr.V6) address = bytesToIpv6(decoding.readUint8Array(d, 16));
  else if (kind === Addr.Name) address = decoding.readVarString(d);
  else return fail();
  return { type, protocol: flags & 4 ? 'tcp' : 'udp', address, port: decoding.readUint16(d) };
}

function ipv6ToBytes(a: string): Uint8Array {
  const [head = '', tail = ''] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) throw new AppError('pair.unsupported');
  return new Uint8Array(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]));
}

/** RFC 5952 text form: the longest run of two or more zero groups becomes '::'. */
function bytesToIpv6(b: Uint8Array): string {
  const g: string[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = Math.max(j, i + 1);
  }
  return best < 0 ? g.join(':') : `${g.slice(0, best).join(':')}::${g.slice(best + bestLength).join(':')}`;
}

const hexToBytes = (hex: string) => new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
const fail = (): never => {
  throw new Error('malformed');
};

async function checksum(body: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', own(body))).subarray(0, CHECKSUM_BYTES);
}
