/**
 * Browser side of webrtc-link.e2e.ts, bundled by the test with esbuild: exposes the WebRTC transport and pairing
 * on `window.sl` and checks received frames in the page (frames never cross the CDP connection).
 */
import { MAX_FRAME, type Link } from '../../src/sync/link';
import { answerPairingOffer, createPairingOffer, type PairingOffer } from '../../src/sync/pairing';
import { createWebrtcTransport } from '../../src/sync/webrtc/webrtc-transport';

/** What the receiving side saw: frames in order and intact, or the first problems. */
export type Received = { count: number; errors: string[]; closed?: string };

const links: Link[] = [];
let received: Received = { count: 0, errors: [] };
const closes: string[] = [];
let stopTransport: (() => void) | undefined;
let linkArrived: (() => void) | undefined;
let offer: PairingOffer | undefined;

/** Frame i from a sender with `seed`: index (4 bytes), seed, then a pattern every byte of which is checked. */
function makeFrame(i: number, seed: number): Uint8Array {
  const f = new Uint8Array(MAX_FRAME);
  new DataView(f.buffer).setUint32(0, i);
  f[4] = seed;
  for (let j = 5; j < f.length; j++) f[j] = (i * 7 + j + seed) & 255;
  return f;
}

/** The newest link is the one under test; its counters start afresh. */
function adopt(link: Link, peerSeed: number) {
  links.push(link);
  const mine: Received = (received = { count: 0, errors: [] });
  link.onFrame((f) => {
    if (mine !== received) return;
    const i = received.count++;
    const want = makeFrame(i, peerSeed);
    const bad = f.length !== want.length || f.some((b, j) => b !== want[j]);
    if (bad && received.errors.length < 5) received.errors.push(`frame #${i}: got index ${new DataView(f.buffer).getUint32(0)}, ${f.length} bytes`);
  });
  link.onClose((why) => {
    mine.closed = why;
    closes.push(why);
  });
  linkArrived?.();
}

const waitLinks = (n: number) => new Promise<void>((resolve) => (links.length >= n ? resolve() : (linkArrived = () => links.length >= n && resolve())));

const sl = {
  startTransport(secretHex: string, urls: string[], peerId: string, peerSeed: number) {
    const secret = new Uint8Array(secretHex.match(/../g)!.map((h) => parseInt(h, 16)));
    const transport = createWebrtcTransport({ secret, signalingUrls: urls, peerId });
    transport.start((link) => adopt(link, peerSeed));
    stopTransport = () => transport.stop();
  },
  stopTransport: () => stopTransport?.(),
  /** Waits until `n` links have arrived in all; returns the newest one's kind. */
  async waitLink(n = 1): Promise<string> {
    await waitLinks(n);
    return links.at(-1)!.kind;
  },
  /** Close reasons of all links so far, in order of closing. */
  closes: () => [...closes],
  /** Sends n frames on the newest link, honouring backpressure; returns the milliseconds it took. */
  async send(n: number, seed: number): Promise<number> {
    const t0 = performance.now();
    const link = links.at(-1)!;
    for (let i = 0; i < n; i++) await link.send(makeFrame(i, seed));
    return performance.now() - t0;
  },
  async received(n: number, timeoutMs: number): Promise<Received> {
    const until = performance.now() + timeoutMs;
    while (received.count < n && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
    return { ...received };
  },
  async pairOffer(): Promise<string> {
    offer = await createPairingOffer();
    return offer.text;
  },
  async pairAccept(answerText: string, peerSeed: number): Promise<string> {
    adopt(await offer!.accept(answerText), peerSeed);
    return links.at(-1)!.kind;
  },
  async pairAnswer(offerText: string, peerSeed: number): Promise<string> {
    const answer = await answerPairingOffer(offerText);
    void answer.link.then((link) => adopt(link, peerSeed));
    return answer.text;
  },
  /** The reason of an expected failure (AppError reason), for error-path checks. */
  async pairAnswerError(offerText: string): Promise<string> {
    return answerPairingOffer(offerText).then(
      () => 'no error',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
  },
};

declare global {
  interface Window {
    sl: typeof sl;
  }
}
window.sl = sl;
