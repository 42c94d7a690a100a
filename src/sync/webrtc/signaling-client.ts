import { createSignalCipher, type SignalCipher } from './signal-cipher';

/** The constructor the client uses; tests in Node pass the `ws` package's. */
export type WebSocketLike = new (url: string) => WebSocket;

export type SignalingClientOptions = {
  /** Workspace secret: the topic and the payload key derive from it. */
  secret: Uint8Array;
  /** y-webrtc signaling servers (`ws://` or `wss://`); every message goes to all of them. */
  urls: readonly string[];
  /** Each decrypted message, once (duplicates arriving through several servers are dropped). */
  onMessage(message: unknown): void;
  /** Called each time a server connection opens and the topic is subscribed (announce yourself then). */
  onConnect?(url: string): void;
  WebSocketImpl?: WebSocketLike;
};

/** Counters for the sync page and tests. */
export type SignalingStats = { connected: number; received: number; dropped: number };

export type SignalingClient = {
  /** Encrypts and publishes to every connected server; silently skipped while none is connected. */
  publish(message: unknown): Promise<void>;
  stats(): SignalingStats;
  close(): void;
};

const PING_EVERY = 10_000;
/** No message (not even a pong) for this long: the connection is dead, reconnect. */
const SILENCE_LIMIT = 30_000;
const MAX_BACKOFF = 30_000;
const SEEN_LIMIT = 512;
/** WebSocket.OPEN (not read from the constructor: implementations differ in where they put it). */
const OPEN = 1;

/**
 * A client of y-webrtc's signaling protocol (`y-webrtc/bin/server.js`): subscribe / publish / ping over JSON.
 * Connects to every URL, reconnects each with exponential backoff, pings, and seals every payload with the
 * workspace secret, so the servers (and other rooms) see only an opaque topic and ciphertext.
 */
export function createSignalingClient(options: SignalingClientOptions): SignalingClient {
  const WS = options.WebSocketImpl ?? WebSocket;
  const sockets = new Map<string, WebSocket>(); // open ones, by URL
  const all = new Set<WebSocket>(); // including those still connecting
  const timers = new Set<ReturnType<typeof setTimeout>>();
  // The same ciphertext arrives once per server we share with the sender; deliver it once.
  const seen = new Set<string>();
  const stats = { received: 0, dropped: 0 };
  let closed = false;
  const ready = createSignalCipher(options.secret);

  function connect(cipher: SignalCipher, url: string, attempt: number) {
    if (closed) return;
    const ws = new WS(url);
    all.add(ws);
    let lastHeard = Date.now();
    let opened = false;
    const ping = setInterval(() => {
      if (Date.now() - lastHeard > SILENCE_LIMIT) ws.close();
      else if (ws.readyState === OPEN) ws.send(JSON.stringify({ type: 'ping' }));
    }, PING_EVERY);
    ws.onopen = () => {
      if (closed) return ws.close();
      opened = true;
      lastHeard = Date.now();
      sockets.set(url, ws);
      ws.send(JSON.stringify({ type: 'subscribe', topics: [cipher.topic] }));
      options.onConnect?.(url);
    };
    ws.onmessage = (e: MessageEvent) => {
      lastHeard = Date.now();
      const m = parseJson(e.data);
      if (m?.type === 'publish' && m.topic === cipher.topic && typeof m.data === 'string') void receive(cipher, m.data);
    };
    ws.onclose = () => {
      clearInterval(ping);
      all.delete(ws);
      if (sockets.get(url) === ws) sockets.delete(url);
      if (closed) return;
      const next = opened ? 0 : attempt + 1;
      const delay = Math.min(MAX_BACKOFF, 1000 * 2 ** next) * (0.5 + Math.random() / 2);
      const timer = setTimeout(() => (timers.delete(timer), connect(cipher, url, next)), delay);
      timers.add(timer);
    };
  }

  async function receive(cipher: SignalCipher, data: string) {
    if (seen.has(data)) return;
    seen.add(data);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
    const message = await cipher.open(data);
    if (message === undefined) stats.dropped++;
    else if (!closed) {
      stats.received++;
      options.onMessage(message);
    }
  }

  void ready.then((cipher) => options.urls.forEach((url) => connect(cipher, url, 0)));

  return {
    async publish(message) {
      const cipher = await ready;
      const data = await cipher.seal(message);
      seen.add(data); // our own echo
      const frame = JSON.stringify({ type: 'publish', topic: cipher.topic, data });
      for (const ws of sockets.values()) if (ws.readyState === OPEN) ws.send(frame);
    },
    stats: () => ({ connected: sockets.size, ...stats }),
    close() {
      closed = true;
      timers.forEach(clearTimeout);
      for (const ws of all) ws.close();
      sockets.clear();
    },
  };
}

function parseJson(data: unknown): { type?: unknown; topic?: unknown; data?: unknown } | undefined {
  try {
    const v: unknown = typeof data === 'string' ? JSON.parse(data) : undefined;
    return typeof v === 'object' && v !== null ? v : undefined;
  } catch {
    return undefined;
  }
}
