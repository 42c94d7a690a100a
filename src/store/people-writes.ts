import { AppError } from '../domain/app-error';
import { newId, type BlobId, type PersonId } from '../domain/ids';
import type { PersonInput } from '../domain/person';
import { personDocId } from '../docs/doc-id';
import { readPerson, writePerson, writePersonNote, writePersonPhoto } from '../docs/person-doc';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/**
 * Creates (id null) or edits a person; a 工号 held by someone else is refused inside the write transaction.
 * `only` = the fields the user changed (edits write just those).
 */
export async function savePerson(
  db: SafeLedgerDb, docs: DocStore, id: PersonId | null, input: PersonInput, only?: readonly string[],
): Promise<PersonId> {
  const pid = id ?? newId<PersonId>();
  const at = Date.now();
  await docs.change(personDocId(pid), (doc) => writePerson(doc, pid, input, at, id ? only : undefined), {
    check: async () => {
      const holder = await db.people.where('workNo').equals(input.workNo).first();
      if (holder && holder.id !== pid) throw new AppError('v.workNo.taken', 'workNo', { name: holder.name });
    },
  });
  return pid;
}

/**
 * Creates many people, `batch` per all-or-nothing transaction (imports, seed, crash test).
 * Duplicate 工号 within the input or against stored people abort the batch they are in.
 */
export async function createPeople(db: SafeLedgerDb, docs: DocStore, inputs: PersonInput[], batch = 100): Promise<PersonId[]> {
  const ids: PersonId[] = [];
  for (let i = 0; i < inputs.length; i += batch) {
    const part = inputs.slice(i, i + batch).map((input) => ({ id: newId<PersonId>(), input }));
    const at = Date.now();
    await docs.commit(
      part.map(({ id, input }) => ({ docId: personDocId(id), mutate: (doc) => writePerson(doc, id, input, at) })),
      {
        check: async () => {
          const workNos = part.map((p) => p.input.workNo);
          if (new Set(workNos).size !== workNos.length) throw new AppError('v.workNo.taken', 'workNo');
          const clash = await db.people.where('workNo').anyOf(workNos).first();
          if (clash) throw new AppError('v.workNo.taken', 'workNo', { name: clash.name });
        },
      },
    );
    ids.push(...part.map((p) => p.id));
  }
  return ids;
}

/** Sets or clears a person's photo (the blob is stored first, by the caller). */
export async function setPersonPhoto(docs: DocStore, id: PersonId, blobId: BlobId | null): Promise<void> {
  const at = Date.now();
  await docs.change(personDocId(id), (doc) => writePersonPhoto(doc, blobId, at));
}

/** Sets or clears a person's notes (备注, validated by the caller); the edit is logged like a form field's. */
export async function setPersonNote(docs: DocStore, id: PersonId, note: string | undefined): Promise<void> {
  const at = Date.now();
  await docs.change(personDocId(id), (doc) => {
    if (!readPerson(doc)) throw new AppError('person.e.recordGone');
    writePersonNote(doc, note, at);
  });
}
