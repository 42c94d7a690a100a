/** English messages of Excel templates and export. */
export const en_excel: Record<string, string> = {
  'excel.export': 'Export to Excel',
};
