const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the Excel 1900 date system, as counted by Excel (serial 1 = 1900-01-01, with its fictitious 1900-02-29). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY = 86_400_000;

/**
 * An Excel date serial as YYYY-MM-DD (the fraction, a time of day, is dropped). Serials below 61 are shifted by a day
 * because Excel counts a 1900-02-29 that never was. Returns undefined for serials outside 1900-01-01 … 9999-12-31.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial) + (!date1904 && serial < 61 ? 1 : 0);
  const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoIfReal(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** 2018.11.17, 2018/11/17, 2018-11-17, 2018年11月17日 (one-digit month/day too), optionally with a time after it. */
const YMD = /^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*[./\-月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Parses a date as firms type it into a ledger: the forms of `YMD`, 20181117, or an Excel serial written as text
 * (five digits, 1927-05-18 … 2173-10-13: shorter numbers are more likely years or typos than dates).
 * Full-width digits and punctuation are accepted. Returns YYYY-MM-DD, or undefined when it is not a real date.
 */
export function parseDateText(raw: string): string | undefined {
  const s = raw.trim().replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const ymd = YMD.exec(s);
  if (ymd) return isoIfReal(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (/^\d{8}$/.test(s)) return isoIfReal(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
  if (/^\d{5}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return undefined;
}
