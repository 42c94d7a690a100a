import { z } from 'zod';
import { RoleSchema } from '../domain/roles';

const b64 = z.string().max(400).regex(/^[A-Za-z0-9+/=]*$/);
const id = z.string().min(1).max(64);

/** A device as the members log records it. */
export const DeviceRecordSchema = z.object({ id, name: z.string().max(60), signPublic: b64, agreePublic: b64 });
export type DeviceRecord = z.infer<typeof DeviceRecordSchema>;

const wrapped = z.record(id, b64);

/** What a members-log entry says (the signed part, before `by`/`at`/`prev`/`sig`). */
export const MemberBodySchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('genesis'), device: DeviceRecordSchema, roles: z.array(RoleSchema).max(6), personName: z.string().max(50).optional() }),
  z.object({
    k: z.literal('device'), device: DeviceRecordSchema, roles: z.array(RoleSchema).max(6),
    personId: id.optional(), personName: z.string().max(50).optional(),
    /** The department a department head (depthead) answers for: reminders and lists start limited to it. */
    departmentId: id.optional(),
  }),
  z.object({ k: z.literal('remove'), deviceId: id }),
  /** A new sync secret (rotation after a removal), wrapped for every remaining device. */
  z.object({ k: z.literal('secret'), epoch: z.number().int().min(1), wrapped }),
  /** The health-class key, wrapped for devices whose roles may read health docs. */
  z.object({ k: z.literal('grant'), wrapped }),
]);
export type MemberBody = z.infer<typeof MemberBodySchema>;

/** A signed, hash-chained entry: `prev` is the hash of the signer's previous entry ('' for its first). */
export const MemberEntrySchema = z.intersection(
  MemberBodySchema,
  z.object({ by: id, at: z.number().int().min(0), prev: z.string().max(64), sig: b64 }),
);
export type MemberEntry = z.infer<typeof MemberEntrySchema>;
