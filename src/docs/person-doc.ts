import * as Y from 'yjs';
import type { Person, PersonInput } from '../domain/person';
import { derivePerson, PERSON_FIELDS } from '../domain/person';
import type { PersonId } from '../domain/ids';
import { writeFields } from './write-fields';

/** The person doc keeps one Y.Map `person`: a field per entry (primitives only). */
const root = (doc: Y.Doc) => doc.getMap<unknown>('person');

/** Reads the dossier's identity fields; null while the doc is empty (e.g. not yet synced). */
export function readPerson(doc: Y.Doc): (Person & { updatedAt?: number }) | null {
  const m = root(doc);
  const id = m.get('id');
  if (typeof id !== 'string') return null;
  return m.toJSON() as Person & { updatedAt?: number };
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
    changed = writeFields(root(doc), fields);
    if (changed.length) root(doc).set('updatedAt', at);
  });
  return changed;
}
