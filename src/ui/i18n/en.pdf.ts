/** English messages of PDF reports (dossier, 整改通知书, certificate cards). */
export const en_pdf: Record<string, string> = {
  'pdf.generating': 'Generating PDF…',
};
