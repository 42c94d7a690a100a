import { matchHeader, type RosterField } from './column-map';

/** The header row found in a sheet: its 0-based index, its cells (trimmed) and how many fields it names. */
export type DetectedHeader = { index: number; columns: string[]; score: number };

/**
 * Finds the header row of a ledger that may carry a title, a 填报单位/日期 line or merged banner rows above it:
 * within the first `scan` rows, the row naming the most distinct known fields wins (the earliest on a tie).
 * A row must name at least `minFields` fields; otherwise there is no header and the user must pick one.
 */
export function detectHeader(
  rows: readonly (readonly string[])[],
  { scan = 30, minFields = 3 }: { scan?: number; minFields?: number } = {},
): DetectedHeader | undefined {
  let best: DetectedHeader | undefined;
  rows.slice(0, scan).forEach((row, index) => {
    const fields = new Set<RosterField>();
    for (const cell of row) {
      const f = matchHeader(cell);
      if (f) fields.add(f);
    }
    if (fields.size >= minFields && fields.size > (best?.score ?? 0)) {
      best = { index, columns: row.map((c) => c.trim()), score: fields.size };
    }
  });
  return best;
}
