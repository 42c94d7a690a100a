export declare const SIGNAL_PATH: '/signal';
export declare const CA_PATH: '/safeledger-lan-ca.crt';
/** HTTPS front on host:port (default 0.0.0.0:5443): static app proxied to `web`, `/signal` upgrades to `signaling`. */
export declare function startLanServer(o: {
  host?: string;
  port?: number;
  certPem: string;
  keyPem: string;
  caPem: string;
  web: { host: string; port: number };
  signaling: { host: string; port: number };
}): Promise<{ port: number; close(): Promise<void> }>;
