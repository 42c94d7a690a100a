/** English messages of certificate cards and 扫码核验. */
export const en_verify: Record<string, string> = {
  'verify.title': 'Verify a certificate',
};
