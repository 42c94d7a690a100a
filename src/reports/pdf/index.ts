/** PDF reports (DESIGN §3.5): view-model in, PDF bytes out. jsPDF and the QR encoder load with this module. */
export { dossierPdf } from './dossier-pdf';
export { rectificationNoticePdf } from './rectification-notice-pdf';
export { certCardsPdf, CARDS_PER_PAGE } from './cert-cards-pdf';
export { defaultRequirement } from './default-requirement';
export type * from './view-models';
