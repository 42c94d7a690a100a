import { requiredScores, type AssessmentMethod, type AttendanceMark } from './session';
import { MIN_PHOTOS, TRAINING_TYPE_INFO, type AttachmentKind, type TrainingType } from './training-types';

/** The 12 core elements of a training record (T3), in the order forms and PDFs show them. */
export const CORE_ELEMENTS = [
  'name', 'date', 'startTime', 'endTime', 'place', 'instructor', 'participants', 'topic', 'summary', 'method', 'results', 'recorder',
] as const;
export type CoreElement = (typeof CORE_ELEMENTS)[number];

export type CompletenessInput = {
  session: {
    name?: string; type: TrainingType; date?: string; start?: string; end?: string; place?: string; instructor?: string;
    topic?: string; summary?: string; method?: AssessmentMethod; recorder?: string;
  };
  participants: readonly { mark: AttendanceMark; workNo?: string; departmentId?: string; signed: boolean; theory?: number; practical?: number }[];
  attachments: readonly { kind: AttachmentKind }[];
};

export type Completeness = {
  /** Core elements still missing (empty = the record is complete: 完整). */
  missing: CoreElement[];
  /** Mandatory documents of the type not attached yet. */
  missingDocuments: AttachmentKind[];
  photos: number;
  /** Attendees (present or late) without a signature. */
  unsigned: number;
  /** No participant is still 'expected' (everyone is marked present, late or absent). */
  allMarked: boolean;
  complete: boolean;
  /** Complete, every mandatory document, ≥ 3 photos, every attendee signed (规范). */
  standard: boolean;
};

const attended = (m: AttendanceMark) => m === 'present' || m === 'late';
const filled = (s: string | undefined) => !!s && s.trim().length > 0;

/** What a record still lacks, computed live as it is filled in. */
export function completeness({ session: s, participants, attachments }: CompletenessInput): Completeness {
  const att = participants.filter((p) => attended(p.mark));
  const need = requiredScores(s.method);
  const kinds = new Set(attachments.map((a) => a.kind));
  const has: Record<CoreElement, boolean> = {
    name: filled(s.name),
    date: filled(s.date),
    startTime: filled(s.start),
    endTime: filled(s.end),
    place: filled(s.place),
    instructor: filled(s.instructor),
    participants: att.length > 0 && att.every((p) => filled(p.workNo) && filled(p.departmentId)),
    topic: filled(s.topic),
    summary: filled(s.summary),
    method: !!s.method,
    results: !!s.method && (s.method === 'evaluation' ? kinds.has('evaluation-report') : att.length > 0 && att.every((p) => need.every((k) => p[k] !== undefined))),
    recorder: filled(s.recorder),
  };
  const missing = CORE_ELEMENTS.filter((e) => !has[e]);
  const missingDocuments = TRAINING_TYPE_INFO[s.type].documents.filter((k) => !kinds.has(k));
  const photos = attachments.filter((a) => a.kind === 'photo').length;
  const unsigned = att.filter((p) => !p.signed).length;
  const complete = missing.length === 0;
  return {
    missing, missingDocuments, photos, unsigned, allMarked: participants.every((p) => p.mark !== 'expected'), complete,
    standard: complete && !missingDocuments.length && photos >= MIN_PHOTOS && unsigned === 0,
  };
}
