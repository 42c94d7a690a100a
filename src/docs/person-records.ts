import * as Y from 'yjs';
import type { DoseEntry } from '../domain/person-dose';
import type { OperationRecord } from '../domain/person-operation';
import type { WorkEntry } from '../domain/person-work';
import { writeFields } from './write-fields';

/**
 * The dossier's record lists (PRODUCT P2, P3), each a top-level Y.Map of the person doc keyed by a generated record
 * id (never personal data), one nested Y.Map per record: records added on two devices at once are all kept, and
 * concurrent edits of different fields of one record merge.
 */
export type PersonRecordKinds = { work: WorkEntry; ops: OperationRecord; doses: DoseEntry };
export type PersonRecordKind = keyof PersonRecordKinds;
/** A stored record: its fields plus its id and the time of its last change. */
export type StoredRecord<K extends PersonRecordKind> = PersonRecordKinds[K] & { id: string; updatedAt?: number };

const records = (doc: Y.Doc, kind: PersonRecordKind) => doc.getMap<Y.Map<unknown>>(kind);

/** The records of one kind, in id (= creation) order. */
export function readRecords<K extends PersonRecordKind>(doc: Y.Doc, kind: K): StoredRecord<K>[] {
  const out: StoredRecord<K>[] = [];
  records(doc, kind).forEach((m, id) => {
    if (m instanceof Y.Map) out.push({ ...(m.toJSON() as PersonRecordKinds[K]), id });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** True if the record exists (a record deleted on another device is gone once that change arrives). */
export function hasRecord(doc: Y.Doc, kind: PersonRecordKind, id: string): boolean {
  return records(doc, kind).get(id) instanceof Y.Map;
}

/**
 * Creates or updates a record field by field; `only` limits an edit to the fields the user changed, so a stale form
 * never overwrites what another device changed meanwhile. An absent field is deleted. Returns the changed fields.
 */
export function writeRecord<K extends PersonRecordKind>(
  doc: Y.Doc, kind: K, id: string, value: PersonRecordKinds[K], at: number, only?: readonly string[],
): string[] {
  const all = value as Record<string, unknown>;
  const fields = only ? Object.fromEntries(only.map((k) => [k, all[k]])) : all;
  let changed: string[] = [];
  doc.transact(() => {
    let m = records(doc, kind).get(id);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map();
      records(doc, kind).set(id, m);
    }
    changed = writeFields(m, fields);
    if (changed.length) m.set('updatedAt', at);
  });
  return changed;
}

/** Deletes a record (entered by mistake). */
export function removeRecord(doc: Y.Doc, kind: PersonRecordKind, id: string): void {
  records(doc, kind).delete(id);
}
