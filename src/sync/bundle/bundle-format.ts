import { z } from 'zod';
import { ROLES } from '../../domain/roles';

/** Magic of a bundle file (`.slsync`): doc updates and blobs for a device without a network path. */
export const BUNDLE_MAGIC = new TextEncoder().encode('SLBUNDLE');
/** Magic of a state summary file (`.slsum`): what a device already has, so a bundle carries only the rest. */
export const SUMMARY_MAGIC = new TextEncoder().encode('SLSUMMRY');
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXT = '.slsync';
export const SUMMARY_EXT = '.slsum';
/** Origin of commits made by importing a bundle. */
export const BUNDLE_ORIGIN = 'remote:bundle';
/** Upper bounds: anything larger is a damaged or foreign file, not a bigger workspace. */
export const MAX_HEADER = 64 * 1024;
export const MAX_SIG = 1024;
export const MAX_PART = 256 * 1024 * 1024;

const id = z.string().min(1).max(100);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative().max(10_000_000);
/**
 * Which secret the body is encrypted under: the sync secret of epoch `epoch`, or (a workspace that never set up
 * sync) the data key, `epoch: null`. Lets the importer tell "other key epoch" apart from "damaged".
 */
const epoch = z.number().int().nonnegative().nullable();

/**
 * Clear-text header of a bundle. It is signed (with the body's hash) by the exporting device and names only
 * random ids and counts; everything about people is in the encrypted body. The health section's size is not
 * revealed beyond whether it exists.
 */
export const BundleHeader = z.strictObject({
  format: z.literal('safeledger-bundle'),
  version: z.literal(BUNDLE_VERSION),
  workspaceId: id,
  epoch,
  deviceId: id,
  createdAt: z.number().int().nonnegative(),
  /** True when the bundle carries only what a summary said the recipient lacks. */
  partial: z.boolean(),
  counts: z.strictObject({ docs: count, blobs: count, chunks: count, health: z.boolean() }),
  bodyLength: z.number().int().nonnegative().max(MAX_PART),
  bodySha256: sha256,
});
export type BundleHeader = z.infer<typeof BundleHeader>;

/** Clear-text header of a state summary (not signed: it only steers what the other side sends). */
export const SummaryHeader = z.strictObject({
  format: z.literal('safeledger-summary'),
  version: z.literal(BUNDLE_VERSION),
  workspaceId: id,
  epoch,
  deviceId: id,
  createdAt: z.number().int().nonnegative(),
});
export type SummaryHeader = z.infer<typeof SummaryHeader>;

/** Inside a summary: the device's claimed roles and the blob ids it holds (doc entries follow in binary). */
export const SummaryMeta = z.strictObject({
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  blobs: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(10_000_000),
  docs: count,
});
export type SummaryMeta = z.infer<typeof SummaryMeta>;

/** A blob row as carried in a bundle (the one schema for blob rows at every boundary). */
export { BlobRowSchema as BundleBlobRow } from '../../store/blob-row-schema';
