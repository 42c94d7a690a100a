import { z } from 'zod';

/**
 * Roles a person's device may hold (DESIGN §3.4). A device may hold several; the UI hides what a role cannot do
 * and the sync share policy enforces read and write classes between devices.
 */
export const ROLES = ['admin', 'safety', 'health', 'depthead', 'recorder', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** Access classes of documents: health docs and blobs never leave devices whose roles may not read them. */
export const ACCESS_CLASSES = ['general', 'health'] as const;
export type AccessClass = (typeof ACCESS_CLASSES)[number];

/** Roles whose devices may read (and so receive) health documents. */
export const HEALTH_READERS: readonly Role[] = ['health'];

/** True if a device holding `roles` may read docs of `cls`. */
export function mayRead(roles: readonly Role[], cls: AccessClass): boolean {
  return cls === 'general' || roles.some((r) => HEALTH_READERS.includes(r));
}

/** Roles that may see ID and phone numbers in full (DESIGN §3.4 脱敏); everyone else sees them masked. */
export const PERSONAL_DATA_READERS: readonly Role[] = ['admin', 'safety', 'health'];

/** True if a device holding `roles` may see personal numbers unmasked, in lists, exports and PDFs alike. */
export function maySeePersonal(roles: readonly Role[]): boolean {
  return roles.some((r) => PERSONAL_DATA_READERS.includes(r));
}
