import * as Y from 'yjs';
import { fromBase64 } from '../crypto/base64';
import { canonicalJson } from '../crypto/canonical-json';
import { verifyBytes } from '../crypto/device-keys';
import { sha256Hex } from '../crypto/sha256';
import type { Role } from '../domain/roles';
import { MemberEntrySchema, type MemberBody, type MemberEntry } from './member-entry';

const log = (doc: Y.Doc) => doc.getArray<unknown>('log');
const utf8 = new TextEncoder();

/** A member device after folding the log. */
export type Member = {
  id: string; name: string; signPublic: Uint8Array; agreePublic: string; roles: Role[];
  personId?: string; personName?: string; departmentId?: string; removed: boolean; addedAt: number;
};

/** The membership the log describes, the same on every device that holds the same entries. */
export type MembersState = {
  devices: Map<string, Member>;
  /** Current sync-secret epoch (0 until a rotation) and, per epoch, the secret wrapped for each device. */
  epoch: number;
  secrets: Map<number, Record<string, string>>;
  /** Health key wrapped per device (merged over all grants). */
  healthGrants: Record<string, string>;
  /** Hash of each signer's newest valid entry: the `prev` of its next one. */
  lastHash: Map<string, string>;
  invalid: { hash: string; reason: 'malformed' | 'bad-signature' | 'not-admin' | 'broken-chain' | 'bad-genesis' }[];
};

/** Appends a signed entry (the caller signs it; see signMemberEntry). */
export function appendMemberEntry(doc: Y.Doc, entry: MemberEntry): void {
  log(doc).push([entry]);
}

/** Every entry as stored (unchecked: foldMembers validates). */
export function readMemberEntries(doc: Y.Doc): unknown[] {
  return log(doc).toArray();
}

/** The bytes a signer signs: the entry without its signature, canonical JSON. */
export function memberSigningBytes(e: Omit<MemberEntry, 'sig'>): Uint8Array {
  const { sig: _drop, ...rest } = e as MemberEntry;
  return utf8.encode(canonicalJson(rest));
}

/** Hash of a whole entry (with signature): what the signer's next entry names as `prev`. */
export const memberEntryHash = (e: MemberEntry) => sha256Hex(utf8.encode(canonicalJson(e)));

/**
 * Folds the log into the membership. Entries are ordered by time then hash, so concurrent appends fold the same
 * everywhere. The genesis entry must be self-signed by the workspace's root device; every later entry must be
 * signed by a device that is an admin (and not removed) at that point, and continue its signer's chain.
 * Invalid entries are reported and ignored.
 */
export async function foldMembers(raw: unknown[], rootDeviceId: string): Promise<MembersState> {
  const s: MembersState = { devices: new Map(), epoch: 0, secrets: new Map(), healthGrants: {}, lastHash: new Map(), invalid: [] };
  const hashed: { e: MemberEntry; hash: string }[] = [];
  for (const r of raw) {
    const p = MemberEntrySchema.safeParse(r);
    if (!p.success) s.invalid.push({ hash: '', reason: 'malformed' });
    else hashed.push({ e: p.data, hash: await memberEntryHash(p.data) });
  }
  // The same entry appended on two devices (e.g. restored from a backup) counts once.
  const seen = new Set<string>();
  hashed.splice(0, hashed.length, ...hashed.filter((h) => !seen.has(h.hash) && seen.add(h.hash)));
  hashed.sort((a, b) => a.e.at - b.e.at || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  for (const { e, hash } of hashed) {
    const bad = (reason: MembersState['invalid'][number]['reason']) => s.invalid.push({ hash, reason });
    if (e.k === 'genesis') {
      const key = fromBase64(e.device.signPublic);
      if (e.by !== rootDeviceId || e.device.id !== rootDeviceId || s.devices.has(e.by)) { bad('bad-genesis'); continue; }
      if (!(await verifyBytes(key, memberSigningBytes(e), fromBase64(e.sig)))) { bad('bad-signature'); continue; }
      s.devices.set(e.by, { ...deviceOf(e.device, e.roles, e.at), personName: e.personName });
      s.lastHash.set(e.by, hash);
      continue;
    }
    const signer = s.devices.get(e.by);
    if (!signer || signer.removed || !signer.roles.includes('admin')) { bad('not-admin'); continue; }
    if (!(await verifyBytes(signer.signPublic, memberSigningBytes(e), fromBase64(e.sig)))) { bad('bad-signature'); continue; }
    if ((s.lastHash.get(e.by) ?? '') !== e.prev) { bad('broken-chain'); continue; }
    s.lastHash.set(e.by, hash);
    apply(s, e);
  }
  return s;
}

function deviceOf(d: { id: string; name: string; signPublic: string; agreePublic: string }, roles: Role[], at: number): Member {
  return { id: d.id, name: d.name, signPublic: fromBase64(d.signPublic), agreePublic: d.agreePublic, roles: [...roles], removed: false, addedAt: at };
}

function apply(s: MembersState, e: MemberBody & { at: number }) {
  switch (e.k) {
    case 'device': {
      const old = s.devices.get(e.device.id);
      if (old?.removed) return; // a removed device stays removed: it may hold old keys
      s.devices.set(e.device.id, {
        ...deviceOf(e.device, e.roles, old?.addedAt ?? e.at), personId: e.personId, personName: e.personName, departmentId: e.departmentId,
      });
      return;
    }
    case 'remove': {
      const d = s.devices.get(e.deviceId);
      if (d) d.removed = true;
      return;
    }
    case 'secret':
      s.secrets.set(e.epoch, { ...s.secrets.get(e.epoch), ...e.wrapped });
      s.epoch = Math.max(s.epoch, e.epoch);
      return;
    case 'grant':
      Object.assign(s.healthGrants, e.wrapped);
      return;
    case 'genesis':
      return;
  }
}
