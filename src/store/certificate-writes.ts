import type { Certificate } from '../domain/certificates/certificate';
import { newId, type PersonId } from '../domain/ids';
import { personDocId } from '../docs/doc-id';
import { removeCertificate, writeCertificate } from '../docs/person-certs';
import type { DocStore } from './doc-store';

/** Adds (id null) or edits one of a person's certificates; returns its id. */
export async function saveCertificate(docs: DocStore, personId: PersonId, id: string | null, cert: Certificate): Promise<string> {
  const cid = id ?? newId();
  await docs.change(personDocId(personId), (doc) => writeCertificate(doc, cid, cert, Date.now()));
  return cid;
}

/** Deletes a certificate entered by mistake. */
export async function deleteCertificate(docs: DocStore, personId: PersonId, id: string): Promise<void> {
  await docs.change(personDocId(personId), (doc) => removeCertificate(doc, id));
}
