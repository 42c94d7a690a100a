import { appendAuditEntry, lastAuditHash } from '../docs/audit-doc';
import { auditEntryHash, updatesHash } from '../docs/audit-entry';
import { changedFields, updateNeedsDoc } from '../docs/changed-fields';
import { auditDocId, parseDocId, type DocId } from '../docs/doc-id';
import { signAuditEntry } from '../docs/sign-audit-entry';
import type { DeviceIdentity } from './device-identity';
import type { DocStore } from './doc-store';

/** Commit origins that are not this device's own edits: peers, restores, and the audit writer itself. */
const NOT_LOCAL = /^(remote|restore|audit)/;
/** How far back to look for the device's previous entry when its current month is still empty. */
const LOOKBACK_MONTHS = 36;

export type AuditWriterOptions = {
  now?: () => number;
  /** Told when an entry could not be written (the edit itself is already saved). Default: console.error. */
  onError?: (e: unknown) => void;
};

/** `YYYY-MM` of a time in local time (the month people see). */
export const monthOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
const monthBefore = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
};

/**
 * Audits this device's own edits (DESIGN §3.4): after each local commit, appends one signed entry covering all
 * docs of that commit (audit docs excepted) to `audit/<deviceId>/<YYYY-MM>`, committed with origin 'audit'.
 * `personOf` is asked at commit time for the person using the device.
 *
 * Appends run one after another so this device's chain never forks; the previous hash is kept in memory and, at
 * start, read from the newest audit doc of this device (walking back month by month).
 * Only one writer may run per device (in the leader tab), or two tabs could continue the same link.
 */
export function createAuditWriter(
  docStore: DocStore, identity: DeviceIdentity,
  personOf: () => { personId?: string; personName?: string }, opts: AuditWriterOptions = {},
) {
  const now = opts.now ?? Date.now;
  const onError = opts.onError ?? ((e: unknown) => console.error('audit', e));
  let tail: Promise<void> = Promise.resolve();
  let last: string | null = null;

  async function previousHash(month: string): Promise<string> {
    if (last !== null) return last;
    for (let m = month, i = 0; i < LOOKBACK_MONTHS; m = monthBefore(m), i++) {
      const h = lastAuditHash(await docStore.open(auditDocId(identity.deviceId, m)), identity.deviceId);
      if (i > 0) docStore.close(auditDocId(identity.deviceId, m));
      if (h) return h;
    }
    return '';
  }

  async function append(changes: { docId: DocId; update: Uint8Array }[], who: { personId?: string; personName?: string }) {
    const docs = [];
    for (const c of changes) {
      // Overwrites and deletions name their field only through the doc they were applied to.
      const doc = updateNeedsDoc(c.update) ? await docStore.open(c.docId) : undefined;
      docs.push({ doc: c.docId, fields: changedFields(c.update, doc) });
    }
    const at = now();
    const month = monthOf(at);
    const prev = await previousHash(month);
    const entry = await signAuditEntry(identity.keys.sign.privateKey, {
      device: identity.deviceId, ...clean(who), docs, at, updateHash: updatesHash(changes.map((c) => c.update)), prev,
    });
    await docStore.change(auditDocId(identity.deviceId, month), (doc) => appendAuditEntry(doc, entry), { origin: 'audit' });
    last = auditEntryHash(entry);
  }

  /** Queues one entry for a local commit (audit docs themselves are never audited). */
  function record(changes: { docId: DocId; update: Uint8Array }[]): void {
    const audited = changes.filter((c) => parseDocId(c.docId)?.kind !== 'audit');
    if (!audited.length) return;
    const who = personOf();
    // After the current task: the user's operation (a save, a 5,000-row import) returns first, and the entry —
    // signed, chained, in commit order — is written right after (decoding every update is not free in bulk).
    tail = tail.then(() => new Promise((r) => setTimeout(r, 0))).then(() => append(audited, who)).catch(onError);
  }

  const unsubscribe = docStore.onCommit((changes, origin) => {
    if (!NOT_LOCAL.test(origin)) record(changes);
  });

  return {
    /** Audits a commit made in another tab of this browser (it reached this tab as update rows). */
    record,
    /** Resolves once every commit seen so far is audited. */
    flush: (): Promise<void> => tail,
    /** Stops auditing further commits (queued entries are still written). */
    stop: (): void => void unsubscribe(),
  };
}

function clean(who: { personId?: string; personName?: string }) {
  return {
    ...(who.personId ? { personId: who.personId } : {}),
    ...(who.personName ? { personName: who.personName.slice(0, 50) } : {}),
  };
}
