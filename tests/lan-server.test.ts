import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanAddresses } from '../scripts/lan/lan-addresses.mjs';
import { ensureLanCert, opensslVersion, type LanCert } from '../scripts/lan/lan-cert.mjs';
import { CA_PATH, startLanServer } from '../scripts/lan/lan-server.mjs';
import { probeLan } from '../scripts/lan/probe-lan.mjs';
import { serveDist } from '../scripts/serve.mjs';
import { startSignaling } from '../scripts/signaling.mjs';

const openssl = opensslVersion();
if (!openssl) console.warn('tests/lan-server.test.ts: SKIPPED — the `openssl` CLI is not installed (apt install openssl).');

describe('lanAddresses', () => {
  it('lists non-internal IPv4 addresses, private ones first', () => {
    const ifaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [{ address: '203.0.113.7', family: 'IPv4', internal: false }, { address: 'fe80::1', family: 'IPv6', internal: false }],
      wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false }],
    } as unknown as NodeJS.Dict<os.NetworkInterfaceInfo[]>;
    expect(lanAddresses(ifaces)).toEqual(['192.168.1.23', '203.0.113.7']);
  });
});

describe.skipIf(!openssl)(`LAN server (https + wss /signal)${openssl ? '' : ' — SKIPPED: openssl CLI not installed'}`, () => {
  let dir = '';
  let cert: LanCert;
  const stops: (() => Promise<void>)[] = [];
  let origin = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'safeledger-lan-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>安全台账</title>');
    cert = ensureLanCert({ dir: path.join(dir, 'cert'), ips: ['192.168.77.5'] });
    const web = await serveDist({ root: dir, port: 0 });
    const signaling = await startSignaling({ port: 0 });
    const lan = await startLanServer({
      host: '127.0.0.1', port: 0, certPem: cert.certPem, keyPem: cert.keyPem, caPem: cert.caPem,
      web: { host: '127.0.0.1', port: web.port }, signaling: { host: '127.0.0.1', port: signaling.port },
    });
    stops.push(() => lan.close(), () => web.close(), () => signaling.stop());
    origin = `https://127.0.0.1:${lan.port}`;
  });

  afterAll(async () => {
    for (const stop of stops) await stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the certificates once and re-issues only the server certificate when the address changes', () => {
    expect(cert).toMatchObject({ createdCa: true, issuedCert: true, names: ['192.168.77.5', '127.0.0.1', 'localhost'] });
    expect(cert.caFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const again = ensureLanCert({ dir: path.join(dir, 'cert'), ips: ['192.168.77.5'] });
    expect(again).toMatchObject({ createdCa: false, issuedCert: false, certFingerprint: cert.certFingerprint });
    const moved = ensureLanCert({ dir: path.join(dir, 'cert'), ips: ['192.168.77.6'] });
    expect(moved).toMatchObject({ createdCa: false, issuedCert: true, caFingerprint: cert.caFingerprint });
    // Back to the first address for the server tests below (the server already holds its certificate in memory).
    ensureLanCert({ dir: path.join(dir, 'cert'), ips: ['192.168.77.5'] });
  });

  it('serves the page over https and relays signaling over wss on the same origin, trusted via the CA', async () => {
    const r = await probeLan({ origin, ca: cert.caPem });
    expect(r).toMatchObject({ status: 200, signaling: 'ok' });
    expect(r.contentType).toContain('text/html');
    expect(r.html).toContain('安全台账');
  });

  const get = (url: string, opts: https.RequestOptions) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      https.get(url, opts, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });

  it('is refused by a client that does not trust the CA, and offers the CA for download', async () => {
    await expect(get(`${origin}/`, {})).rejects.toMatchObject({ code: expect.stringMatching(/CERT|SIGNED|ISSUER/) });
    const ca = await get(`${origin}${CA_PATH}`, { ca: cert.caPem });
    expect(ca).toEqual({ status: 200, body: cert.caPem });
  });
});
