import * as Y from 'yjs';
import { newId, type DepartmentId, type PersonId, type PostId } from '../domain/ids';
import { DepartmentInput, OrgProfileInput, PostInput } from '../domain/org';
import { PersonInput } from '../domain/person';
import { usccCheckChar } from '../domain/uscc';
import { ORG_DOC_ID, personDocId, trainingDocId, type DocId } from '../docs/doc-id';
import { writeDepartment, writePost, writeProfile } from '../docs/org-doc';
import { writePerson } from '../docs/person-doc';
import { writeCertificate } from '../docs/person-certs';
import { CertificateInput } from '../domain/certificates/certificate';
import { makeCertificateValues } from './certificate-values';
import type { WorkspaceInfo } from '../store/workspace-meta';
import { ORG_PLANS } from './org-plans';
import { makePersonValues, type SeededDept } from './person-values';
import { createPrng, type Prng } from './prng';
import { SessionInput } from '../domain/training/session';
import { appendWorkflow, writeArchiveClaim, writeParticipant, writeSession } from '../docs/training-doc';
import { makeTrainingSessions, type Trainee } from './training-values';

/** The seed's fixed clock: the workspace is "created" at 2026-01-05 08:00 Beijing time, one record per second. */
export const SEED_BASE_TIME = Date.parse('2026-01-05T08:00:00+08:00');

/** A built seed workspace: the workspace record, every doc's state, and how many person docs there are. */
export type SeedWorkspace = {
  workspace: WorkspaceInfo;
  docs: { docId: DocId; state: Uint8Array }[];
  people: number;
  /** The seed clock after the last record (use as the backup's time). */
  finishedAt: number;
};

/** GB 11714 organisation code (8 digits + check), as embedded in a USCC, so the warning check passes too. */
function orgCode(rng: Prng): string {
  const W = [3, 7, 9, 10, 5, 8, 4, 2];
  const d = Array.from({ length: 8 }, () => rng.int(0, 9));
  const c = 11 - (d.reduce((s, v, i) => s + v * W[i]!, 0) % 11);
  return d.join('') + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A fresh Y.Doc with a fixed clientID, so that its encoded state is the same bytes on every run. */
function seedDoc(rng: Prng): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = rng.u32() || 1;
  return doc;
}

function stateOf(doc: Y.Doc): Uint8Array {
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * Builds the demo workspace S (200 people) or the reference workspace R (2,000 people, DESIGN §2) entirely from a
 * seeded PRNG and a fixed clock: same input, same bytes. Every record is validated with the app's own zod schemas
 * and written with the app's own doc writers, so the result is exactly what the app would have stored.
 * `onProgress(done, total)` is called as person docs are written.
 */
export function buildWorkspace(size: 'S' | 'R', onProgress?: (done: number, total: number) => void): SeedWorkspace {
  const plan = ORG_PLANS[size];
  const rng = createPrng(plan.seed);
  let clock = SEED_BASE_TIME;
  const id = <T extends string>() => newId<T>((clock += 1000), rng.bytes);

  const workspace: WorkspaceInfo = {
    id: newId(SEED_BASE_TIME, rng.bytes),
    name: plan.profile.name,
    createdAt: SEED_BASE_TIME,
    key: rng.bytes(32),
  };

  // org: profile, departments, posts
  const org = seedDoc(rng);
  const body = `91${plan.usccArea}${orgCode(rng)}`;
  writeProfile(org, OrgProfileInput.parse({ ...plan.profile, uscc: body + usccCheckChar(body) }));
  const codes = new Set<string>();
  const depts: SeededDept[] = plan.departments.map((d) => {
    const input = DepartmentInput.parse({ name: d.name, code: d.code });
    if (codes.has(input.code)) throw new Error(`seed: duplicate department code ${input.code}`);
    codes.add(input.code);
    const deptId = id<DepartmentId>();
    writeDepartment(org, deptId, input);
    return { id: deptId, plan: d, posts: [] };
  });
  for (const dept of depts) {
    for (const p of dept.plan.posts) {
      const postId = id<PostId>();
      writePost(org, postId, PostInput.parse({ name: p[0], departmentId: dept.id, qualifications: [...(p[2] ?? [])] }));
      dept.posts.push({ id: postId, plan: p });
    }
  }
  const docs: SeedWorkspace['docs'] = [{ docId: ORG_DOC_ID, state: stateOf(org) }];

  // people: one doc each, in 工号 order, with their certificates (own PRNG: adding them left the people as they were)
  const values = makePersonValues(rng, plan, depts);
  const quals = new Map(depts.flatMap((d) => d.posts.map((p) => [p.id as string, p.plan[2] ?? []] as const)));
  const certRng = createPrng(`${plan.seed}-certificates`);
  const certs = makeCertificateValues(certRng, values.map((v) => ({ idNumber: String(v.idNumber), qualifications: quals.get(String(v.postId ?? '')) ?? [] })), plan.certificates);
  const trainees: Trainee[] = [];
  values.forEach((v, i) => {
    const input = PersonInput.parse(v);
    const pid = id<PersonId>();
    if (input.status !== 'away') {
      trainees.push({
        id: pid, workNo: input.workNo, name: input.name, departmentId: input.departmentId ?? '', hireDate: input.hireDate ?? '2000-01-01',
        ...(input.status === 'left' ? { leftDate: input.statusDate ?? '2019-01-01' } : {}),
      });
    }
    const doc = seedDoc(rng);
    writePerson(doc, pid, input, clock);
    for (const c of certs[i]!) writeCertificate(doc, newId(clock, certRng.bytes), CertificateInput.parse(c), clock);
    docs.push({ docId: personDocId(pid), state: stateOf(doc) });
    if (onProgress && ((i + 1) % 500 === 0 || i + 1 === values.length)) onProgress(i + 1, values.length);
  });

  // training sessions: one doc each, oldest first (own PRNG: the people and certificates stay as they were)
  const trRng = createPrng(`${plan.seed}-training`);
  const sessions = makeTrainingSessions(trRng, plan.training, depts.map((d) => ({ id: d.id, code: d.plan.code, name: d.plan.name })), trainees);
  sessions.forEach((s, i) => {
    const sid = newId((clock += 1000), trRng.bytes);
    const doc = seedDoc(trRng);
    const at = Date.parse(`${s.values.date}T08:00:00+08:00`);
    writeSession(doc, sid, SessionInput.parse(s.values), at);
    for (const p of s.participants) {
      const { person, mark, ...rest } = p;
      writeParticipant(doc, person.id, {
        workNo: person.workNo, name: person.name, departmentId: person.departmentId, mark,
        ...(rest.signedAt ? { signedAt: rest.signedAt, signMethod: 'badge' as const } : {}),
        ...(rest.theory !== undefined ? { theory: rest.theory } : {}), ...(rest.practical !== undefined ? { practical: rest.practical } : {}),
        ...(rest.retrainDate ? { retrainDate: rest.retrainDate } : {}),
      }, at);
    }
    for (const e of s.steps) appendWorkflow(doc, { ...e, device: 'seed' });
    if (s.archive) writeArchiveClaim(doc, { ...s.archive, device: 'seed' }, `${s.archive.group}-${String(s.archive.seq).padStart(3, '0')}`);
    docs.push({ docId: trainingDocId(sid), state: stateOf(doc) });
    if (onProgress && ((i + 1) % 2000 === 0 || i + 1 === sessions.length)) onProgress(values.length + i + 1, values.length + sessions.length);
  });

  return { workspace, docs, people: values.length, finishedAt: clock };
}
