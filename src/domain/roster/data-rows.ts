import { collapseSpaces } from './normalize-cell';

/** A sheet row below the header, with its 1-based sheet row number. */
export type DataRow = { row: number; cells: readonly string[] };

const filled = (cells: readonly string[]) => cells.filter((c) => collapseSpaces(c) !== '').length;

/**
 * The rows to import below the header at `headerIndex` (0-based), and the sheet row numbers left out:
 * blank rows anywhere, and a closing block of notes (说明：…, 制表人：…) that a blank row separates from the data
 * and whose rows fill at most one cell. Anything else stays in, so a half-filled person is reported, not dropped.
 */
export function selectDataRows(
  rows: readonly (readonly string[])[],
  headerIndex: number,
): { rows: DataRow[]; ignored: number[] } {
  const below = rows.slice(headerIndex + 1).map((cells, i) => ({ row: headerIndex + i + 2, cells }));
  let end = below.length;
  // Walk back over the notes block; it counts only when a blank row stands between it and the data.
  let k = end;
  while (k > 0 && filled(below[k - 1]!.cells) <= 1) k--;
  const blankAt = below.slice(k, end).findIndex((r) => filled(r.cells) === 0);
  if (blankAt >= 0) end = k + blankAt;
  const kept = below.slice(0, end).filter((r) => filled(r.cells) > 0);
  const keptRows = new Set(kept.map((r) => r.row));
  return { rows: kept, ignored: below.filter((r) => !keptRows.has(r.row)).map((r) => r.row) };
}
