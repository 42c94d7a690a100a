import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { parseDocId, type DocId } from '../docs/doc-id';
import { BlobRowSchema } from '../store/blob-row-schema';

const docIdSchema = z.string().max(120).refine((s) => parseDocId(s) !== null, 'bad doc id').transform((s) => s as DocId);
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));
const shortText = z.string().max(200);
const b64 = z.string().max(400).regex(/^[A-Za-z0-9+/=]*$/);
/** Most docs in one step1s / step2s message. */
export const MAX_BATCH = 256;



/**
 * Every message of the sync protocol: a JSON part checked by zod and a fixed number of binary parts.
 * `bins` is [min, max] count of binary parts.
 */
const SPEC = {
  hello: { json: z.object({ v: z.literal(1), workspaceId: shortText, deviceId: shortText }), bins: [1, 1] },
  auth: { json: z.object({}), bins: [2, 2] },
  refuse: { json: z.object({ reason: shortText }), bins: [0, 0] },
  buckets: { json: z.object({}), bins: [1, 1] },
  list: {
    json: z.object({
      buckets: z.array(z.number().int().min(0).max(255)).max(256),
      entries: z.array(z.tuple([docIdSchema, hex(16)])).max(500_000),
      /** A list sent in answer to the peer's (it gets no answer itself). */
      reply: z.boolean().optional(),
    }),
    bins: [0, 0],
  },
  step1: { json: z.object({ docId: docIdSchema }), bins: [1, 1] },
  step2: { json: z.object({ docId: docIdSchema }), bins: [1, 1] },
  update: { json: z.object({ docId: docIdSchema }), bins: [1, 1] },
  blobs: { json: z.object({ ids: z.array(hex(64)).max(200_000) }), bins: [0, 0] },
  want: { json: z.object({ ids: z.array(hex(64)).max(200_000) }), bins: [0, 0] },
  blob: { json: z.object({ row: BlobRowSchema }), bins: [1, 2000] },
  join: {
    json: z.object({ deviceId: shortText, name: shortText, signPublic: b64, agreePublic: b64 }),
    bins: [1, 1],
  },
  welcome: { json: z.object({}), bins: [1, 1] },
  // Batched step 1 / step 2 (one message for many docs, bin i belongs to docIds[i]): an initial sync of R is
  // tens of thousands of docs, and a message per doc cost more than the docs themselves.
  step1s: { json: z.object({ docIds: z.array(docIdSchema).min(1).max(MAX_BATCH) }), bins: [1, MAX_BATCH] },
  step2s: { json: z.object({ docIds: z.array(docIdSchema).min(1).max(MAX_BATCH) }), bins: [1, MAX_BATCH] },
} as const;

export type MessageType = keyof typeof SPEC;
const TYPES = Object.keys(SPEC) as MessageType[];

/** A decoded, validated message. */
export type SyncMessage = {
  [T in MessageType]: { t: T; bins: Uint8Array[] } & z.output<(typeof SPEC)[T]['json']>;
}[MessageType];
export type MessageOf<T extends MessageType> = Extract<SyncMessage, { t: T }>;

/** Encodes a message: type byte, JSON part, binary parts. */
export function encodeMessage<T extends MessageType>(t: T, json: z.input<(typeof SPEC)[T]['json']>, bins: Uint8Array[] = []): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeUint8(e, TYPES.indexOf(t));
  encoding.writeVarString(e, JSON.stringify(json));
  encoding.writeVarUint(e, bins.length);
  for (const b of bins) encoding.writeVarUint8Array(e, b);
  return encoding.toUint8Array(e);
}

/** Decodes and validates a message; null if it is not a well-formed message of this protocol. */
export function decodeMessage(bytes: Uint8Array): SyncMessage | null {
  try {
    const d = decoding.createDecoder(bytes);
    const t = TYPES[decoding.readUint8(d)];
    if (!t) return null;
    const json = SPEC[t].json.safeParse(JSON.parse(decoding.readVarString(d)));
    const n = decoding.readVarUint(d);
    const [min, max] = SPEC[t].bins;
    if (!json.success || n < min || n > max) return null;
    // A batched message has exactly one binary part per doc.
    if ('docIds' in json.data && (json.data as { docIds: unknown[] }).docIds.length !== n) return null;
    const bins: Uint8Array[] = [];
    for (let i = 0; i < n; i++) bins.push(decoding.readVarUint8Array(d));
    if (decoding.hasContent(d)) return null;
    return { ...(json.data as object), t, bins } as SyncMessage;
  } catch {
    return null;
  }
}
