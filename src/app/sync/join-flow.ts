import { toBase64 } from '../../crypto/base64';
import { fingerprint } from '../../crypto/device-keys';
import { AppError, isAppError } from '../../domain/app-error';
import { MEMBERS_DOC_ID } from '../../docs/doc-id';
import type { SafeLedgerDb } from '../../store/db';
import type { DeviceIdentity } from '../../store/device-identity';
import type { DocStore } from '../../store/doc-store';
import { putWorkspace } from '../../store/workspace-meta';
import { createFramedLink, type FramedLink } from '../../sync/framed-link';
import { decodeInvite, inviteSecret, type Invite } from '../../sync/join/invite';
import type { JoinRequest } from '../../sync/join/join-proof';
import { requestJoin } from '../../sync/join/request-join';
import { bytesOf, type Welcome } from '../../sync/join/welcome';
import type { Link } from '../../sync/link';
import { createWebrtcTransport } from '../../sync/webrtc/webrtc-transport';
import type { JoinState } from '../sync-types';
import { saveSyncSettings } from './sync-settings';

/**
 * The joining side (a device without a workspace): proves it holds the invite, shows its fingerprint for the
 * admin to compare, and on approval stores the workspace, its keys and the members log it was sent.
 */
export function createJoinFlow(db: SafeLedgerDb, docs: DocStore, me: DeviceIdentity, onState: (s: JoinState) => void) {
  const request: JoinRequest = {
    deviceId: me.deviceId, name: me.name, signPublic: toBase64(me.keys.signPublic), agreePublic: toBase64(me.keys.agreePublic),
  };

  async function accept(invite: Invite, w: Welcome, signalingUrls: string[]) {
    if (w.workspace.id !== invite.w || w.deviceId !== me.deviceId) throw new AppError('join.failed');
    await docs.applyUpdates(MEMBERS_DOC_ID, [bytesOf(w.members)], 'remote:join');
    await saveSyncSettings(db, { signalingUrls, iceServers: [] });
    await putWorkspace(db, {
      id: w.workspace.id, name: w.workspace.name, createdAt: w.workspace.createdAt, key: bytesOf(w.key),
      deviceId: me.deviceId, rootDeviceId: w.workspace.rootDeviceId,
      sync: { epoch: w.sync.epoch, secret: bytesOf(w.sync.secret) },
      ...(w.healthKey ? { healthKey: bytesOf(w.healthKey) } : {}),
    });
    onState({ step: 'done' });
  }

  const fail = (e: unknown) => onState({ step: 'failed', reason: isAppError(e) ? e.reason : 'join.failed' });

  /** Joins over a link already open to the admin's device; resolves with the link for the first sync. */
  async function overLink(invite: Invite, link: Link | FramedLink, urls: string[]): Promise<FramedLink> {
    const framed = 'listen' in link ? link : createFramedLink(link);
    onState({ step: 'waiting', fingerprint: await fingerprint(me.keys.signPublic) });
    await accept(invite, await requestJoin(framed, inviteSecret(invite), request), urls);
    return framed;
  }

  return {
    /** Connects through the invite's signaling servers and waits for the admin's approval. */
    async viaSignaling(text: string): Promise<void> {
      const invite = decodeInvite(text);
      if (!invite) return fail(new AppError('invite.bad'));
      if (invite.x < Date.now()) return fail(new AppError('invite.expired'));
      if (!invite.u.length) return fail(new AppError('invite.noServer'));
      onState({ step: 'connecting', fingerprint: await fingerprint(me.keys.signPublic) });
      const transport = createWebrtcTransport({ secret: inviteSecret(invite), signalingUrls: invite.u, peerId: me.deviceId });
      let busy = false;
      transport.start((link) => {
        if (busy) return link.close('join.busy');
        busy = true;
        overLink(invite, link, invite.u)
          // The first sync runs in the workspace's own room: the invite room's job is done.
          .then(() => setTimeout(() => transport.stop(), 1000))
          .catch((e) => {
            busy = false;
            fail(e);
          });
      });
    },
    overLink: (invite: Invite, link: Link, urls: string[]) => overLink(invite, link, urls).catch((e) => {
      fail(e);
      throw e;
    }),
  };
}
