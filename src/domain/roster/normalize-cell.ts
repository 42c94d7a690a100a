import { normalizeIdText } from '../normalize-id-text';
import { parseDateText } from './parse-date';

/** How a cell's text is cleaned before validation. */
export type CellKind = 'text' | 'id' | 'date';

/** A cleaned cell value, or the i18n key of why it cannot be read. */
export type CellResult = { ok: true; value: string } | { ok: false; key: string; params: { value: string } };

/** Whitespace a pasted cell carries: ASCII, no-break (U+00A0), ideographic (U+3000), zero-width and BOM. */
const SPACES = /[\s\u00A0\u3000]+/g;
const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;

/** Trims and collapses runs of any whitespace (full-width included) to one ASCII space. */
export function collapseSpaces(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * Cleans one cell's text for its kind: `text` collapses spaces; `id` also drops inner spaces, turns full-width
 * characters half-width and upper-cases (34010419880606881x → …881X); `date` gives YYYY-MM-DD or 'import.e.badDate'.
 * An empty cell is `{ ok: true, value: '' }` for every kind: whether it may be empty is the caller's rule.
 */
export function normalizeCell(kind: CellKind, raw: string): CellResult {
  const text = collapseSpaces(raw);
  if (text === '') return { ok: true, value: '' };
  if (kind === 'id') return { ok: true, value: normalizeIdText(text) };
  if (kind === 'date') {
    const iso = parseDateText(text);
    return iso ? { ok: true, value: iso } : { ok: false, key: 'import.e.badDate', params: { value: text } };
  }
  return { ok: true, value: text };
}
