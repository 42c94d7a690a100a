import { z } from 'zod';
import type { LedgerRow } from './certificate-ledger';

/** State filter values: the certificate states, plus the 危化品 colours yellow / red. */
export const LEDGER_STATES = ['valid', 'review-due', 'review-overdue', 'expired', 'cancelled', 'yellow', 'red'] as const;
/** Reminder filter values (the REMINDER_DAYS steps as text): due within N days (0 = today), or overdue. */
export const LEDGER_BUCKETS = ['90', '60', '30', '7', '0', 'overdue'] as const;

/** The 证书台账 filter as the page holds it; every condition is optional and they combine with AND. */
export const LedgerFilter = z.object({
  q: z.string().max(50).optional(),
  departmentId: z.string().optional(),
  postId: z.string().optional(),
  kind: z.string().optional(),
  category: z.string().optional(),
  item: z.string().optional(),
  state: z.enum(LEDGER_STATES).optional(),
  bucket: z.enum(LEDGER_BUCKETS).optional(),
});
export type LedgerFilter = z.output<typeof LedgerFilter>;

/**
 * Filters ledger rows in memory (precomputed states, so a keystroke costs one pass of comparisons).
 * - `bucket` N keeps certificates due within N days, today included, not yet overdue ('30' includes '7' and '0').
 * - `q` keeps rows whose number contains it, or whose holder is in `holders` (the people search's result: name,
 *   工号, pinyin initials…); without `holders`, name and 工号 are matched as plain text.
 * Row order is kept.
 */
export function filterLedger(rows: readonly LedgerRow[], f: LedgerFilter, holders?: ReadonlySet<string>): LedgerRow[] {
  const q = (f.q ?? '').trim().toLowerCase();
  const within = f.bucket && f.bucket !== 'overdue' ? Number(f.bucket) : undefined;
  return rows.filter((r) => {
    if (f.departmentId && r.departmentId !== f.departmentId) return false;
    if (f.postId && r.postId !== f.postId) return false;
    if (f.kind && r.kind !== f.kind) return false;
    if (f.category && (r.kind !== 'special-operations' || r.category !== f.category)) return false;
    if (f.item && r.item !== f.item) return false;
    if (f.state && (f.state === 'yellow' || f.state === 'red' ? r.colour !== f.state : r.state !== f.state)) return false;
    if (f.bucket === 'overdue' && r.bucket !== 'overdue') return false;
    if (within !== undefined && (r.bucket === 'overdue' || r.bucket === 'none' || r.bucket > within)) return false;
    if (!q) return true;
    if (r.numberLc.includes(q)) return true;
    return holders ? holders.has(r.personId) : r.name.toLowerCase().includes(q) || r.workNo.toLowerCase().includes(q);
  });
}
