import { ID_PATTERN, type PersonId } from '../domain/ids';

/** Kinds of Y.Doc (DESIGN §3.1); this issue uses `org` and `person`. */
export const DOC_KINDS = ['org', 'catalog', 'members', 'control', 'person', 'health', 'training', 'plan', 'monitoring', 'hazard', 'risk'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export type DocId = string & { readonly __docId: true };

export const ORG_DOC_ID = 'org' as DocId;
const SINGLETONS = new Set(['org', 'catalog', 'members', 'control']);

/** `person/<uuid>` for a person's dossier. */
export function personDocId(id: PersonId): DocId {
  return `person/${id}` as DocId;
}

/** Parses and checks a doc id from storage, a file or a peer; null if it is not one of ours. */
export function parseDocId(raw: string): { id: DocId; kind: DocKind; key?: string } | null {
  if (SINGLETONS.has(raw)) return { id: raw as DocId, kind: raw as DocKind };
  const m = /^([a-z]+)\/(.+)$/.exec(raw);
  if (!m || SINGLETONS.has(m[1]!) || !(DOC_KINDS as readonly string[]).includes(m[1]!)) return null;
  if (m[1] !== 'plan' && !ID_PATTERN.test(m[2]!)) return null;
  if (m[1] === 'plan' && !/^\d{4}$/.test(m[2]!)) return null;
  return { id: raw as DocId, kind: m[1] as DocKind, key: m[2]! };
}

/** The kind of a doc id known to be valid. */
export function docKind(id: DocId): DocKind {
  return parseDocId(id)!.kind;
}
