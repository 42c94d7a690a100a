/** English messages of the certificates page, compliance (无证上岗, 危化品安管人员) and queries. */
export const en_certlist: Record<string, string> = {
  'certlist.title': 'Certificates',
};
