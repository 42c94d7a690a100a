/**
 * Self-check of a running LAN server, as a colleague's browser would use it: the page over https and a
 * publish/subscribe round trip over wss://…/signal, both verified against the CA (no "insecure" flag).
 *
 * Usage: `node scripts/lan/probe-lan.mjs https://<ip>:5443 [ca.crt]` (default CA: .tmp/lan/ca.crt).
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { SIGNAL_PATH } from './lan-server.mjs';

/**
 * @param {{ origin: string, ca: string, timeoutMs?: number }} o origin like https://192.168.1.5:5443
 * @returns {Promise<{ status: number, contentType: string, html: string, signaling: 'ok' }>}
 */
export async function probeLan({ origin, ca, timeoutMs = 5000 }) {
  const page = await new Promise((resolve, reject) => {
    const req = https.get(new URL('/', origin), { ca, timeout: timeoutMs }, (res) => {
      let html = '';
      res.setEncoding('utf8').on('data', (c) => (html += c)).on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), html }));
    });
    req.on('timeout', () => req.destroy(new Error('https: timeout')));
    req.on('error', reject);
  });
  const url = new URL(SIGNAL_PATH, origin);
  url.protocol = 'wss:';
  await new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ca, handshakeTimeout: timeoutMs });
    const topic = `probe-${Math.random().toString(36).slice(2)}`;
    const timer = setTimeout(() => (ws.terminate(), reject(new Error('wss: no answer'))), timeoutMs);
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'subscribe', topics: [topic] }));
      ws.send(JSON.stringify({ type: 'publish', topic, data: 'hello' }));
    });
    ws.on('message', (m) => {
      const msg = JSON.parse(String(m));
      if (msg.type === 'publish' && msg.topic === topic && msg.data === 'hello') {
        clearTimeout(timer);
        ws.close();
        resolve(undefined);
      }
    });
    ws.on('error', (e) => (clearTimeout(timer), reject(e)));
  });
  return { .../** @type {{ status: number, contentType: string, html: string }} */ (page), signaling: 'ok' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const origin = process.argv[2];
  if (!origin) {
    console.error('usage: node scripts/lan/probe-lan.mjs https://<ip>:5443 [ca.crt]');
    process.exit(2);
  }
  const ca = readFileSync(process.argv[3] ?? fileURLToPath(new URL('../../.tmp/lan/ca.crt', import.meta.url)), 'utf8');
  const r = await probeLan({ origin, ca });
  console.log(`https ${r.status} ${r.contentType}; wss ${SIGNAL_PATH}: ${r.signaling}`);
}
