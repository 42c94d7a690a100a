/** Trim, turn full-width ASCII (０-９, Ｘ, ａ-ｚ …) into half-width and upper-case it: how users paste ids. */
export function normalizeIdText(raw: string): string {
  return raw
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}
