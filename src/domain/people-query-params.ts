import type { CertKind } from './certificates/certificate';
import type { CertState } from './certificates/schedule';
import type { PersonStatus } from './person';

// This module is read at start-up by the people list, so it holds no zod schema (see people-query.ts) and repeats
// the certificate lists (checked against their types below) rather than pulling the catalog into the first load.
/** Certificate states a query can ask for: the states of CERT_STATES, plus 'none' (无证书). */
export const QUERY_CERT_STATES = ['valid', 'review-due', 'review-overdue', 'expired', 'cancelled', 'none'] as const;
/** Certificate kinds a query can ask for (CERT_KINDS). */
export const QUERY_CERT_KINDS = ['special-operations', 'hazchem-principal', 'hazchem-manager', 'other'] as const;
/** Person statuses a query can ask for; 'all' = any. */
export const QUERY_STATUSES = ['active', 'away', 'left', 'all'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type QueryCertState = (typeof QUERY_CERT_STATES)[number];
export type QueryCertKind = (typeof QUERY_CERT_KINDS)[number];
export type QueryStatus = (typeof QUERY_STATUSES)[number];
true satisfies Same<QueryCertState, CertState | 'none'> & Same<QueryCertKind, CertKind> & Same<QueryStatus, PersonStatus | 'all'>;

/**
 * One people query (P5); its keys are the URL parameters of `#/people?…`. Absent `status` means 在职 (the list's
 * default view). Certificate conditions (kind, cat, item, state) hold for one and the same certificate of the
 * person; `state: 'none'` asks for people with no certificate meeting the others.
 */
export type PeopleQuery = {
  q?: string; dept?: string; post?: string; status?: QueryStatus;
  kind?: QueryCertKind; cat?: string; item?: string; state?: QueryCertState;
};
const ENUMS: Partial<Record<keyof PeopleQuery, readonly string[]>> = { status: QUERY_STATUSES, kind: QUERY_CERT_KINDS, state: QUERY_CERT_STATES };
const KEYS: readonly (keyof PeopleQuery)[] = ['q', 'dept', 'post', 'status', 'kind', 'cat', 'item', 'state'];

/**
 * A query from URL parameters: known keys, trimmed, at most 50 characters; an unknown status/kind/state is
 * dropped. The values are only compared with rows (a saved query is validated by SavedPeopleQuery).
 */
export function peopleQueryFromParams(params: Readonly<Record<string, string>>): PeopleQuery {
  const out: Record<string, string> = {};
  for (const k of KEYS) {
    const v = params[k]?.trim() ?? '';
    if (v && v.length <= 50 && (ENUMS[k]?.includes(v) ?? true)) out[k] = v;
  }
  return peopleQueryToParams(out) as PeopleQuery;
}

/** The URL parameters of a query, in a fixed order, empty ones and the default status (在职) left out. */
export function peopleQueryToParams(q: PeopleQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) if (q[k] && !(k === 'status' && q[k] === 'active')) out[k] = q[k];
  return out;
}

/** True when the query is the list's default view (在职, no other condition). */
export const isDefaultPeopleQuery = (q: PeopleQuery) => Object.keys(peopleQueryToParams(q)).length === 0;

/** True when the query has a certificate condition (the people list then needs each person's certificates). */
export const needsCertFacts = (q: PeopleQuery) => !!(q.kind || q.cat || q.item || q.state);
