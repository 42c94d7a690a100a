import type { CertificateRow } from '../../docs/rows';
import type { CertState } from '../../domain/certificates/schedule';

/** What a people query can ask about one certificate. */
export type CertFact = { kind: string; category: string; item: string; state: CertState };
/** personId → the facts of each of the person's certificates (people without certificates are absent). */
export type CertFactsIndex = ReadonlyMap<string, readonly CertFact[]>;

/**
 * Indexes certificate rows by holder for the people query. `stateOf` gives a certificate's state today (the
 * certificate service's schedule); it is called once per row, so build the index when certificates change,
 * never per keystroke.
 */
export function certFactsIndex(rows: readonly CertificateRow[], stateOf: (row: CertificateRow) => CertState): CertFactsIndex {
  const out = new Map<string, CertFact[]>();
  for (const r of rows) {
    const fact: CertFact = { kind: r.kind, category: r.category ?? '', item: r.item ?? '', state: stateOf(r) };
    const list = out.get(r.personId);
    if (list) list.push(fact);
    else out.set(r.personId, [fact]);
  }
  return out;
}
