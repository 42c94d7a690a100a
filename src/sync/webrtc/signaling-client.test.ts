import { afterEach, describe, expect, it } from 'vitest';
import { startSignaling, type SignalingServer } from '../../../scripts/signaling.mjs';
import { createSignalCipher } from './signal-cipher';
import { createSignalingClient, type SignalingClient, type WebSocketLike } from './signaling-client';

// Node 20 has no global WebSocket; the `ws` package (the signaling server's own) stands in.
const { WebSocket: NodeWebSocket } = (await import('ws' as string)) as { WebSocket: WebSocketLike };

const secret = (fill: number) => new Uint8Array(32).fill(fill);
const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('signaling client against y-webrtc-signaling', () => {
  const servers: SignalingServer[] = [];
  const clients: SignalingClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  const server = async (port = 0) => servers[servers.push(await startSignaling({ port })) - 1]!;
  const client = (fill: number, urls: string[]) => {
    const got: unknown[] = [];
    const c = createSignalingClient({ secret: secret(fill), urls, onMessage: (m) => got.push(m), WebSocketImpl: NodeWebSocket });
    clients.push(c);
    return { c, got };
  };

  it('delivers sealed messages within a room, once, across several servers, and not to other rooms', async () => {
    const urls = [(await server()).url, (await server()).url];
    const a = client(1, urls);
    const b = client(1, urls);
    const other = client(2, urls);
    await until(() => [a, b, other].every((x) => x.c.stats().connected === 2));
    await a.c.publish({ hello: 'b' });
    await until(() => b.got.length > 0);
    await new Promise((r) => setTimeout(r, 200)); // room for a duplicate or an echo to show up
    expect(b.got).toEqual([{ hello: 'b' }]);
    expect(a.got).toEqual([]); // no echo of our own message
    expect(other.got).toEqual([]);
    expect(other.c.stats()).toMatchObject({ received: 0, dropped: 0 }); // another room's traffic never reaches it
  });

  it('drops and counts payloads it cannot decrypt', async () => {
    const { url } = await server();
    const a = client(1, [url]);
    const b = client(1, [url]);
    await until(() => a.c.stats().connected === 1 && b.c.stats().connected === 1);
    // Someone who knows the topic (the server sees it) but not the key.
    const { topic } = await createSignalCipher(secret(1));
    const intruder = new NodeWebSocket(url);
    await new Promise((r) => (intruder.onopen = r));
    const foreign = await (await createSignalCipher(secret(2))).seal({ t: 'announce', from: 'mallory', sid: 'x' });
    for (const data of [foreign, 'not base64 !!', btoa('0123456789abcdef0123456789abcdef')]) {
      intruder.send(JSON.stringify({ type: 'publish', topic, data }));
    }
    await until(() => a.c.stats().dropped === 3);
    intruder.close();
    await b.c.publish({ ok: true });
    await until(() => a.got.length === 1);
    expect(a.got).toEqual([{ ok: true }]);
    expect(a.c.stats()).toMatchObject({ received: 1, dropped: 3 });
  });

  it('reconnects and resubscribes after the server restarts', async () => {
    const first = await server();
    const a = client(1, [first.url]);
    const b = client(1, [first.url]);
    await until(() => a.c.stats().connected === 1 && b.c.stats().connected === 1);
    await first.stop();
    await until(() => a.c.stats().connected === 0 && b.c.stats().connected === 0);
    await server(first.port);
    await until(() => a.c.stats().connected === 1 && b.c.stats().connected === 1);
    await a.c.publish({ after: 'restart' });
    await until(() => b.got.length === 1);
    expect(b.got).toEqual([{ after: 'restart' }]);
  });
});
