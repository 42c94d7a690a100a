import * as Y from 'yjs';
import type { AttachmentKind } from '../domain/training/training-types';
import type { AttendanceMark, SessionInput } from '../domain/training/session';
import type { ArchiveClaim, ArchiveRenumbering, WorkflowEvent } from '../domain/training/workflow-event';
import type { FieldEdit } from './person-doc';
import { writeFields } from './write-fields';

/**
 * One training session per doc, `training/<id>` (DESIGN §3.1):
 * - `session`: the session's own fields (T3), one Y.Map entry each, so concurrent edits of different fields merge;
 * - `participants`: one Y.Map per person keyed by the person id (opaque, never personal data): the same person added
 *   on two devices is one participant, and a signature and a score recorded on two devices both stay;
 * - `attachments`: photos, scans and documents (blob ids, never bytes), keyed by a generated id;
 * - `workflow`: the review steps as an append-only Y.Array (workflow.ts folds them);
 * - `archive`: the archive number claim, the resolved number and its renumberings;
 * - `edits`: every field write of an existing session, so a value overwritten by a concurrent edit stays visible.
 */
export type StoredSession = SessionInput & { id: string; createdAt?: number; updatedAt?: number };

/** A participant as stored: who (工号 and department as at the session), the sign-in and the assessment. */
export type StoredParticipant = {
  personId: string;
  workNo: string;
  name: string;
  departmentId: string;
  mark: AttendanceMark;
  markedAt?: number;
  /** Signature picture (a blob id) and how the attendee signed in. */
  signBlobId?: string;
  signedAt?: number;
  signMethod?: 'pad' | 'badge';
  theory?: number;
  practical?: number;
  retrainDate?: string;
  updatedAt?: number;
};

export type StoredAttachment = { id: string; blobId: string; kind: AttachmentKind; name: string; mime: string; at: number; width?: number; height?: number };

export type SessionArchive = { claim?: ArchiveClaim; number?: string; renumbered: ArchiveRenumbering[] };

const root = (doc: Y.Doc) => doc.getMap<unknown>('session');
const participants = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('participants');
const attachments = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('attachments');
const workflow = (doc: Y.Doc) => doc.getArray<WorkflowEvent>('workflow');
const archive = (doc: Y.Doc) => doc.getMap<unknown>('archive');
const renumbered = (doc: Y.Doc) => doc.getArray<ArchiveRenumbering>('renumbered');
const edits = (doc: Y.Doc) => doc.getArray<FieldEdit>('edits');

/** The session's fields; null while the doc is empty (not yet synced). */
export function readSession(doc: Y.Doc): StoredSession | null {
  const m = root(doc);
  if (typeof m.get('id') !== 'string') return null;
  return m.toJSON() as StoredSession;
}

/**
 * Writes validated session fields; `only` limits an edit to the fields the user changed (a stale form never
 * overwrites what another device changed meanwhile). Returns the changed fields.
 */
export function writeSession(doc: Y.Doc, id: string, input: SessionInput, at: number, only?: readonly string[]): string[] {
  const all = input as Record<string, unknown>;
  const fields: Record<string, unknown> = only ? Object.fromEntries(only.map((k) => [k, all[k]])) : { ...all };
  let changed: string[] = [];
  doc.transact(() => {
    const m = root(doc);
    const existed = m.has('id');
    if (!existed) Object.assign(fields, { id, createdAt: at });
    const before = Object.fromEntries(Object.keys(fields).map((k) => [k, m.get(k) ?? null]));
    changed = writeFields(m, fields);
    if (!changed.length) return;
    m.set('updatedAt', at);
    if (existed) edits(doc).push(changed.map((f) => ({ f, v: fields[f] ?? null, at, was: before[f] })));
  });
  return changed;
}

/** Every field write of the session, oldest first. */
export function readSessionEdits(doc: Y.Doc): FieldEdit[] {
  return edits(doc).toArray();
}

/** Signed in: by a signature on the pad, or by a badge scan (which records the time but no picture). */
export function hasSignedIn(p: Pick<StoredParticipant, 'signBlobId' | 'signedAt'>): boolean {
  return !!p.signBlobId || !!p.signedAt;
}

/** Participants in 工号 order. */
export function readParticipants(doc: Y.Doc): StoredParticipant[] {
  const out: StoredParticipant[] = [];
  participants(doc).forEach((m, personId) => {
    if (m instanceof Y.Map) out.push({ ...(m.toJSON() as StoredParticipant), personId });
  });
  return out.sort((a, b) => (a.workNo < b.workNo ? -1 : a.workNo > b.workNo ? 1 : a.personId < b.personId ? -1 : 1));
}

/**
 * Creates or updates one participant field by field (undefined deletes a field). A new participant starts as
 * 'expected'. Returns the changed fields.
 */
export function writeParticipant(doc: Y.Doc, personId: string, fields: Partial<Omit<StoredParticipant, 'personId'>>, at: number): string[] {
  let changed: string[] = [];
  doc.transact(() => {
    let m = participants(doc).get(personId);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map();
      participants(doc).set(personId, m);
      m.set('mark', 'expected');
    }
    changed = writeFields(m, fields as Record<string, unknown>);
    if (changed.length) m.set('updatedAt', at);
  });
  return changed;
}

/** Removes a participant added by mistake. */
export function removeParticipant(doc: Y.Doc, personId: string): void {
  participants(doc).delete(personId);
}

export function readAttachments(doc: Y.Doc): StoredAttachment[] {
  const out: StoredAttachment[] = [];
  attachments(doc).forEach((m, id) => {
    if (m instanceof Y.Map) out.push({ ...(m.toJSON() as StoredAttachment), id });
  });
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

export function writeAttachment(doc: Y.Doc, a: StoredAttachment): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    attachments(doc).set(a.id, m);
    writeFields(m, a as unknown as Record<string, unknown>);
  });
}

export function removeAttachment(doc: Y.Doc, id: string): void {
  attachments(doc).delete(id);
}

/** The workflow events in the order they were appended (workflow.ts orders them by time). */
export function readWorkflow(doc: Y.Doc): WorkflowEvent[] {
  return workflow(doc).toArray();
}

export function appendWorkflow(doc: Y.Doc, e: WorkflowEvent): void {
  workflow(doc).push([e]);
}

export function readArchive(doc: Y.Doc): SessionArchive {
  const m = archive(doc);
  return {
    claim: m.get('claim') as ArchiveClaim | undefined,
    number: m.get('number') as string | undefined,
    renumbered: renumbered(doc).toArray(),
  };
}

/** Records this device's archive claim and the number it resolves to now. */
export function writeArchiveClaim(doc: Y.Doc, claim: ArchiveClaim, number: string): void {
  doc.transact(() => {
    archive(doc).set('claim', claim);
    archive(doc).set('number', number);
  });
}

/**
 * Sets the resolved archive number after a collision; the change is logged in the record. Every device computes
 * the same number, so two devices writing it at once converge.
 */
export function writeArchiveNumber(doc: Y.Doc, number: string, at: number): boolean {
  const was = archive(doc).get('number') as string | undefined;
  if (was === number) return false;
  doc.transact(() => {
    archive(doc).set('number', number);
    if (was && !renumbered(doc).toArray().some((r) => r.from === was && r.to === number)) renumbered(doc).push([{ from: was, to: number, at }]);
  });
  return true;
}

