/** English messages of training PDFs (record, sign-in sheet, batch, 销毁确认单). */
export const en_tpdf: Record<string, string> = {
  'tpdf.e.period': 'The end date cannot be before the start date',
  'tpdf.e.empty': 'No training records in this period',
  'tpdf.e.tooMany': '{n} records in this period; at most {max} per export. Shorten the period or export by department',
};
