import type * as Y from 'yjs';
import { AuditEntrySchema, auditEntryHash, type AuditEntry, type AuditTarget } from './audit-entry';
import { parseDocId, type DocId } from './doc-id';

/**
 * An audit doc `audit/<deviceId>/<YYYY-MM>` keeps one Y.Array `entries` of signed entries, appended only by its
 * device, in chain order.
 */
const entries = (doc: Y.Doc) => doc.getArray<unknown>('entries');

/** One audit entry as the 审计 page lists it (projection table `audit`). */
export type AuditRow = {
  /** The entry's hash (auditEntryHash). */
  id: string;
  /** The audit doc holding the entry. */
  docId: DocId;
  deviceId: string;
  /** The person using the device, '' if none was signed in (indexed keys stay non-personal). */
  personId: string;
  personName?: string;
  /** Docs the commit changed (multi-entry index). */
  targets: DocId[];
  at: number;
  /** Every field the commit touched, over all its docs. */
  fields: string[];
  docs: AuditTarget[];
  /** The entry itself, so that chains verify from the table without opening docs. */
  entry: AuditEntry;
};

/** The Dexie index string for the `audit` projection table. */
export const AUDIT_ROW_INDEX = 'id, docId, deviceId, at, *targets';

/** Appends an entry signed by this doc's device (see signAuditEntry). */
export function appendAuditEntry(doc: Y.Doc, entry: AuditEntry): void {
  entries(doc).push([entry]);
}

/** Every entry as stored, unchecked (peers may have written anything: parse with AuditEntrySchema). */
export function readAuditEntries(doc: Y.Doc): unknown[] {
  return entries(doc).toArray();
}

/** Hash of the newest valid entry of `deviceId` in this doc, or null if it has none (look in earlier months). */
export function lastAuditHash(doc: Y.Doc, deviceId: string): string | null {
  const all = readAuditEntries(doc);
  for (let i = all.length - 1; i >= 0; i--) {
    const p = AuditEntrySchema.safeParse(all[i]);
    if (p.success && p.data.device === deviceId) return auditEntryHash(p.data);
  }
  return null;
}

/**
 * Pure projector of an audit doc. Malformed entries, and entries naming another device than the doc's (only a
 * device writes its own audit docs), are not rows; signatures and chains are checked by verifyAuditChain.
 */
export function projectAuditDoc(docId: DocId, doc: Y.Doc): AuditRow[] {
  const owner = parseDocId(docId)?.key?.split('/')[0];
  const rows = new Map<string, AuditRow>();
  for (const raw of readAuditEntries(doc)) {
    const p = AuditEntrySchema.safeParse(raw);
    if (!p.success || p.data.device !== owner) continue;
    const e = p.data;
    const id = auditEntryHash(e);
    rows.set(id, {
      id, docId, deviceId: e.device, personId: e.personId ?? '', personName: e.personName,
      targets: [...new Set(e.docs.map((d) => d.doc))], at: e.at,
      fields: [...new Set(e.docs.flatMap((d) => d.fields))].sort(), docs: e.docs, entry: e,
    });
  }
  return [...rows.values()];
}
