import type { z } from 'zod';

/** One message for one form field: an i18n key plus its parameters. */
export type FieldError = { key: string; params?: Record<string, string | number> };

/** Turns zod issues into the first error per top-level field, keyed by field name ('' for the form). */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (out[field]) continue;
    if (issue.code === 'too_big') out[field] = { key: 'v.tooLong', params: { max: Number(issue.maximum) } };
    else if (issue.code === 'invalid_type' && issue.input === undefined) out[field] = { key: 'v.required' };
    else out[field] = { key: issue.message.startsWith('v.') ? issue.message : 'v.invalid' };
  }
  return out;
}
