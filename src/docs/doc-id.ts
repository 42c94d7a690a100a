import { ID_PATTERN, type PersonId } from '../domain/ids';

/** Kinds of Y.Doc (DESIGN §3.1), plus one audit doc per device and month. */
export const DOC_KINDS = ['org', 'catalog', 'members', 'control', 'person', 'health', 'training', 'plan', 'monitoring', 'hazard', 'risk', 'audit'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export type DocId = string & { readonly __docId: true };

export const ORG_DOC_ID = 'org' as DocId;
export const MEMBERS_DOC_ID = 'members' as DocId;
export const CATALOG_DOC_ID = 'catalog' as DocId;
const SINGLETONS = new Set(['org', 'catalog', 'members', 'control']);

/** `person/<uuid>` for a person's dossier. */
export function personDocId(id: PersonId): DocId {
  return `person/${id}` as DocId;
}

/** `health/<personId>`: one person's occupational-health archive (access class health). */
export function healthDocId(id: PersonId): DocId {
  return `health/${id}` as DocId;
}

/** `training/<uuid>`: one training session (PRODUCT T3). */
export function trainingDocId(id: string): DocId {
  return `training/${id}` as DocId;
}

/** `plan/<YYYY>`: the training plan of one year (PRODUCT T2). */
export function planDocId(year: number): DocId {
  return `plan/${year}` as DocId;
}

/** `audit/<deviceId>/<YYYY-MM>`: one device's signed audit entries of one month. */
export function auditDocId(deviceId: string, month: string): DocId {
  return `audit/${deviceId}/${month}` as DocId;
}

/** Parses and checks a doc id from storage, a file or a peer; null if it is not one of ours. */
export function parseDocId(raw: string): { id: DocId; kind: DocKind; key?: string } | null {
  if (SINGLETONS.has(raw)) return { id: raw as DocId, kind: raw as DocKind };
  const m = /^([a-z]+)\/(.+)$/.exec(raw);
  if (!m || SINGLETONS.has(m[1]!) || !(DOC_KINDS as readonly string[]).includes(m[1]!)) return null;
  if (m[1] === 'audit') {
    const a = /^([^/]+)\/(\d{4}-\d{2})$/.exec(m[2]!);
    return a && ID_PATTERN.test(a[1]!) ? { id: raw as DocId, kind: 'audit', key: m[2]! } : null;
  }
  if (m[1] !== 'plan' && !ID_PATTERN.test(m[2]!)) return null;
  if (m[1] === 'plan' && !/^\d{4}$/.test(m[2]!)) return null;
  return { id: raw as DocId, kind: m[1] as DocKind, key: m[2]! };
}

/** The kind of a doc id known to be valid. */
export function docKind(id: DocId): DocKind {
  return parseDocId(id)!.kind;
}
