import { z } from 'zod';
import { QUERY_CERT_KINDS, QUERY_CERT_STATES, QUERY_STATUSES, type PeopleQuery as Query } from './people-query-params';
import { requiredText, text } from './text';

/** Most saved queries one device keeps. */
export const MAX_SAVED_QUERIES = 30;
/** Validation message keys of saved queries (i18n keys). */
export const QUERY_V = { nameTaken: 'v.query.nameTaken', tooMany: 'v.query.tooMany', empty: 'v.query.empty' } as const;

/** A people query as stored (see PeopleQuery in people-query-params.ts for what each key means). */
export const PeopleQuery = z.object({
  q: text(50).optional(),
  dept: text(50).optional(),
  post: text(50).optional(),
  status: z.enum(QUERY_STATUSES).optional(),
  kind: z.enum(QUERY_CERT_KINDS).optional(),
  cat: text(10).optional(),
  item: text(40).optional(),
  state: z.enum(QUERY_CERT_STATES).optional(),
}) satisfies z.ZodType<Query>;

/** A query saved on this device under a name (常用筛选). */
export const SavedPeopleQuery = z.object({
  id: z.string().min(1).max(64),
  name: requiredText(20),
  query: PeopleQuery,
  createdAt: z.number(),
});
export type SavedPeopleQuery = z.output<typeof SavedPeopleQuery>;

/** What the user submits to save (or rename) a query. */
export const SavedQueryInput = SavedPeopleQuery.pick({ name: true, query: true });
