import type { DocId } from '../docs/doc-id';
import type { Role } from '../domain/roles';
import type { BlobRow } from '../store/db';

/** A member device as a session sees it after the hello. */
export type PeerIdentity = { deviceId: string; name: string; roles: Role[] };

/** A stored blob as sent: its row and its encrypted chunks, in order. */
export type BlobPayload = { row: BlobRow; chunks: Uint8Array[] };

/**
 * What a sync session needs from the local workspace (implemented over the Dexie store by store-host.ts; the
 * simulation uses the same implementation over fake-indexeddb).
 */
export type SyncHost = {
  readonly workspaceId: string;
  readonly deviceId: string;
  /** This device's current roles (from the members log). */
  roles(): Role[];
  /** HMAC under the workspace sync secret: proves a peer knows the secret. */
  mac(data: Uint8Array): Promise<Uint8Array>;
  /** Signs with this device's key. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /** The peer if it is a current (not removed) member and `sig` is its signature over `data`; else a reason. */
  verifyPeer(deviceId: string, data: Uint8Array, sig: Uint8Array): Promise<PeerIdentity | { refused: string }>;
  /** Every doc this device holds, with its state hash (read from the docs table, no doc is opened). */
  inventory(): Promise<Map<DocId, string>>;
  /** The doc's state vector (empty for a doc not held). */
  stateVector(docId: DocId): Promise<Uint8Array>;
  /** For each request, what a peer with state vector `sv` lacks of the doc (null if the doc is not held). */
  diffs(requests: readonly { docId: DocId; sv: Uint8Array }[]): Promise<(Uint8Array | null)[]>;
  /** Applies and persists peer updates in one transaction; returns docs left with missing dependencies. */
  apply(batch: { docId: DocId; updates: Uint8Array[] }[], origin: string): Promise<DocId[]>;
  /** Told after every local or remote commit. */
  onCommit(l: (changes: { docId: DocId; update: Uint8Array }[], origin: string) => void): () => void;
  blobIds(): Promise<{ id: string; cls: 'general' | 'health' }[]>;
  getBlob(id: string): Promise<BlobPayload | null>;
  /** Verifies (decrypts and re-hashes) and stores a blob; false if it does not match its id. */
  putBlob(blob: BlobPayload): Promise<boolean>;
  /** Told when a blob is added locally (so peers hear of it). */
  onBlob(l: (id: string) => void): () => void;
  /** Docs and blobs this device destroyed (DESIGN §3.4): never requested, never accepted. */
  destroyed?: { doc(docId: DocId): Promise<boolean>; blobs(ids: string[]): Promise<Set<string>> };
};
