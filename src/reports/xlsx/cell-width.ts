/** A value's width as Excel shows it, in characters: CJK and full-width characters count 2 (for column widths). */
export function cellWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  let n = 0;
  for (const ch of String(value)) n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return n;
}
