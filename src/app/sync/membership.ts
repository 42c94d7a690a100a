import { fromBase64, toBase64 } from '../../crypto/base64';
import { randomBytes } from '../../crypto/bytes';
import { verifyBytes } from '../../crypto/device-keys';
import { unwrap, wrapFor } from '../../crypto/wrap-key';
import { MEMBERS_DOC_ID } from '../../docs/doc-id';
import type { MemberBody } from '../../docs/member-entry';
import { appendMemberEntry, foldMembers, readMemberEntries, type MembersState } from '../../docs/members-doc';
import { signMemberEntry } from '../../docs/sign-member-entry';
import { mayRead, type Role } from '../../domain/roles';
import type { SafeLedgerDb } from '../../store/db';
import type { DeviceIdentity } from '../../store/device-identity';
import type { DocStore } from '../../store/doc-store';
import { getWorkspace, putWorkspace, type WorkspaceInfo } from '../../store/workspace-meta';
import type { MemberDirectory } from '../../sync/store-host';

/** Roles of the device that creates a workspace (it can approve everyone else, and read health records). */
const FOUNDER_ROLES: Role[] = ['admin', 'health'];

/**
 * This device's view of the signed members log: bootstraps a workspace's log (genesis) and its sync secret,
 * folds the log after every change, picks up rotated secrets and granted keys, and appends admin entries.
 */
export async function createMembership(db: SafeLedgerDb, docs: DocStore, me: DeviceIdentity, onChange: () => void) {
  let state: MembersState = { devices: new Map(), epoch: 0, secrets: new Map(), healthGrants: {}, lastHash: new Map(), invalid: [] };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const run = queue.then(f);
    queue = run.catch(() => undefined);
    return run;
  };
  const record = () => ({
    id: me.deviceId, name: me.name, signPublic: toBase64(me.keys.signPublic), agreePublic: toBase64(me.keys.agreePublic),
  });

  /** A workspace created here (or made before sync existed) gets its genesis entry and secrets once. */
  async function bootstrap(): Promise<WorkspaceInfo | null> {
    const ws = await getWorkspace(db);
    if (!ws || ws.rootDeviceId) return ws;
    const entries = readMemberEntries(await docs.open(MEMBERS_DOC_ID)) as { k?: string; by?: string }[];
    const genesis = entries.find((e) => e?.k === 'genesis');
    if (genesis?.by === me.deviceId) {
      // Founded here, but the secrets were not stored (interrupted, or a backup made before sync): make them now.
      const next: WorkspaceInfo = {
        ...ws, deviceId: me.deviceId, rootDeviceId: me.deviceId, sync: { epoch: 0, secret: randomBytes(32) }, healthKey: randomBytes(32),
      };
      await putWorkspace(db, next);
      return next;
    }
    if (genesis?.by) {
      // A restored backup of a workspace founded elsewhere: this device is a member only if the log says so.
      const next = { ...ws, rootDeviceId: genesis.by, deviceId: me.deviceId };
      await putWorkspace(db, next);
      return next;
    }
    const body: MemberBody = { k: 'genesis', device: record(), roles: FOUNDER_ROLES };
    const entry = await signMemberEntry({ deviceId: me.deviceId, privateKey: me.keys.sign.privateKey }, body, '');
    await docs.change(MEMBERS_DOC_ID, (d) => appendMemberEntry(d, entry));
    const next: WorkspaceInfo = {
      ...ws, deviceId: me.deviceId, rootDeviceId: me.deviceId, sync: { epoch: 0, secret: randomBytes(32) }, healthKey: randomBytes(32),
    };
    await putWorkspace(db, next);
    return next;
  }

  async function refresh(): Promise<void> {
    const ws = await getWorkspace(db);
    if (!ws?.rootDeviceId) return;
    state = await foldMembers(readMemberEntries(await docs.open(MEMBERS_DOC_ID)), ws.rootDeviceId);
    await adoptKeys(ws);
    onChange();
  }

  /** A rotated sync secret or a health-key grant addressed to this device becomes its own. */
  async function adoptKeys(ws: WorkspaceInfo) {
    let next = ws;
    const mine = state.secrets.get(state.epoch)?.[me.deviceId];
    if (mine && (ws.sync?.epoch ?? -1) < state.epoch) {
      next = { ...next, sync: { epoch: state.epoch, secret: await unwrap(me.keys.agree.privateKey, fromBase64(mine)) } };
    }
    const grant = state.healthGrants[me.deviceId];
    if (grant && !ws.healthKey) next = { ...next, healthKey: await unwrap(me.keys.agree.privateKey, fromBase64(grant)) };
    if (next !== ws) await putWorkspace(db, next);
  }

  async function append(body: MemberBody) {
    const entry = await signMemberEntry(
      { deviceId: me.deviceId, privateKey: me.keys.sign.privateKey }, body, state.lastHash.get(me.deviceId) ?? '',
    );
    await docs.change(MEMBERS_DOC_ID, (d) => appendMemberEntry(d, entry));
    await refresh();
  }

  const stop = docs.onCommit((changes) => {
    if (changes.some((c) => c.docId === MEMBERS_DOC_ID)) void serial(refresh);
  });

  const directory: MemberDirectory = {
    lookup(deviceId) {
      const d = state.devices.get(deviceId);
      return d ? { name: d.personName ? `${d.personName} · ${d.name}` : d.name, roles: d.roles, removed: d.removed } : null;
    },
    async verify(deviceId, data, sig) {
      const d = state.devices.get(deviceId);
      return !!d && verifyBytes(d.signPublic, data, sig);
    },
  };

  return {
    bootstrap: () => serial(async () => {
      const ws = await bootstrap();
      await refresh();
      return ws;
    }),
    /** Re-reads the log (another tab or a peer changed it). */
    refresh: () => serial(refresh),
    state: () => state,
    directory,
    myRoles: (): Role[] => state.devices.get(me.deviceId)?.roles ?? [],
    /** Admits a device with roles; a health reader also gets the health key wrapped for it. */
    approve: (device: { id: string; name: string; signPublic: string; agreePublic: string }, roles: Role[], personName?: string, departmentId?: string) =>
      serial(async () => {
        await append({ k: 'device', device, roles, ...(personName ? { personName } : {}), ...(departmentId && roles.includes('depthead') ? { departmentId } : {}) });
        const ws = await getWorkspace(db);
        if (ws?.healthKey && mayRead(roles, 'health')) {
          await append({ k: 'grant', wrapped: { [device.id]: toBase64(await wrapFor(fromBase64(device.agreePublic), ws.healthKey)) } });
        }
      }),
    /** Removes a device and rotates the sync secret for everyone else, so the removed device receives nothing new. */
    remove: (deviceId: string) => serial(async () => {
      await append({ k: 'remove', deviceId });
      const secret = randomBytes(32);
      const wrapped: Record<string, string> = {};
      for (const d of state.devices.values()) {
        if (!d.removed) wrapped[d.id] = toBase64(await wrapFor(fromBase64(d.agreePublic), secret));
      }
      await append({ k: 'secret', epoch: state.epoch + 1, wrapped });
    }),
    stop,
  };
}

export type Membership = Awaited<ReturnType<typeof createMembership>>;
