/** Checks a running LAN server: the page over https and a signaling round trip over wss, against `ca`. */
export declare function probeLan(o: { origin: string; ca: string; timeoutMs?: number }): Promise<{
  status: number;
  contentType: string;
  html: string;
  signaling: 'ok';
}>;
