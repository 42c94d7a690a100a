import { addYears } from './date-math';
import type { Certificate } from './certificate';

/** Where a special-operations card stands with its periodic reviews (复审) on `today`. */
export type ReviewStanding = {
  /** The first review not passed in time whose due date is past, or that failed twice (Art 26 → 失效). */
  missed?: string;
  /** The next periodic review still to pass (due today or later), if one falls before expiry. */
  next?: string;
};

/**
 * Review k is due at anchor + k × interval years, for every due date before expiry (the review at expiry is the
 * renewal, 延期复审). A review counts for the period (previous due, due] if passed; reviews after the due date do
 * not cure it, because 30号令 Art 26 makes an untimely review void the card. Two failures in one period void it too.
 */
export function reviewStanding(cert: Certificate, anchor: string, expiry: string, intervalYears: number, today: string): ReviewStanding {
  let previous = anchor;
  for (let k = 1; ; k++) {
    const due = addYears(anchor, k * intervalYears);
    if (due >= expiry) return {};
    const inPeriod = cert.reviews.filter((r) => r.date > previous && r.date <= due);
    const passed = inPeriod.some((r) => r.result === 'passed');
    const failedTwice = !passed && inPeriod.filter((r) => r.result === 'failed').length >= 2;
    if (failedTwice || (!passed && due < today)) return { missed: due };
    if (!passed) return { next: due };
    previous = due;
  }
}
