import { toHex, randomBytes } from '../../crypto/bytes';
import type { Link, Transport } from '../link';
import { PeerSession, type SessionSignal } from './peer-session';
import { parseSignalMessage, type SignalMessage } from './signal-message';
import { createSignalingClient, type SignalingClient, type WebSocketLike } from './signaling-client';

export type WebrtcTransportOptions = {
  /** Workspace secret: room topic and signaling key derive from it. */
  secret: Uint8Array;
  /** y-webrtc signaling servers; several may be given (LAN server, public ones). */
  signalingUrls: readonly string[];
  iceServers?: RTCIceServer[];
  /** This device's stable id; the smaller of two ids initiates their connection. */
  peerId: string;
  WebSocketImpl?: WebSocketLike;
};

/** Re-announce this often, so peers whose connection broke find each other again. */
const ANNOUNCE_EVERY = 15_000;
/** After a connection fails, announce again soon (the peer may still be there). */
const RETRY_AFTER_FAILURE = 2_000;

/**
 * WebRTC transport: peers meet in an encrypted room on y-webrtc signaling servers, then each pair of peers
 * opens one RTCPeerConnection with one reliable ordered data channel, handed over as a Link of kind 'webrtc'.
 *
 * Steps: (1) on each server connection and every ANNOUNCE_EVERY, announce {from, sid}; (2) on an announce from a
 * peer without a session, the smaller id creates a session and sends the offer, the larger answers with a
 * directed announce; (3) SDP and ICE candidates travel as {from, to, toSid, cid} messages; (4) when a session
 * ends, the peer is forgotten, and the next announce from either side reconnects.
 */
export function createWebrtcTransport(options: WebrtcTransportOptions): Transport & { signalingConnected(): number } {
  const { peerId } = options;
  const peers = new Map<string, PeerSession>();
  let running: { signaling: SignalingClient; sid: string; timers: Set<ReturnType<typeof setTimeout>> } | undefined;

  function start(onLink: (link: Link) => void): void {
    if (running) throw new Error('webrtc transport already started');
    const sid = toHex(randomBytes(8));
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const announce = (to?: string) => void signaling.publish({ t: 'announce', from: peerId, sid, ...(to ? { to } : {}) });
    const signaling = createSignalingClient({
      secret: options.secret,
      urls: options.signalingUrls,
      onConnect: () => announce(),
      onMessage: (m) => {
        const msg = parseSignalMessage(m);
        if (msg && msg.from !== peerId && (msg.to === undefined || msg.to === peerId)) receive(msg);
      },
      ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
    });
    running = { signaling, sid, timers };
    const every = setInterval(() => announce(), ANNOUNCE_EVERY);
    timers.add(every);

    function open(remoteId: string, remoteSid: string, cid: string, initiator: boolean): PeerSession {
      const session: PeerSession = new PeerSession({
        remoteId,
        remoteSid,
        cid,
        initiator,
        iceServers: options.iceServers ?? [],
        signal: (s: SessionSignal) => void signaling.publish({ ...s, from: peerId, sid, to: remoteId, toSid: remoteSid, cid }),
        onLink,
        onEnd: (ended, reason) => {
          if (peers.get(remoteId) === ended) peers.delete(remoteId);
          // A failure (not a deliberate close by either sync engine) is retried soon; anything else waits.
          if (running?.sid === sid && /timeout|failed|lost/.test(reason)) {
            const t = setTimeout(() => (timers.delete(t), announce(remoteId)), RETRY_AFTER_FAILURE);
            timers.add(t);
          }
        },
      });
      peers.set(remoteId, session);
      return session;
    }

    function receive(msg: SignalMessage) {
      let session = peers.get(msg.from);
      // A new sid means the peer restarted: whatever we had with it is stale.
      if (session && session.remoteSid !== msg.sid) {
        session.close('peer restarted');
        session = undefined;
      }
      if (msg.t === 'announce') {
        if (session) return;
        if (peerId < msg.from) open(msg.from, msg.sid, toHex(randomBytes(8)), true);
        else if (msg.to === undefined) announce(msg.from);
        return;
      }
      if (msg.toSid !== sid) return; // meant for an earlier run of ours
      if (msg.t === 'sdp' && msg.sdp.type === 'offer' && peerId > msg.from && session?.cid !== msg.cid) {
        session?.close('superseded by a new offer');
        session = open(msg.from, msg.sid, msg.cid, false);
      }
      if (!session || session.cid !== msg.cid) return;
      if (msg.t === 'sdp') session.acceptDescription(msg.sdp);
      else session.acceptCandidate(msg.candidate);
    }
  }

  return {
    kind: 'webrtc',
    /** Signaling servers this transport is connected to right now. */
    signalingConnected: () => running?.signaling.stats().connected ?? 0,
    start,
    stop() {
      if (!running) return;
      const { signaling, timers } = running;
      running = undefined;
      timers.forEach((t) => clearTimeout(t));
      signaling.close();
      for (const session of [...peers.values()]) session.close('transport stopped');
      peers.clear();
    },
  };
}
