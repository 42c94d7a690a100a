import { formatDate } from '../domain/format-date';
import * as Y from 'yjs';
import type { EmploymentEntry, Person, PersonInput } from '../domain/person';
import { derivePerson, PERSON_FIELDS } from '../domain/person';
import type { BlobId, PersonId } from '../domain/ids';
import { writeFields } from './write-fields';

/**
 * The person doc keeps one Y.Map `person` (a field per entry, primitives only) and a Y.Array `history` of
 * employment entries: concurrent changes on two devices both stay in the history. Certificates (`certs`,
 * person-certs.ts) and the record lists `work`, `ops`, `doses` (person-records.ts) are Y.Maps of record Y.Maps.
 */
const root = (doc: Y.Doc) => doc.getMap<unknown>('person');
const history = (doc: Y.Doc) => doc.getArray<EmploymentEntry>('history');
const edits = (doc: Y.Doc) => doc.getArray<FieldEdit>('edits');

/**
 * One field write, kept in the doc's `edits` array. Map entries keep only the winning value of concurrent writes;
 * the array keeps both, so a value overwritten by a colleague's concurrent edit stays visible (nothing silently lost).
 */
export type FieldEdit = { f: string; v: unknown; at: number; was?: unknown };
const TRACKED = ['departmentId', 'postId', 'status'];

/** Reads the dossier's identity fields; null while the doc is empty (e.g. not yet synced). */
export function readPerson(doc: Y.Doc): (Person & { updatedAt?: number }) | null {
  const m = root(doc);
  const id = m.get('id');
  if (typeof id !== 'string') return null;
  return m.toJSON() as Person & { updatedAt?: number };
}

/** The employment history, oldest first. */
export function readHistory(doc: Y.Doc): EmploymentEntry[] {
  return history(doc).toArray();
}

/** Every field write, oldest first. */
export function readEdits(doc: Y.Doc): FieldEdit[] {
  return edits(doc).toArray();
}

/** Sets (or with null clears) the person's photo: a blob id, never the bytes. */
export function writePersonPhoto(doc: Y.Doc, blobId: BlobId | null, at: number): void {
  doc.transact(() => {
    if (blobId) root(doc).set('photoBlobId', blobId);
    else root(doc).delete('photoBlobId');
    root(doc).set('updatedAt', at);
  });
}

/**
 * Sets (or with undefined clears) the person's notes (备注). Logged in `edits` like the form's fields, so a note
 * overwritten by a concurrent edit elsewhere stays visible. Returns whether it changed.
 */
export function writePersonNote(doc: Y.Doc, note: string | undefined, at: number): boolean {
  let changed = false;
  doc.transact(() => {
    const was = root(doc).get('note') ?? null;
    changed = writeFields(root(doc), { note }).length > 0;
    if (!changed) return;
    root(doc).set('updatedAt', at);
    edits(doc).push([{ f: 'note', v: note ?? null, at, was }]);
  });
  return changed;
}

/**
 * Writes validated input; birth date and sex are re-derived from the ID number. `only` limits the write to the
 * fields the user changed, so a stale form never overwrites what another device changed meanwhile.
 * Returns the fields that changed.
 */
export function writePerson(doc: Y.Doc, id: PersonId, input: PersonInput, at: number, only?: readonly string[]): string[] {
  const p = derivePerson(id, input);
  const fields: Record<string, unknown> = { id };
  if (!only || only.includes('idNumber')) Object.assign(fields, { birthDate: p.birthDate, sex: p.sex });
  for (const f of PERSON_FIELDS) if (!only || only.includes(f)) fields[f] = input[f];
  let changed: string[] = [];
  doc.transact(() => {
    const existed = root(doc).has('id');
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, root(doc).get(k) ?? null]));
    changed = writeFields(root(doc), fields);
    if (changed.length) root(doc).set('updatedAt', at);
    // Edits of an existing dossier are logged (a new dossier's first values compete with nothing).
    const logged = existed ? changed.filter((f) => f !== 'birthDate' && f !== 'sex') : [];
    if (logged.length) edits(doc).push(logged.map((f) => ({ f, v: fields[f] ?? null, at, was: before[f] })));
    if (changed.some((f) => TRACKED.includes(f))) {
      const m = root(doc);
      const entry: EmploymentEntry = {
        date: (m.get('statusDate') as string | undefined) && changed.includes('status') ? (m.get('statusDate') as string) : formatDate(at),
        status: m.get('status') as EmploymentEntry['status'],
      };
      for (const k of ['departmentId', 'postId'] as const) if (m.get(k)) entry[k] = m.get(k) as string;
      if (changed.includes('status') && m.get('statusReason')) entry.reason = m.get('statusReason') as string;
      history(doc).push([entry]);
    }
  });
  return changed;
}
