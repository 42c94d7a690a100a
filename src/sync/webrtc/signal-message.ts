/**
 * What peers say to each other through the (encrypted) signaling room.
 * `sid` is the sender's transport session (new on every start), so a restarted peer is told apart from a stale one;
 * `cid` names one connection attempt, so late answers and candidates of an abandoned attempt are ignored.
 */
export type SignalMessage =
  | { t: 'announce'; from: string; sid: string; to?: string }
  | { t: 'sdp'; from: string; sid: string; to: string; toSid: string; cid: string; sdp: RTCSessionDescriptionInit }
  | { t: 'ice'; from: string; sid: string; to: string; toSid: string; cid: string; candidate: RTCIceCandidateInit | null };

/** Validates a decrypted signaling payload; `undefined` for anything malformed. */
export function parseSignalMessage(v: unknown): SignalMessage | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const m = v as Record<string, unknown>;
  if (typeof m.from !== 'string' || typeof m.sid !== 'string') return undefined;
  if (m.t === 'announce') return m.to === undefined || typeof m.to === 'string' ? (m as SignalMessage) : undefined;
  if (typeof m.to !== 'string' || typeof m.toSid !== 'string' || typeof m.cid !== 'string') return undefined;
  if (m.t === 'sdp') return isSdp(m.sdp) ? (m as SignalMessage) : undefined;
  if (m.t === 'ice') return m.candidate === null || isCandidate(m.candidate) ? (m as SignalMessage) : undefined;
  return undefined;
}

function isSdp(v: unknown): v is RTCSessionDescriptionInit {
  const d = v as RTCSessionDescriptionInit | null;
  return typeof d === 'object' && d !== null && (d.type === 'offer' || d.type === 'answer') && typeof d.sdp === 'string';
}

function isCandidate(v: unknown): v is RTCIceCandidateInit {
  const c = v as RTCIceCandidateInit | null;
  return typeof c === 'object' && c !== null && typeof c.candidate === 'string';
}
