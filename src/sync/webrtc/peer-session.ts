import type { Link } from '../link';
import { createDataChannelLink } from './datachannel-link';

/** A signaling payload a session wants sent to its remote peer (the transport adds from/sid/to/toSid/cid). */
export type SessionSignal = { t: 'sdp'; sdp: RTCSessionDescriptionInit } | { t: 'ice'; candidate: RTCIceCandidateInit | null };

export type PeerSessionOptions = {
  remoteId: string;
  remoteSid: string;
  /** This connection attempt's id (chosen by the initiator). */
  cid: string;
  /** The initiator makes the offer; exactly one side is (the smaller peer id), so offers never collide. */
  initiator: boolean;
  iceServers: RTCIceServer[];
  signal(s: SessionSignal): void;
  onLink(link: Link): void;
  /** Told once when the session is over (never connected, or its link closed). */
  onEnd(session: PeerSession, reason: string): void;
};

/** Give up when the channel has not opened by then; the next announce retries. */
const OPEN_TIMEOUT = 20_000;
/** ICE 'disconnected' may heal by itself; after this long it counts as lost. */
const DISCONNECT_GRACE = 8_000;

/**
 * One RTCPeerConnection to one peer with one negotiated, reliable, ordered data channel, from offer to close.
 * Lives in the transport's peer map until onEnd.
 */
export class PeerSession {
  readonly remoteId: string;
  readonly remoteSid: string;
  readonly cid: string;
  private readonly pc: RTCPeerConnection;
  private readonly channel: RTCDataChannel;
  private link: Link | undefined;
  private ended = false;
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private openTimer: ReturnType<typeof setTimeout>;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PeerSessionOptions) {
    this.remoteId = options.remoteId;
    this.remoteSid = options.remoteSid;
    this.cid = options.cid;
    this.pc = new RTCPeerConnection({ iceServers: options.iceServers });
    // Negotiated id 0 on both sides: no 'datachannel' event to wait for, same code for both roles.
    this.channel = this.pc.createDataChannel('safeledger', { negotiated: true, id: 0, ordered: true });
    this.openTimer = setTimeout(() => this.close('connect timeout'), OPEN_TIMEOUT);
    this.pc.onicecandidate = (e) => options.signal({ t: 'ice', candidate: e.candidate?.toJSON() ?? null });
    this.pc.onconnectionstatechange = () => this.connectionChanged();
    this.channel.onopen = () => this.opened();
    if (options.initiator) void this.run(async () => this.sendDescription(await this.pc.createOffer()));
  }

  /** Applies the remote offer or answer (and answers an offer). */
  acceptDescription(sdp: RTCSessionDescriptionInit): void {
    void this.run(async () => {
      await this.pc.setRemoteDescription(sdp);
      for (const c of this.pendingCandidates.splice(0)) await this.pc.addIceCandidate(c);
      if (sdp.type === 'offer') await this.sendDescription(await this.pc.createAnswer());
    });
  }

  /** Adds a remote ICE candidate (kept until the remote description is set); null = end of candidates. */
  acceptCandidate(candidate: RTCIceCandidateInit | null): void {
    if (candidate === null) return;
    if (!this.pc.remoteDescription) this.pendingCandidates.push(candidate);
    else void this.pc.addIceCandidate(candidate).catch(() => undefined); // a bad candidate only loses a path
  }

  /** Ends the session: closes its link (telling the sync engine), channel and connection. Idempotent. */
  close(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.openTimer);
    clearTimeout(this.graceTimer);
    this.link?.close(reason);
    this.channel.close();
    this.pc.close();
    this.options.onEnd(this, reason);
  }

  private async sendDescription(desc: RTCSessionDescriptionInit) {
    await this.pc.setLocalDescription(desc);
    this.options.signal({ t: 'sdp', sdp: { type: desc.type, sdp: this.pc.localDescription?.sdp ?? desc.sdp ?? '' } });
  }

  private opened() {
    if (this.ended) return;
    clearTimeout(this.openTimer);
    this.link = createDataChannelLink(this.channel, 'webrtc', (reason) => this.close(reason));
    this.options.onLink(this.link);
  }

  private connectionChanged() {
    const state = this.pc.connectionState;
    clearTimeout(this.graceTimer);
    if (state === 'failed' || state === 'closed') this.close(`connection ${state}`);
    else if (state === 'disconnected') this.graceTimer = setTimeout(() => this.close('connection lost'), DISCONNECT_GRACE);
  }

  private async run(step: () => Promise<void>) {
    try {
      await step();
    } catch (err) {
      this.close(`negotiation failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
