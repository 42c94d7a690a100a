import { createEffect, createRoot, on, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../crypto/base64';
import { fingerprint } from '../../crypto/device-keys';
import { MEMBERS_DOC_ID } from '../../docs/doc-id';
import { AppError } from '../../domain/app-error';
import { mayRead, type Role } from '../../domain/roles';
import { createAuditWriter } from '../../store/audit-writer';
import type { SafeLedgerDb } from '../../store/db';
import { loadOrCreateDeviceIdentity, renameDevice, signAs } from '../../store/device-identity';
import type { DocStore } from '../../store/doc-store';
import { live } from '../../store/live';
import { getWorkspace, type WorkspaceInfo } from '../../store/workspace-meta';
import { createFramedLink } from '../../sync/framed-link';
import { answerJoin } from '../../sync/join/answer-join';
import { encodeInvite, inviteSecret } from '../../sync/join/invite';
import type { JoinRequest } from '../../sync/join/join-proof';
import type { Welcome } from '../../sync/join/welcome';
import type { Link, Transport } from '../../sync/link';
import { createStoreHost } from '../../sync/store-host';
import { createSyncEngine, type SyncEngine } from '../../sync/sync-engine';
import { createWebrtcTransport } from '../../sync/webrtc/webrtc-transport';
import { attempt, saveWith } from '../form-result';
import type { JoinState, SyncServiceApi, SyncView } from '../sync-types';
import { createAuditView } from './audit-view';
import { createBundleActions } from './bundle-actions';
import { createJoinFlow } from './join-flow';
import { dropInvite, inviteLink, issueInvite, loadInvites, type IssuedInvite } from './invites';
import { createMembership } from './membership';
import { createPairingActions } from './pairing-actions';
import { ICE_PRESETS, loadSyncSettings, saveSyncSettings, SyncSettingsSchema, type SyncSettings } from './sync-settings';

type Pending = { view: { id: string; name: string; fingerprint: string; at: number }; request: JoinRequest; decide: (w: Welcome | null) => void };

/**
 * Sync as the app runs it: this device's identity and membership, one sync engine in the leader tab fed by the
 * WebRTC transport (workspace room) and by invite rooms, join requests awaiting an admin, pairing, sync files,
 * the audit writer, and the view 设置 › 同步 shows.
 */
export async function createSyncService(db: SafeLedgerDb, docs: DocStore, isLeader: Accessor<boolean>): Promise<SyncServiceApi> {
  let me = await loadOrCreateDeviceIdentity(db);
  const myFingerprint = await fingerprint(me.keys.signPublic);
  const listeners = new Set<(v: SyncView) => void>();
  let settings: SyncSettings = await loadSyncSettings(db);
  let engine: SyncEngine | null = null;
  let engineKey = '';
  let main: ReturnType<typeof createWebrtcTransport> | null = null;
  let stopAudit: (() => void) | null = null;
  const inviteRooms = new Map<string, Transport>();
  const pending = new Map<string, Pending>();
  let invites: IssuedInvite[] = [];
  let joinState: JoinState = { step: 'idle' };
  const joinListeners = new Set<(s: JoinState) => void>();
  const lastSync: Record<string, number> = ((await db.meta.get('syncPeers'))?.value as Record<string, number>) ?? {};
  let log: SyncView['log'] = [];

  const membership = await createMembership(db, docs, me, () => void refresh());
  const join = createJoinFlow(db, docs, me, (s) => {
    joinState = s;
    joinListeners.forEach((l) => l(s));
  });
  const waitingLinks: ReturnType<typeof createFramedLink>[] = [];

  async function workspace(): Promise<WorkspaceInfo> {
    const ws = await getWorkspace(db);
    if (!ws) throw new AppError('sync.e.noWorkspace');
    return ws;
  }

  /** Starts, restarts or stops the engine and transports to match the workspace, leadership and settings. */
  async function refresh() {
    const ws = await getWorkspace(db);
    settings = await loadSyncSettings(db);
    const member = ws && membership.state().devices.get(me.deviceId);
    const key = ws?.sync && member && !member.removed && isLeader()
      ? `${ws.id}:${ws.sync.epoch}:${settings.signalingUrls.join(',')}:${settings.iceServers.join(',')}` : '';
    if (key !== engineKey) {
      main?.stop();
      engine?.stop();
      stopAudit?.();
      main = engine = stopAudit = null;
      engineKey = key;
      if (key && ws?.sync) {
        engine = createSyncEngine(createStoreHost({
          db, docs, members: membership.directory,
          workspace: { id: ws.id, key: ws.key, syncSecret: ws.sync.secret },
          device: { id: me.deviceId, sign: (d) => signAs(me, d) },
        }));
        engine.subscribe(() => onEngineChange());
        // The leader tab audits every tab's edits: one writer per device keeps its chain from forking.
        const writer = createAuditWriter(docs, me, () => ({ personName: member?.personName }));
        const stopTabs = docs.onTabCommit(async (items) => {
          const rows = await db.updates.bulkGet(items.map((i) => i.seq));
          writer.record(rows.filter((r) => r !== undefined).map((r) => ({ docId: r.docId, update: r.u })));
        });
        stopAudit = () => (writer.stop(), stopTabs());
        if (settings.signalingUrls.length) {
          main = createWebrtcTransport({ secret: ws.sync.secret, signalingUrls: settings.signalingUrls, iceServers: ice(), peerId: me.deviceId });
          main.start((link) => engine?.connect(link));
        }
        waitingLinks.splice(0).forEach((l) => engine!.connectFramed(l));
      }
    }
    await refreshInvites(ws);
    emit();
  }

  const ice = (): RTCIceServer[] => settings.iceServers.map((urls) => ({ urls }));

  async function refreshInvites(ws: WorkspaceInfo | null) {
    invites = ws ? await loadInvites(db) : [];
    const admin = membership.myRoles().includes('admin') && isLeader();
    for (const [id, t] of inviteRooms) {
      if (!admin || !invites.some((i) => i.id === id)) (t.stop(), inviteRooms.delete(id));
    }
    if (!admin || !ws) return;
    for (const i of invites) {
      if (inviteRooms.has(i.id) || !i.invite.u.length) continue;
      const t = createWebrtcTransport({ secret: inviteSecret(i.invite), signalingUrls: i.invite.u, iceServers: ice(), peerId: me.deviceId });
      inviteRooms.set(i.id, t);
      t.start((link) => void admit(link, i));
    }
  }

  /** An invite link opened: wait for the device's request, let the admin decide, welcome it. */
  async function admit(link: Link, issued: IssuedInvite) {
    const framed = createFramedLink(link);
    const ok = await answerJoin(framed, inviteSecret(issued.invite), (request) => new Promise<Welcome | null>((decide) => {
      void fingerprint(fromBase64(request.signPublic)).then((fp) => {
        pending.set(issued.id + request.deviceId, { view: { id: issued.id + request.deviceId, name: request.name, fingerprint: fp, at: Date.now() }, request, decide });
        emit();
      });
    }), (reason) => addLog(reason));
    if (ok) {
      await dropInvite(db, issued.id);
      if (link.kind === 'pairing') engine?.connectFramed(framed);
      void refresh();
    }
  }

  async function welcomeFor(request: JoinRequest, roles: Role[]): Promise<Welcome> {
    const ws = await workspace();
    return {
      workspace: { id: ws.id, name: ws.name, createdAt: ws.createdAt, rootDeviceId: ws.rootDeviceId! },
      key: toBase64(ws.key),
      sync: { epoch: ws.sync!.epoch, secret: toBase64(ws.sync!.secret) },
      ...(ws.healthKey && mayRead(roles, 'health') ? { healthKey: toBase64(ws.healthKey) } : {}),
      members: toBase64(Y.encodeStateAsUpdate(await docs.open(MEMBERS_DOC_ID))),
      deviceId: request.deviceId,
    };
  }

  function onEngineChange() {
    let dirty = false;
    for (const s of engine?.sessions() ?? []) {
      if (s.peer && s.lastSyncAt && s.lastSyncAt !== lastSync[s.peer.deviceId]) {
        lastSync[s.peer.deviceId] = s.lastSyncAt;
        dirty = true;
      }
    }
    if (dirty) void db.meta.put({ key: 'syncPeers', value: { ...lastSync } });
    emit();
  }

  function addLog(reason: string, detail?: string) {
    log = [{ at: Date.now(), reason, detail }, ...log].slice(0, 100);
    emit();
  }

  function view(): SyncView {
    const st = membership.state();
    const roles = membership.myRoles();
    return {
      ready: !!engineKey,
      deviceId: me.deviceId, deviceName: me.name, fingerprint: myFingerprint, roles, isAdmin: roles.includes('admin'), leader: isLeader(),
      departmentId: st.devices.get(me.deviceId)?.departmentId,
      peers: (engine?.sessions() ?? []).filter((s) => s.phase !== 'closed' || s.error).slice(-30).map((s) => {
        const d = s.peer && st.devices.get(s.peer.deviceId);
        return { ...s, deviceId: s.peer?.deviceId, deviceName: d?.name, personName: d?.personName };
      }),
      devices: [...st.devices.values()].map((d) => ({
        id: d.id, name: d.name, fingerprint: fingerprintCache.get(d.id) ?? '', roles: d.roles, personName: d.personName, departmentId: d.departmentId,
        removed: d.removed, addedAt: d.addedAt, self: d.id === me.deviceId, lastSyncAt: lastSync[d.id],
      })),
      requests: [...pending.values()].map((p) => p.view),
      invites: invites.map((i) => ({
        id: i.id, code: encodeInvite(i.invite), link: inviteLink(location.href, i.invite), createdAt: i.createdAt, expiresAt: i.invite.x,
      })),
      settings,
      signaling: { connected: main?.signalingConnected() ?? 0, configured: settings.signalingUrls.length },
      log: [...log, ...(engine?.log() ?? []).map((l) => ({ at: l.at, reason: l.reason, detail: l.detail }))].sort((a, b) => b.at - a.at).slice(0, 100),
    };
  }

  const fingerprintCache = new Map<string, string>();
  async function emit() {
    for (const d of membership.state().devices.values()) {
      if (!fingerprintCache.has(d.id)) fingerprintCache.set(d.id, await fingerprint(d.signPublic));
    }
    const v = view();
    listeners.forEach((l) => l(v));
  }

  // Leadership moves between tabs; the workspace appears (created, restored, joined) or its key epoch changes.
  let seen = '';
  async function follow() {
    if (isLeader()) await membership.bootstrap();
    else await membership.refresh();
    await refresh();
  }
  // The workspace subscription below runs the first follow(); this one only reacts to later leadership changes.
  createRoot(() => createEffect(on(isLeader, () => void follow(), { defer: true })));
  live(() => getWorkspace(db)).subscribe((ws) => {
    const now = `${ws?.id ?? ''}:${ws?.sync?.epoch ?? ''}:${ws?.rootDeviceId ?? ''}`;
    if (now !== seen) {
      seen = now;
      void follow();
    }
  });

  const pairing = createPairingActions({
    ice, engine: () => engine, join, workspace: () => getWorkspace(db),
    issueInvite: async () => {
      const ws = await workspace();
      return issueInvite(db, ws, settings.signalingUrls);
    },
    admit: (link, issued) => admit(link, issued),
    keepForEngine: (framed) => waitingLinks.push(framed),
  });
  const bundles = createBundleActions(db, docs, () => workspace(), me, membership);

  // Signaling connections come and go without engine events: refresh the view while someone watches it.
  setInterval(() => listeners.size && void emit(), 3000);

  return {
    view: {
      subscribe(next) {
        listeners.add(next);
        next(view());
        return () => listeners.delete(next);
      },
    },
    renameDevice: (name) => attempt(async () => {
      await renameDevice(db, name);
      me = await loadOrCreateDeviceIdentity(db);
      emit();
    }),
    saveSettings: (values) => saveWith(SyncSettingsSchema, values, async (s) => {
      settings = s;
      await saveSyncSettings(db, s);
      await refresh();
    }),
    icePresets: ICE_PRESETS,
    createInvite: () => attempt(async () => {
      const ws = await workspace();
      if (!membership.myRoles().includes('admin')) throw new AppError('sync.e.notAdmin');
      if (!settings.signalingUrls.length) throw new AppError('invite.noServer');
      const i = await issueInvite(db, ws, settings.signalingUrls);
      await refresh();
      return { id: i.id, code: encodeInvite(i.invite), link: inviteLink(location.href, i.invite), createdAt: i.createdAt, expiresAt: i.invite.x };
    }),
    cancelInvite: async (id) => {
      await dropInvite(db, id);
      await refresh();
    },
    approve: (requestId, roles, personName, departmentId) => attempt(async () => {
      const p = pending.get(requestId);
      if (!p) throw new AppError('join.gone');
      if (!roles.length) throw new AppError('sync.e.noRoles', 'roles');
      const r = p.request;
      await membership.approve({ id: r.deviceId, name: r.name, signPublic: r.signPublic, agreePublic: r.agreePublic }, roles, personName?.trim() || undefined, departmentId || undefined);
      p.decide(await welcomeFor(r, roles));
      pending.delete(requestId);
      emit();
    }),
    refuse: async (requestId) => {
      pending.get(requestId)?.decide(null);
      pending.delete(requestId);
      emit();
    },
    removeDevice: (deviceId) => attempt(async () => {
      if (deviceId === me.deviceId) throw new AppError('sync.e.removeSelf');
      await membership.remove(deviceId);
      await refresh();
    }),
    qrSvg: async (text) => (await import('../../sync/pairing/qr-svg')).qrSvg(text),
    startPairing: pairing.start,
    answerPairing: pairing.answer,
    exportSummary: bundles.exportSummary,
    exportBundle: bundles.exportBundle,
    importBundle: bundles.importBundle,
    join: {
      state: {
        subscribe(next) {
          joinListeners.add(next);
          next(joinState);
          return () => joinListeners.delete(next);
        },
      },
      viaSignaling: (text) => join.viaSignaling(text),
    },
    audit: createAuditView(db, () => membership.state()),
  };
}

