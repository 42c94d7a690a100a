/** Sync by file (PRODUCT S3): state summaries (`.slsum`) and bundles (`.slsync`) for USB or chat hand-over. */
export { BUNDLE_EXT, BUNDLE_ORIGIN, SUMMARY_EXT } from './bundle-format';
export { exportStateSummary } from './export-state-summary';
export { readStateSummary, type StateSummary } from './read-state-summary';
export { exportBundle, type BundleSigner, type ExportBundleOptions } from './export-bundle';
export { decodeBundle, type DecodedBundle, type VerifySigner } from './decode-bundle';
export { importBundle, type ImportBundleResult } from './import-bundle';
