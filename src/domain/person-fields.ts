import { z } from 'zod';

/** Validation message keys of the dossier record schemas (i18n keys; `v.` so forms show them at the field). */
export const PERSON_V = {
  order: 'v.person.order',
  years: 'v.person.years',
  dose: 'v.person.dose',
} as const;

/**
 * A non-negative decimal typed in a form ('1.25', '０.５' or a number) with at most `decimals` places and at most
 * `max`; anything else gets `message`. Output: the number.
 */
export function decimal(max: number, decimals: number, message: string) {
  const shape = new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`);
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const s = String(raw).trim().replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (!shape.test(s) || Number(s) > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(s);
  });
}
