import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve.mjs';
import { startSignaling, type SignalingServer } from '../../scripts/signaling.mjs';
import { launchPeer, type Peer } from './harness';

const FRAMES = 200;
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * WebRTC Links between two Chromium processes (separate profiles): through the real y-webrtc signaling server
 * with an encrypted room, and through serverless pairing codes. 200 frames of 16 KiB each way, checked in order
 * and byte for byte in the receiving page.
 */
describe('WebRTC links between two browsers', () => {
  let dir: string;
  let server: DistServer;

  beforeAll(async () => {
    // A tiny page with the transport bundled in: the app does not expose it (yet).
    dir = await mkdtemp(path.join(os.tmpdir(), 'safeledger-webrtc-page-'));
    await build({ entryPoints: [path.join(here, 'webrtc-link.page.ts')], bundle: true, format: 'esm', outfile: path.join(dir, 'page.js'), logLevel: 'warning' });
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>webrtc</title><script type="module" src="page.js"></script>');
    server = await serveDist({ root: dir });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function twoPeers(): Promise<[Peer, Peer]> {
    const peers = await Promise.all([launchPeer(), launchPeer()]);
    for (const p of peers) {
      await p.page.goto(server.url);
      await p.page.waitForFunction(() => 'sl' in window);
    }
    return peers;
  }

  /** Both directions at once; asserts every frame arrived, in order, intact. */
  async function exchange(a: Peer, b: Peer) {
    const [msA, msB] = await Promise.all([a.page.evaluate((n) => window.sl.send(n, 1), FRAMES), b.page.evaluate((n) => window.sl.send(n, 2), FRAMES)]);
    const [atA, atB] = await Promise.all([a.page.evaluate((n) => window.sl.received(n, 30_000), FRAMES), b.page.evaluate((n) => window.sl.received(n, 30_000), FRAMES)]);
    expect(atB).toEqual({ count: FRAMES, errors: [] });
    expect(atA).toEqual({ count: FRAMES, errors: [] });
    console.log(`webrtc e2e: ${FRAMES} × 16 KiB each way, sent in ${msA.toFixed(0)} / ${msB.toFixed(0)} ms`);
  }

  it('connects through the encrypted signaling room, carries 200 × 16 KiB frames each way, reconnects', async () => {
    const signaling: SignalingServer = await startSignaling({ host: '127.0.0.1', port: 0 });
    const [a, b] = await twoPeers();
    try {
      const secret = 'ab'.repeat(32);
      const t0 = Date.now();
      await a.page.evaluate(([s, url]) => window.sl.startTransport(s, [url], 'peer-a', 2), [secret, signaling.url] as const);
      await b.page.evaluate(([s, url]) => window.sl.startTransport(s, [url], 'peer-b', 1), [secret, signaling.url] as const);
      expect(await a.page.evaluate(() => window.sl.waitLink())).toBe('webrtc');
      expect(await b.page.evaluate(() => window.sl.waitLink())).toBe('webrtc');
      console.log(`webrtc e2e: connected through signaling in ${Date.now() - t0} ms`);
      await exchange(a, b);

      // B goes away (its link closes on both sides) and comes back: they reconnect by themselves.
      await b.page.evaluate(() => window.sl.stopTransport());
      await expect.poll(() => a.page.evaluate(() => window.sl.closes()), { timeout: 15_000 }).toHaveLength(1);
      await b.page.evaluate(([s, url]) => window.sl.startTransport(s, [url], 'peer-b', 1), [secret, signaling.url] as const);
      expect(await a.page.evaluate(() => window.sl.waitLink(2))).toBe('webrtc');
      expect(await b.page.evaluate(() => window.sl.waitLink(2))).toBe('webrtc');
      await exchange(a, b);
    } finally {
      await Promise.all([a.close(), b.close(), signaling.stop()]);
    }
  });

  it('pairs without any server by exchanging offer and answer codes', async () => {
    const [a, b] = await twoPeers();
    try {
      const offer = await a.page.evaluate(() => window.sl.pairOffer());
      expect(offer).toMatch(/^SL1\.[A-Za-z0-9_-]+$/);
      console.log(`webrtc e2e: offer code ${offer.length} chars: ${offer}`);
      const tampered = offer.slice(0, 10) + (offer[10] === 'A' ? 'B' : 'A') + offer.slice(11);
      expect(await b.page.evaluate((t) => window.sl.pairAnswerError(t), tampered)).toBe('pair.badCode');
      const answer = await b.page.evaluate((t) => window.sl.pairAnswer(t, 1), offer);
      expect(answer).toMatch(/^SL1\./);
      console.log(`webrtc e2e: answer code ${answer.length} chars`);
      expect(await a.page.evaluate((t) => window.sl.pairAccept(t, 2), answer)).toBe('pairing');
      expect(await b.page.evaluate(() => window.sl.waitLink())).toBe('pairing');
      await exchange(a, b);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
