import { AppError } from '../domain/app-error';
import { newId, type PersonId } from '../domain/ids';
import type { OperationRecord } from '../domain/person-operation';
import { personDocId } from '../docs/doc-id';
import { hasRecord, readRecords, removeRecord, writeRecord, type PersonRecordKind, type PersonRecordKinds } from '../docs/person-records';
import type { DocStore } from './doc-store';

/**
 * Adds (id null) or edits one record of a person's dossier (作业经历, 个人剂量 …); returns its id. On an edit,
 * `only` = the fields the user changed. Editing a record deleted meanwhile (on another device) is refused.
 */
export async function savePersonRecord<K extends PersonRecordKind>(
  docs: DocStore, personId: PersonId, kind: K, id: string | null, value: PersonRecordKinds[K], only?: readonly string[],
): Promise<string> {
  const rid = id ?? newId();
  const at = Date.now();
  await docs.change(personDocId(personId), (doc) => {
    if (id && !hasRecord(doc, kind, id)) throw new AppError('person.e.recordGone');
    writeRecord(doc, kind, rid, value, at, id ? only : undefined);
  });
  return rid;
}

/** Adds a special-operations item to the person, unless the person already has it. */
export async function addOperation(docs: DocStore, personId: PersonId, op: OperationRecord): Promise<string> {
  const rid = newId();
  await docs.change(personDocId(personId), (doc) => {
    if (readRecords(doc, 'ops').some((o) => o.category === op.category && o.item === op.item)) {
      throw new AppError('person.e.opTwice', 'item');
    }
    writeRecord(doc, 'ops', rid, op, Date.now());
  });
  return rid;
}

/** Deletes a dossier record entered by mistake. */
export async function removePersonRecord(docs: DocStore, personId: PersonId, kind: PersonRecordKind, id: string): Promise<void> {
  await docs.change(personDocId(personId), (doc) => removeRecord(doc, kind, id));
}
