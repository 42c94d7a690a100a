import type { z } from 'zod';

/** One message for one form field: an i18n key plus its parameters. */
export type FieldError = { key: string; params?: Record<string, string | number> };

/** Message keys of a module's own validation: `<area>.e.<what>`. */
const OWN_KEY = /^[a-z]+\.e\.[\w.-]+$/;

/** Turns zod issues into the first error per top-level field, keyed by field name ('' for the form). */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (out[field]) continue;
    // A module's own message key (e.g. 'training.e.scoreRange') names the problem better than the issue code.
    if (OWN_KEY.test(issue.message)) out[field] = { key: issue.message };
    else if (issue.code === 'too_big' && issue.origin === 'string') out[field] = { key: 'v.tooLong', params: { max: Number(issue.maximum) } };
    else if (issue.code === 'invalid_type' && issue.input === undefined) out[field] = { key: 'v.required' };
    else out[field] = { key: issue.message.startsWith('v.') ? issue.message : 'v.invalid' };
  }
  return out;
}
