/** PDF reports (DESIGN §3.5): view-model in, PDF bytes out. jsPDF and the QR encoder load with this module. */
export { dossierPdf } from './dossier-pdf';
export { rectificationNoticePdf } from './rectification-notice-pdf';
export { certCardsPdf, CARDS_PER_PAGE } from './cert-cards-pdf';
export { badgePdf, BADGES_PER_PAGE, type BadgeVm, type BadgesVm } from './badge-pdf';
export { defaultRequirement } from './default-requirement';
export type * from './view-models';
export { trainingRecordPdf } from './training-record-pdf';
export { signinSheetPdf } from './signin-sheet-pdf';
export { trainingBatchPdf } from './training-batch-pdf';
export { destructionPdf } from './destruction-pdf';
export { ZH_TRAINING } from './training-labels';
export type * from './training-view-models';
