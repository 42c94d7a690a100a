/** Largest frame any transport carries (measured: y-webrtc fails on a single message over ~256 KB). */
export const MAX_FRAME = 16 * 1024;

/**
 * One connection to one peer, carrying binary frames of at most MAX_FRAME bytes. Every transport (WebRTC data
 * channel, BroadcastChannel between tabs, in-memory pair, pairing by text) hands the sync engine Links.
 * Real transports deliver frames once and in order; the in-memory test link may reorder and duplicate them on
 * purpose, so the protocol above tolerates both.
 */
export type Link = {
  /** 'webrtc' | 'tab' | 'memory' | 'pairing': shown in the sync page and logs. */
  readonly kind: string;
  /** Sends one frame; resolves when the transport is ready for more (backpressure). Rejects once closed. */
  send(frame: Uint8Array): Promise<void>;
  /** Receives every frame that arrives (one listener). */
  onFrame(cb: (frame: Uint8Array) => void): void;
  /** Told once when the link closes, from either side; `reason` is for the log. */
  onClose(cb: (reason: string) => void): void;
  close(reason?: string): void;
};

/** A source of Links: it finds peers (signaling, pairing, tabs) and hands each new connection over. */
export type Transport = {
  readonly kind: string;
  start(onLink: (link: Link) => void): void;
  stop(): void;
};
