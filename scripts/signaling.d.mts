/** A running y-webrtc signaling server; `url` is `ws://host:port`. */
export interface SignalingServer {
  url: string;
  host: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** Starts y-webrtc's signaling server bound to `host` (default 127.0.0.1); port 0 picks a free port (default 4444). */
export declare function startSignaling(options?: { host?: string; port?: number }): Promise<SignalingServer>;
