import { mayRead, type AccessClass, type Role } from '../domain/roles';
import type { DocKind } from './doc-id';

/** The access class of each doc kind (DESIGN §3.1). */
export const ACCESS_CLASS: Record<DocKind, AccessClass> = {
  org: 'general', catalog: 'general', members: 'general', control: 'general', person: 'general',
  health: 'health', training: 'general', plan: 'general', monitoring: 'general', hazard: 'general',
  risk: 'general', audit: 'general',
};

/** Which roles may write each doc kind. Audit docs are written only by their own device (checked by the caller). */
const WRITERS: Record<DocKind, readonly Role[]> = {
  org: ['admin', 'safety'],
  catalog: ['admin', 'safety'],
  members: ['admin'],
  // Destroy orders (T12) are requested and approved by admins and safety officers.
  control: ['admin', 'safety'],
  person: ['admin', 'safety', 'depthead', 'recorder'],
  health: ['health'],
  training: ['admin', 'safety', 'depthead', 'recorder'],
  plan: ['admin', 'safety'],
  monitoring: ['admin', 'safety', 'health'],
  hazard: ['admin', 'safety', 'depthead', 'recorder'],
  risk: ['admin', 'safety'],
  audit: ['admin', 'safety', 'health', 'depthead', 'recorder', 'auditor'],
};

/** True if a device holding `roles` may read (and so be sent) docs of `kind`. */
export function mayReadKind(roles: readonly Role[], kind: DocKind): boolean {
  return mayRead(roles, ACCESS_CLASS[kind]);
}

/** True if a device holding `roles` may write docs of `kind` (peers refuse its updates otherwise). */
export function mayWriteKind(roles: readonly Role[], kind: DocKind): boolean {
  return roles.some((r) => WRITERS[kind].includes(r));
}
