/**
 * The office-LAN front: one HTTPS origin for the app and its signaling, so an https page never opens ws:// (mixed
 * content) and colleagues need to trust one certificate.
 *
 * - `GET /safeledger-lan-ca.crt` → the CA certificate to install (after accepting the warning once);
 * - WebSocket upgrades on `/signal` → piped byte-for-byte to the y-webrtc signaling server on 127.0.0.1;
 * - every other request → proxied to the static server of `dist/` on 127.0.0.1.
 * The two back ends stay bound to 127.0.0.1: only this TLS listener faces the network.
 */
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';

export const SIGNAL_PATH = '/signal';
export const CA_PATH = '/safeledger-lan-ca.crt';

/**
 * @param {{ host?: string, port?: number, certPem: string, keyPem: string, caPem: string,
 *   web: { host: string, port: number }, signaling: { host: string, port: number } }} o
 *   host defaults to 0.0.0.0; port 0 picks a free port.
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startLanServer(o) {
  const sockets = new Set();
  const server = https.createServer({ cert: o.certPem + o.caPem, key: o.keyPem }, (req, res) => {
    if (req.url === CA_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'Content-Type': 'application/x-x509-ca-cert',
        'Content-Disposition': 'attachment; filename="safeledger-lan-ca.crt"',
        'Content-Length': Buffer.byteLength(o.caPem),
      });
      res.end(req.method === 'HEAD' ? undefined : o.caPem);
      return;
    }
    const upstream = http.request(
      { host: o.web.host, port: o.web.port, method: req.method, path: req.url, headers: { ...req.headers, host: `${o.web.host}:${o.web.port}` } },
      (up) => {
        // HSTS is left out on purpose: a self-signed origin must stay reachable after the certificate changes.
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('SafeLedger: web server not reachable');
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req, socket, head) => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== SIGNAL_PATH && pathname !== `${SIGNAL_PATH}/`) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const upstream = net.connect(o.signaling.port, o.signaling.host, () => {
      // Re-send the handshake to the signaling server as it came (path rewritten to '/'); from then on both
      // directions are opaque WebSocket frames.
      const lines = [`${req.method} / HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i] ?? '';
        lines.push(`${name}: ${name.toLowerCase() === 'host' ? `${o.signaling.host}:${o.signaling.port}` : req.rawHeaders[i + 1]}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => (socket.destroy(), upstream.destroy());
    upstream.on('error', () => {
      if (!socket.destroyed) socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', drop);
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 5443, o.host ?? '0.0.0.0', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
