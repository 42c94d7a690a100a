import { mayReadKind, mayWriteKind } from '../docs/access-policy';
import { docKind, type DocId, type DocKind } from '../docs/doc-id';
import { mayRead } from '../domain/roles';
import { equalBytes, randomBytes } from '../crypto/bytes';
import { createApplyQueue } from './apply-queue';
import { authTranscript } from './auth-transcript';
import type { FramedLink } from './framed-link';
import { bucketHashes, differingBuckets, groupByBucket } from './inventory';
import { encodeMessage, type MessageOf, type SyncMessage } from './messages';
import { createRequestQueue } from './request-queue';
import { createServeQueue } from './serve-queue';
import type { PeerIdentity, SyncHost } from './sync-host';

/** What the sync page shows of one connection. */
export type SessionState = {
  id: string;
  link: string;
  phase: 'hello' | 'syncing' | 'synced' | 'closed';
  peer?: PeerIdentity;
  /** Docs requested and not yet applied. */
  pending: number;
  docsIn: number;
  docsOut: number;
  bytesIn: number;
  bytesOut: number;
  blobsIn: number;
  lastSyncAt?: number;
  /** Why the session closed or what the peer refused (a log reason key). */
  error?: string;
};

export type SessionEvents = {
  change(s: SessionState): void;
  /** A refusal or protocol problem worth a line in the sync log. */
  log(reason: string, detail?: string): void;
};

const MAX_EARLY = 2000;
const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** The state vector of a doc not held (no client, no clock). */
const EMPTY_SV = new Uint8Array([0]);
/** The order in which a peer's docs are requested (lower first). */
const FIRST: Record<DocKind, number> = {
  org: 0, catalog: 0, members: 0, control: 0, person: 1, health: 1, plan: 2, training: 3, monitoring: 3, hazard: 3, risk: 3, audit: 4,
};
/** Step-1 requests in flight to one peer: enough to keep its batched serving busy, bounded for memory. */
const REQUESTS_IN_FLIGHT = 256;
let counter = 0;

/**
 * One sync session over one link (DESIGN §3.3): authenticated hello, bucketed inventory, per-doc y-protocols
 * step 1 / step 2, live updates both ways, blob want/have — under the share policy of both devices' roles.
 */
export function startSession(link: FramedLink, host: SyncHost, events: SessionEvents) {
  const state: SessionState = {
    id: `s${++counter}-${Math.random().toString(36).slice(2, 8)}`, link: link.kind, phase: 'hello',
    pending: 0, docsIn: 0, docsOut: 0, bytesIn: 0, bytesOut: 0, blobsIn: 0,
  };
  const origin = `remote:${state.id}`;
  const nonce = randomBytes(16);
  let peerHello: MessageOf<'hello'> | null = null;
  let peer: PeerIdentity | null = null;
  let early: SyncMessage[] = [];
  let theirList = false;
  const changed = () => events.change({ ...state });

  // Messages are handled one at a time, in arrival order: a handler may await storage before the next runs.
  let inbox: Promise<void> = Promise.resolve();
  const framed = link;
  framed.listen((m) => {
    inbox = inbox.then(() => receive(m)).catch((e) => fail('sync.e.protocol', String(e)));
  }, (why) => {
    state.phase = 'closed';
    state.error ??= why;
    stopCommits();
    stopBlobs();
    changed();
  });
  const send = (m: Uint8Array) => {
    state.bytesOut += m.length;
    return framed.send(m).catch(() => undefined);
  };

  /** Docs the peer listed that this device does not hold: their step 1 carries an empty state vector, no read. */
  const absent = new Set<DocId>();
  const requests = createRequestQueue(REQUESTS_IN_FLIGHT, async (docIds) => {
    const svs = await Promise.all(docIds.map((id) => (absent.delete(id) ? EMPTY_SV : host.stateVector(id))));
    return send(encodeMessage('step1s', { docIds }, svs));
  });
  /**
   * Step-1 requests are served in batches (one storage read for many docs) beside the inbox, not inside it: the
   * inbox would otherwise wait on storage for every requested doc before reading the next message.
   */
  const serving = createServeQueue(async (batch) => {
    const updates = await host.diffs(batch);
    state.docsOut += updates.filter((u) => u).length;
    await send(encodeMessage('step2s', { docIds: batch.map((r) => r.docId) }, updates.map((u) => u ?? EMPTY_UPDATE)));
    changed();
  }, (e) => events.log('sync.e.serveFailed', String(e)));
  const applier = createApplyQueue(host, origin, (pendingDocs) => {
    // Updates whose dependencies have not arrived: ask for the whole missing part again.
    pendingDocs.forEach((d) => requests.add(d));
  }, () => settle(), (e) => events.log('sync.e.applyFailed', String(e)));

  function fail(reason: string, detail?: string) {
    events.log(reason, detail);
    state.error = reason;
    void send(encodeMessage('refuse', { reason })).finally(() => framed.close(reason));
  }

  /** Both the peer and this device may read the kind: it is part of what the two compare. */
  const shared = (docId: DocId) => mayReadKind(host.roles(), docKind(docId)) && mayReadKind(peer!.roles, docKind(docId));
  /** The peer may send this kind (the policy refuses writes from roles that may not write it). */
  const peerMayWrite = (docId: DocId) => mayWriteKind(peer!.roles, docKind(docId));
  /** This device serves the doc to the peer: the peer may read it, and would accept it from us. */
  const serves = (docId: DocId) => shared(docId) && mayWriteKind(host.roles(), docKind(docId));

  async function receive(m: SyncMessage) {
    state.bytesIn += m.bins.reduce((n, b) => n + b.length, 0);
    if (m.t === 'refuse') {
      // The peer refused us: keep its reason (only our own message keys, never free text) in the log.
      const reason = /^sync\.e\.[A-Za-z]+$/.test(m.reason) ? m.reason : 'sync.e.protocol';
      events.log('sync.e.peerRefused', reason);
      state.error = 'sync.e.peerRefused';
      return framed.close(`peer:${reason}`);
    }
    if (m.t === 'hello') return onHello(m);
    if (!peer && m.t !== 'auth') {
      if (early.push(m) > MAX_EARLY) fail('sync.e.flood');
      return;
    }
    switch (m.t) {
      case 'auth': return onAuth(m);
      case 'buckets': return onBuckets(m);
      case 'list': return onList(m);
      case 'step1': return onStep1(m.docId, m.bins[0]!);
      case 'step1s': return m.docIds.forEach((id, i) => onStep1(id, m.bins[i]!));
      case 'step2':
      case 'update': return onUpdate(m.t, m.docId, m.bins[0]!);
      case 'step2s':
        for (const [i, id] of m.docIds.entries()) await onUpdate('step2', id, m.bins[i]!);
        return;
      case 'blobs': return onBlobs(m);
      case 'want': return onWant(m);
      case 'blob': return onBlob(m);
      default: return fail('sync.e.unexpected', m.t);
    }
  }

  async function onHello(m: MessageOf<'hello'>) {
    if (peerHello) return;
    if (m.workspaceId !== host.workspaceId) return fail('sync.e.otherWorkspace');
    if (m.deviceId === host.deviceId) return fail('sync.e.self');
    peerHello = m;
    const t = authTranscript(host.workspaceId, host.deviceId, m.bins[0]!, nonce);
    await send(encodeMessage('auth', {}, [await host.sign(t), await host.mac(t)]));
    const waiting = early.filter((e) => e.t === 'auth');
    if (waiting.length) await onAuth(waiting[0] as MessageOf<'auth'>);
  }

  async function onAuth(m: MessageOf<'auth'>) {
    if (peer) return;
    if (!peerHello) {
      early.push(m);
      return;
    }
    const t = authTranscript(host.workspaceId, peerHello.deviceId, nonce, peerHello.bins[0]!);
    const mac = await host.mac(t);
    if (!equalBytes(mac, m.bins[1]!)) return fail('sync.e.badSecret');
    const who = await host.verifyPeer(peerHello.deviceId, t, m.bins[0]!);
    if ('refused' in who) return fail(who.refused, peerHello.deviceId);
    if (framed.closed) return; // closed while the signature was being checked
    peer = who;
    state.peer = who;
    state.phase = 'syncing';
    changed();
    await startInventory();
    await send(encodeMessage('blobs', { ids: await shareableBlobs() }));
    const queued = early.filter((e) => e.t !== 'auth');
    early = [];
    for (const e of queued) await receive(e);
  }

  let groups: ReturnType<typeof groupByBucket> = [];
  /** Buckets whose entries this side has listed in the current inventory round. */
  let listed = new Set<number>();
  async function startInventory() {
    listed = new Set();
    const inv = await host.inventory();
    for (const id of [...inv.keys()]) if (!shared(id)) inv.delete(id);
    groups = groupByBucket(inv);
    theirList = false;
    await send(encodeMessage('buckets', {}, [bucketHashes(groups)]));
  }

  async function onBuckets(m: MessageOf<'buckets'>) {
    if (m.bins[0]!.length !== 256 * 8) return fail('sync.e.malformed', 'buckets');
    const diff = differingBuckets(bucketHashes(groups), m.bins[0]!);
    if (!diff.length) {
      theirList = true;
      return settle();
    }
    diff.forEach((b) => listed.add(b));
    await send(encodeMessage('list', { buckets: diff, entries: diff.flatMap((b) => groups[b]!) }));
  }

  async function onList(m: MessageOf<'list'>) {
    const mine = new Map(m.buckets.flatMap((b) => groups[b] ?? []));
    // Small shared docs first, then dossiers, then the many records: a new device is usable before it has them all.
    const entries = [...m.entries].sort((x, y) => FIRST[docKind(x[0])] - FIRST[docKind(y[0])]);
    for (const [docId, h] of entries) {
      if (mine.get(docId) === h || !shared(docId) || !peerMayWrite(docId)) continue;
      if (await host.destroyed?.doc(docId)) events.log('destroy.log.refused', docId);
      else {
        // Not held when the inventory was taken: ask for everything (one arriving meanwhile merges idempotently).
        if (!mine.has(docId)) absent.add(docId);
        requests.add(docId);
      }
    }
    theirList = true;
    settle();
    // The two sides compared buckets at different moments, so they may disagree on which differ: answer with
    // this side's entries for any bucket the peer listed and this side did not.
    const missing = m.buckets.filter((b) => !listed.has(b));
    if (!m.reply && missing.length) {
      missing.forEach((b) => listed.add(b));
      await send(encodeMessage('list', { buckets: missing, entries: missing.flatMap((b) => groups[b] ?? []), reply: true }));
    }
  }

  function onStep1(docId: DocId, sv: Uint8Array) {
    if (serves(docId)) return serving.add({ docId, sv });
    events.log('sync.e.notShared', docId);
    void send(encodeMessage('step2', { docId }, [EMPTY_UPDATE]));
  }

  async function onUpdate(t: 'step2' | 'update', docId: DocId, update: Uint8Array) {
    if (t === 'step2') requests.done(docId);
    if (!shared(docId) || !peerMayWrite(docId)) {
      events.log('sync.e.writeRefused', `${peer!.deviceId} ${docId}`);
    } else if (await host.destroyed?.doc(docId)) {
      // A peer that has not seen the destroy order yet sends the doc again: dropped, never stored.
      events.log('destroy.log.refused', `${peer!.deviceId} ${docId}`);
    } else if (update.length > 2 || t === 'update') {
      state.docsIn++;
      applier.add(docId, update);
    }
    settle();
  }

  async function shareableBlobs() {
    return (await host.blobIds()).filter((b) => mayRead(peer!.roles, b.cls)).map((b) => b.id);
  }

  async function onBlobs(m: MessageOf<'blobs'>) {
    const have = new Set((await host.blobIds()).map((b) => b.id));
    const gone = (await host.destroyed?.blobs(m.ids)) ?? new Set();
    const want = m.ids.filter((id) => !have.has(id) && !gone.has(id));
    for (let i = 0; i < want.length; i += 500) await send(encodeMessage('want', { ids: want.slice(i, i + 500) }));
  }

  async function onWant(m: MessageOf<'want'>) {
    for (const id of m.ids) {
      const b = await host.getBlob(id);
      if (!b || !mayRead(peer!.roles, b.row.cls ?? 'general')) continue;
      await send(encodeMessage('blob', { row: b.row }, b.chunks));
    }
  }

  async function onBlob(m: MessageOf<'blob'>) {
    if (m.bins.length !== m.row.chunks) return events.log('sync.e.blobRefused', m.row.id);
    if (await host.putBlob({ row: m.row, chunks: m.bins })) state.blobsIn++;
    else events.log('sync.e.blobRefused', m.row.id);
    changed();
  }

  function settle() {
    state.pending = requests.size() + applier.size();
    if (peer && theirList && state.pending === 0 && state.phase !== 'closed') {
      state.phase = 'synced';
      state.lastSyncAt = Date.now();
    } else if (peer && state.phase === 'synced' && state.pending) state.phase = 'syncing';
    changed();
  }

  // Live: every commit here (local or from another peer) goes to this peer if the policy lets it.
  const stopCommits = host.onCommit((changes, o) => {
    if (!peer || o === origin) return;
    for (const c of changes) {
      if (serves(c.docId)) void send(encodeMessage('update', { docId: c.docId }, [c.update]));
    }
  });
  const stopBlobs = host.onBlob((id) => {
    if (peer) void send(encodeMessage('blobs', { ids: [id] }));
  });

  void send(encodeMessage('hello', { v: 1, workspaceId: host.workspaceId, deviceId: host.deviceId }, [nonce]));
  changed();

  return {
    state: () => ({ ...state }),
    /** Runs the inventory again (after a suspected gap). */
    resync: () => (peer ? startInventory() : Promise.resolve()),
    close: (why = 'closed') => framed.close(why),
  };
}

export type SyncSession = ReturnType<typeof startSession>;
