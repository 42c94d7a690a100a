import type { CertificateFormValues } from '../domain/certificates/certificate';
import type { Prng } from './prng';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const plusYears = (date: string, n: number) => `${Number(date.slice(0, 4)) + n}${date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)}`;
const dayBetween = (rng: Prng, lo: string, hi: string) => iso(ms(lo) + Math.floor(rng.next() * ((ms(hi) - ms(lo)) / DAY + 1)) * DAY);

/** The seed's "today": certificates are issued and reviewed up to this day. */
const TODAY = '2026-01-04';
const AUTHORITIES = ['江苏省应急管理厅', '常州市应急管理局', '苏州市应急管理局', '无锡市应急管理局'];
const SE_AUTHORITY = '常州市市场监督管理局';
/** Items held by people whose post requires none (electricians in offices, welders on maintenance …). */
const SPARE = ['so:1:1.2', 'so:2:2.1', 'so:3:3.2', 'kind:other:特种设备作业人员证（叉车司机）', 'so:4:4.1'];

/** One holder: their ID number (for 'T'+ID card numbers) and the qualification strings of their post. */
export type CertHolder = { idNumber: string; qualifications: readonly string[] };

/** A post's qualification code (`so:1:1.2`, `kind:hazchem-manager`, `kind:other:<name>`) as a certificate that meets it. */
function certificateFor(rng: Prng, q: string, holder: CertHolder, firstIssueDate: string): CertificateFormValues {
  const so = /^so:(\d+):(.+)$/.exec(q);
  if (so) {
    return {
      kind: 'special-operations', number: `T${holder.idNumber}`, category: so[1]!, item: so[2]!,
      authority: rng.pick(AUTHORITIES), firstIssueDate, extendedReview: false, reviews: [], offPost: [], cancelled: false,
    };
  }
  if (q === 'kind:hazchem-manager') {
    return {
      kind: 'hazchem-manager', number: `AQ${firstIssueDate.slice(0, 4)}${String(rng.int(0, 999_999)).padStart(6, '0')}`,
      authority: rng.pick(AUTHORITIES), firstIssueDate, reviews: [], offPost: [], cancelled: false,
      retrainingHours: [{ year: 2025, hours: rng.chance(0.85) ? 16 : 8 }],
    };
  }
  return {
    kind: 'other', kindName: q.replace(/^kind:other:/, ''), validityYears: 4,
    number: `TS${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, authority: SE_AUTHORITY, firstIssueDate, reviews: [], offPost: [], cancelled: false,
  };
}

/**
 * Renews and reviews a card the way a ledger shows it on TODAY: most cards were renewed on time (the current card
 * starts at the last renewal), most periodic reviews were passed a few weeks before they fell due, and a few of
 * each were missed — so the workspace holds every state (valid, review due, review overdue, expired, cancelled).
 */
function history(rng: Prng, c: CertificateFormValues): CertificateFormValues {
  const validity = c.kind === 'special-operations' ? 6 : c.kind === 'other' ? 4 : 3;
  let start = c.firstIssueDate;
  while (plusYears(start, validity) <= TODAY && rng.chance(0.95)) start = plusYears(start, validity);
  const out: CertificateFormValues = { ...c, ...(start !== c.firstIssueDate ? { validFrom: start } : {}) };
  // A card left to expire long ago was mostly cancelled when its holder left the post; some still wait for it.
  if (plusYears(start, validity) < plusYears(TODAY, -1) && rng.chance(0.7)) out.cancelled = true;
  if (c.kind === 'special-operations') {
    const reviews = [];
    for (let k = 1; k * 3 < 6; k++) {
      const due = plusYears(start, k * 3);
      if (due > TODAY) break;
      if (!rng.chance(0.9)) break;
      reviews.push({ date: iso(ms(due) - rng.int(5, 55) * DAY), result: 'passed' as const });
    }
    out.reviews = reviews;
  }
  if (rng.chance(0.02)) out.cancelled = true;
  return out;
}

/**
 * `total` certificates over the holders, deterministic from `rng`: people whose post requires qualifications hold
 * them (weight 6), others now and then a spare one. Returns, per holder index, its certificate form values.
 */
export function makeCertificateValues(rng: Prng, holders: readonly CertHolder[], total: number): CertificateFormValues[][] {
  const out: CertificateFormValues[][] = holders.map(() => []);
  const weights = holders.map((h, i) => [i, h.qualifications.length ? 6 : 1] as const);
  for (let n = 0; n < total; n++) {
    const i = rng.weighted(weights);
    const h = holders[i]!;
    const held = out[i]!.length;
    const q = held < h.qualifications.length ? h.qualifications[held]! : rng.pick(SPARE);
    out[i]!.push(history(rng, certificateFor(rng, q, h, dayBetween(rng, '2010-03-01', '2025-12-20'))));
  }
  return out;
}
