import * as Y from 'yjs';
import type { Certificate } from '../domain/certificates/certificate';
import type { CertScan } from './person-cert-scans';
import { writeFields } from './write-fields';

/** List fields of a certificate: kept as Y.Arrays so entries added on two devices at once are both kept. */
const LISTS = ['reviews', 'offPost', 'retrainingHours'] as const;
type ListField = (typeof LISTS)[number];

/** A stored certificate with its id. */
export type StoredCertificate = Certificate & { id: string; updatedAt?: number; scans?: CertScan[] };

const certs = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('certs');

/** The person's certificates (in the person doc, DESIGN §3.1), in id order. */
export function readCertificates(doc: Y.Doc): StoredCertificate[] {
  const out: StoredCertificate[] = [];
  certs(doc).forEach((m, id) => {
    const plain = m.toJSON() as Record<string, unknown>;
    out.push({ ...plain, id, ...Object.fromEntries(LISTS.map((l) => [l, (plain[l] as unknown[] | undefined) ?? []])) } as StoredCertificate);
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Writes a validated certificate field by field. Lists that only grew get the new entries appended (a review
 * recorded on another device meanwhile survives); a list edited otherwise is replaced.
 */
export function writeCertificate(doc: Y.Doc, id: string, cert: Certificate, at: number): string[] {
  let changed: string[] = [];
  doc.transact(() => {
    let m = certs(doc).get(id);
    if (!m) {
      m = new Y.Map();
      certs(doc).set(id, m);
      for (const l of LISTS) m.set(l, new Y.Array());
      m.set('scans', new Y.Array()); // scans: person-cert-scans.ts (made here so two first scans both stay)
    }
    const scalars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cert)) if (!LISTS.includes(k as ListField)) scalars[k] = v;
    changed = writeFields(m, scalars);
    for (const l of LISTS) if (writeList(m.get(l) as Y.Array<unknown>, cert[l])) changed.push(l);
    if (changed.length) m.set('updatedAt', at);
  });
  return changed;
}

function writeList(arr: Y.Array<unknown>, next: readonly unknown[]): boolean {
  const cur = arr.toArray().map((x) => JSON.stringify(x));
  const want = next.map((x) => JSON.stringify(x));
  if (cur.join('\n') === want.join('\n')) return false;
  if (cur.every((c, i) => c === want[i])) arr.push(next.slice(cur.length) as unknown[]);
  else {
    arr.delete(0, arr.length);
    arr.push([...next]);
  }
  return true;
}

/** Removes a certificate record (entered by mistake; a withdrawn card is `cancelled` instead). */
export function removeCertificate(doc: Y.Doc, id: string): void {
  certs(doc).delete(id);
}
