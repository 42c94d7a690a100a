import type { z } from 'zod';
import { isAppError } from '../domain/app-error';
import { fieldErrors, type FieldError } from '../domain/field-errors';

/** What a form gets back from a save: ok, or messages per field ('' = the whole form). */
export type SaveResult<T = void> = { ok: true; value: T } | { ok: false; errors: Record<string, FieldError> };

/** Validates form values with a schema at the boundary, then runs the write; typed errors become messages. */
export async function saveWith<S extends z.ZodTypeAny, T>(
  schema: S, values: unknown, write: (input: z.output<S>) => Promise<T>,
): Promise<SaveResult<T>> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return attempt(() => write(parsed.data));
}

/** Runs a write; an AppError becomes a message (at its field, if it names one) instead of a throw. */
export async function attempt<T>(write: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, errors: { [e.field ?? '']: { key: e.reason, params: e.params } } };
    console.error(e);
    return { ok: false, errors: { '': { key: 'e.unexpected', params: { why: String((e as Error)?.message ?? e) } } } };
  }
}
