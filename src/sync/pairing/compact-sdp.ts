import { AppError } from '../../domain/app-error';

/** One ICE candidate, reduced to what the remote side needs (priority and foundation are rebuilt). */
export type CompactCandidate = {
  type: 'host' | 'srflx' | 'prflx' | 'relay';
  protocol: 'udp' | 'tcp';
  /** IPv4, IPv6, or a host name (Chrome hides local IPs behind `<uuid>.local` mDNS names). */
  address: string;
  port: number;
};

/** The parts of a data-channel-only SDP that cannot be rebuilt. */
export type CompactSdp = {
  type: 'offer' | 'answer';
  ufrag: string;
  pwd: string;
  fingerprint: { algorithm: 'sha-256' | 'sha-384' | 'sha-512'; hex: string };
  setup: 'actpass' | 'active' | 'passive';
  candidates: CompactCandidate[];
};

const TYPE_PREFERENCE = { host: 126, prflx: 110, srflx: 100, relay: 0 } as const;

/**
 * Extracts ICE credentials, DTLS fingerprint, DTLS role and candidates from a WebRTC SDP whose only media is one
 * SCTP data-channel section. Keeps UDP candidates and passive TCP ones (the only TCP ones a remote can dial).
 * Throws AppError('pair.unsupported') when a field is missing.
 */
export function compactSdp(desc: RTCSessionDescriptionInit): CompactSdp {
  const sdp = desc.sdp ?? '';
  const attr = (name: string) => new RegExp(`^a=${name}:(.+)$`, 'm').exec(sdp)?.[1]?.trim();
  const ufrag = attr('ice-ufrag');
  const pwd = attr('ice-pwd');
  const fp = /^(sha-256|sha-384|sha-512) ([0-9A-Fa-f:]+)$/.exec(attr('fingerprint') ?? '');
  const setup = attr('setup');
  if ((desc.type !== 'offer' && desc.type !== 'answer') || !ufrag || !pwd || !fp || !isSetup(setup)) {
    throw new AppError('pair.unsupported');
  }
  const candidates: CompactCandidate[] = [];
  const parsed = [...sdp.matchAll(/^a=candidate:(.+)$/gm)].map(([, line]) => parseCandidate(line!.trim()));
  // Highest priority first: the rebuilt priorities keep only this order.
  for (const { priority, ...c } of parsed.filter((p) => !!p).sort((x, y) => y.priority - x.priority)) {
    if (!candidates.some((o) => o.address === c.address && o.port === c.port && o.protocol === c.protocol)) candidates.push(c);
  }
  const algorithm = fp[1] as CompactSdp['fingerprint']['algorithm'];
  return { type: desc.type, ufrag, pwd, fingerprint: { algorithm, hex: fp[2]!.replace(/:/g, '').toLowerCase() }, setup, candidates };
}

/** Builds a standard SDP (one data-channel section, candidates included, end-of-candidates) from its compact form. */
export function rebuildSdp(c: CompactSdp): RTCSessionDescriptionInit {
  const fingerprint = c.fingerprint.hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
  const lines = [
    'v=0',
    'o=- 1 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...c.candidates.map((k, i) => `a=${candidateLine(k, i)}`),
    'a=end-of-candidates',
    `a=ice-ufrag:${c.ufrag}`,
    `a=ice-pwd:${c.pwd}`,
    `a=fingerprint:${c.fingerprint.algorithm} ${fingerprint}`,
    `a=setup:${c.setup}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
  ];
  return { type: c.type, sdp: lines.join('\r\n') + '\r\n' };
}

function candidateLine(k: CompactCandidate, index: number): string {
  // RFC 8445 §5.1.2.1; local preference falls with the index so the original order is kept.
  const priority = TYPE_PREFERENCE[k.type] * 2 ** 24 + (65535 - index) * 2 ** 8 + 255;
  const tcp = k.protocol === 'tcp' ? ' tcptype passive' : '';
  return `candidate:${index + 1} 1 ${k.protocol} ${priority} ${k.address} ${k.port} typ ${k.type}${tcp}`;
}

function parseCandidate(line: string): (CompactCandidate & { priority: number }) | undefined {
  // foundation component protocol priority address port "typ" type [extensions…]
  const f = line.split(/\s+/);
  const [, component, protocol, priority, address, port, typ, type] = f;
  if (component !== '1' || typ !== 'typ' || !address || !(type && type in TYPE_PREFERENCE)) return undefined;
  const p = protocol?.toLowerCase();
  const tcpType = f.includes('tcptype') ? f[f.indexOf('tcptype') + 1] : undefined;
  if (p !== 'udp' && !(p === 'tcp' && tcpType === 'passive')) return undefined;
  const n = Number(port);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) return undefined;
  return { type: type as CompactCandidate['type'], protocol: p, address, port: n, priority: Number(priority) || 0 };
}

function isSetup(s: string | undefined): s is CompactSdp['setup'] {
  return s === 'actpass' || s === 'active' || s === 'passive';
}
