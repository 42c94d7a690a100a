/** English messages of PDF reports (dossier, 整改通知书, certificate cards). */
export const en_pdf: Record<string, string> = {
  'pdf.generating': 'Generating PDF…',
  'pdf.exportDossier': 'Export dossier PDF',
  'pdf.file.dossier': '{name} ({workNo}) dossier-{date}.pdf',
  'pdf.e.fontOffline': 'The first PDF needs the Chinese font (10 MB) from the network; connect and retry. It then works offline',
  'pdf.e.fontFetch': 'Font download failed (HTTP {status}); retry later',
  'pdf.e.deadlinePast': 'The deadline cannot be before today',
};
