import { randomBytes } from '../../crypto/bytes';
import type { SafeLedgerDb } from '../../store/db';
import { toBase64Url } from '../../crypto/base64url';
import { encodeInvite, type Invite } from '../../sync/join/invite';

/** An invite this admin device issued and keeps listening for (24 hours). */
export type IssuedInvite = { id: string; invite: Invite; createdAt: number };
const LIFETIME = 24 * 3600_000;

/** The invites this device issued that have not expired, from the meta table. */
export async function loadInvites(db: SafeLedgerDb, now = Date.now()): Promise<IssuedInvite[]> {
  const all = ((await db.meta.get('invites'))?.value as IssuedInvite[] | undefined) ?? [];
  return all.filter((i) => i.invite.x > now);
}

/** Issues a new invite for the workspace, carrying the signaling URLs where this device listens. */
export async function issueInvite(db: SafeLedgerDb, ws: { id: string; name: string }, urls: string[], now = Date.now()): Promise<IssuedInvite> {
  const invite: Invite = { v: 1, w: ws.id, n: ws.name, s: toBase64Url(randomBytes(18)), u: urls, x: now + LIFETIME };
  const issued: IssuedInvite = { id: invite.s.slice(0, 8), invite, createdAt: now };
  await db.meta.put({ key: 'invites', value: [...(await loadInvites(db, now)), issued] });
  return issued;
}

/** Forgets an invite (cancelled, or used once: invites are one-time). */
export async function dropInvite(db: SafeLedgerDb, id: string): Promise<void> {
  await db.meta.put({ key: 'invites', value: (await loadInvites(db)).filter((i) => i.id !== id) });
}

/** The link a colleague opens: the app's address with the invite in the fragment (never sent to a server). */
export function inviteLink(base: string, invite: Invite): string {
  return `${base.split('#')[0]}#/join/${encodeInvite(invite)}`;
}
