import type * as Y from 'yjs';
import { readRecords, type StoredRecord } from './person-records';

/** What the person projection carries of the dossier's records, sorted as the dossier shows them. */
export type DossierRecords = {
  /** 作业经历, oldest first. */
  workHistory: StoredRecord<'work'>[];
  /** 作业类别/操作项目, by catalog code. */
  operations: StoredRecord<'ops'>[];
  /** 个人剂量, by monitoring period. */
  doses: StoredRecord<'doses'>[];
};

/** '9.10' after '9.9'; plain code-point order otherwise (the same on every device). */
const byCode = (a: unknown, b: unknown) => String(a ?? '').localeCompare(String(b ?? ''), 'en', { numeric: true });
const plain = (a: unknown, b: unknown) => (String(a ?? '') < String(b ?? '') ? -1 : String(a ?? '') > String(b ?? '') ? 1 : 0);

/** Reads the person doc's record lists for the projection (pure: the same doc gives the same rows). */
export function readDossierRecords(doc: Y.Doc): DossierRecords {
  const byFrom = <T extends { from: string; id: string }>(a: T, b: T) => plain(a.from, b.from) || plain(a.id, b.id);
  return {
    workHistory: readRecords(doc, 'work').sort(byFrom),
    operations: readRecords(doc, 'ops').sort((a, b) => byCode(a.category, b.category) || byCode(a.item, b.item) || plain(a.id, b.id)),
    doses: readRecords(doc, 'doses').sort(byFrom),
  };
}
