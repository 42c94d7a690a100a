/** The LAN server's certificates (see lan-cert.mjs). */
export interface LanCert {
  caPath: string;
  caPem: string;
  certPem: string;
  keyPem: string;
  /** SHA-256 fingerprints, colon-separated upper-case hex (as browsers and OS dialogs show them). */
  caFingerprint: string;
  certFingerprint: string;
  createdCa: boolean;
  issuedCert: boolean;
  /** Names in the server certificate: the IPs, 127.0.0.1, localhost. */
  names: string[];
}
export declare const opensslBin: () => string;
export declare function opensslVersion(bin?: string): string | null;
export declare const OPENSSL_MISSING: string;
export declare function ensureLanCert(options: { dir: string; ips: string[]; now?: number; openssl?: string }): LanCert;
