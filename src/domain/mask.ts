/** 脱敏: keep the first 4 and last 4 characters of an ID number (1101**********002X). */
export function maskIdNumber(id: string): string {
  return id.length < 9 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 脱敏: a mobile number as 138****8000; other numbers keep their last 4 digits. */
export function maskPhone(p: string): string {
  return /^1\d{10}$/.test(p) ? `${p.slice(0, 3)}****${p.slice(-4)}` : p.replace(/.(?=.{4})/g, '*');
}
