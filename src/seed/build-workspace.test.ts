import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sha256Hex } from '../crypto/sha256';
import { checkIdNumber } from '../domain/id-number';
import { DepartmentInput, OrgProfileInput, PostInput } from '../domain/org';
import { PERSON_FIELDS, PersonInput } from '../domain/person';
import { checkUscc } from '../domain/uscc';
import { parseDocId } from '../docs/doc-id';
import { readOrg } from '../docs/org-doc';
import { readPerson } from '../docs/person-doc';
import { projectDoc } from '../docs/project-doc';
import { projectionRules } from '../domain/certificates/projection-rules';
import { certificateSchedule } from '../domain/certificates/schedule';
import { parseQualification } from '../domain/compliance/qualification';
import type { PersonRow } from '../docs/rows';
import { decodeBackup } from '../store/backup/decode-backup';
import { restoreBackup } from '../store/backup/restore-backup';
import { testWorkspace } from '../store/test-db.testing';
import { getWorkspace } from '../store/workspace-meta';
import { buildWorkspace, type SeedWorkspace } from './build-workspace';
import { SessionInput } from '../domain/training/session';
import { readArchive, readParticipants, readSession, readWorkflow } from '../docs/training-doc';
import { workflowState } from '../domain/training/workflow';

/** Each size is built once per file (R takes ~10 s). */
const cache = new Map<'S' | 'R', SeedWorkspace>();
const built = (size: 'S' | 'R') => cache.get(size) ?? (cache.set(size, buildWorkspace(size)), cache.get(size)!);
import { createPrng } from './prng';
import { seedBackup } from './seed-backup';

const join = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
};
const load = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};
/** Age in whole years on a date (both YYYY-MM-DD). */
const ageOn = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (birth.slice(5) > on.slice(5) ? 1 : 0);

describe('prng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createPrng('x');
    const b = createPrng('x');
    const c = createPrng('y');
    const seq = (r: ReturnType<typeof createPrng>) => Array.from({ length: 8 }, () => r.u32());
    const sa = seq(a);
    expect(seq(b)).toEqual(sa);
    expect(seq(c)).not.toEqual(sa);
    const r = createPrng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('seed workspace S', () => {
  it('is the same bytes on every build', async () => {
    const a = join((await seedBackup('S')).parts);
    const b = join((await seedBackup('S')).parts);
    expect(await sha256Hex(a)).toBe(await sha256Hex(b));
  });

  it('decodes as a backup and projects to 200 people with unique 工号, 8 departments, 20 posts', async () => {
    const { parts, header } = await seedBackup('S');
    const decoded = await decodeBackup(join(parts));
    expect(header.counts).toEqual({ docs: 341, blobs: 0, chunks: 0, people: 200 });
    expect(decoded.key.length).toBe(32);
    const rows = decoded.docs.map((d) => projectDoc(d.docId, d.doc, projectionRules([])));
    const people = rows.flatMap((r) => r.people ?? []);
    expect(people).toHaveLength(200);
    expect(new Set(people.map((p) => p.workNo)).size).toBe(200);
    expect(people.filter((p) => p.status === 'active')).toHaveLength(180);
    expect(rows.flatMap((r) => r.departments ?? [])).toHaveLength(8);
    expect(rows.flatMap((r) => r.posts ?? [])).toHaveLength(20);
    const org = rows.flatMap((r) => r.org ?? [])[0]!;
    expect(org).toMatchObject({ name: '苏州示例精细化工有限公司', industry: 'hazchem', highRisk: true });
    expect(checkUscc(org.uscc!)).toMatchObject({ ok: true, orgCodeWarning: false });
    decoded.docs.forEach((d) => d.doc.destroy());
  });

  it('restores into an empty database like any backup', async () => {
    const w = testWorkspace();
    await restoreBackup(w.db, await decodeBackup(join((await seedBackup('S')).parts)));
    expect(await w.db.people.count()).toBe(200);
    expect(await w.db.departments.count()).toBe(8);
    expect(await w.db.posts.count()).toBe(20);
    expect(await getWorkspace(w.db)).toMatchObject({ name: '苏州示例精细化工有限公司' });
    w.close();
  });

  it('holds only data that passes the app’s own validation and is internally consistent', () => {
    const w = built('S');
    expect(w.docs.every((d) => parseDocId(d.docId) !== null)).toBe(true);
    const org = readOrg(load(w.docs[0]!.state));
    expect(() => OrgProfileInput.parse(org.profile)).not.toThrow();
    for (const d of org.departments) expect(DepartmentInput.parse(d)).toEqual({ name: d.name, code: d.code });
    for (const p of org.posts) expect(() => PostInput.parse(p)).not.toThrow();
    expect(new Set(org.departments.map((d) => d.code)).size).toBe(8);
    const deptOfPost = new Map(org.posts.map((p) => [p.id as string, p.departmentId as string]));
    const deptIds = new Set(org.departments.map((d) => d.id as string));

    const ids = new Set<string>();
    for (const d of w.docs.filter((x) => x.docId.startsWith('person/'))) {
      const p = readPerson(load(d.state))!;
      const fields = Object.fromEntries(PERSON_FIELDS.map((f) => [f, p[f]]));
      expect(PersonInput.parse(fields)).toEqual(fields); // valid, and already in normalised form
      const id = checkIdNumber(p.idNumber, '2026-01-01');
      expect(id).toMatchObject({ ok: true, sex: p.sex, birthDate: p.birthDate });
      ids.add(p.idNumber);
      const age = ageOn(p.birthDate, '2026-01-01');
      expect(age >= 18 && age <= 60, `${p.birthDate} → ${age}`).toBe(true);
      expect(p.hireDate! >= '2000-01-01' && p.hireDate! <= '2025-12-31').toBe(true);
      expect(ageOn(p.birthDate, p.hireDate!)).toBeGreaterThanOrEqual(18);
      expect(deptIds.has(p.departmentId!)).toBe(true);
      if (p.postId) expect(deptOfPost.get(p.postId)).toBe(p.departmentId);
      if (p.phone) expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
      if (p.status === 'active') expect(p.statusDate ?? p.statusReason).toBeUndefined();
      else {
        expect(p.statusReason).toMatch(/\S/);
        expect(p.statusDate! >= p.hireDate! && p.statusDate! <= '2026-01-05').toBe(true);
      }
      expect(p.workNo).toMatch(/^SL\d{4}$/);
    }
    expect(ids.size).toBe(200);
  });
});

describe('seed workspace R', () => {
  it('posts require qualifications as codes the compliance check understands (none left as free text)', () => {
    for (const size of ['S', 'R'] as const) {
      const org = readOrg(load(built(size).docs[0]!.state));
      const codes = org.posts.flatMap((p) => p.qualifications ?? []);
      expect(codes.length).toBeGreaterThan(5);
      expect(codes.filter((c) => parseQualification(c).type === 'legacy')).toEqual([]);
    }
  });

  it('has the reference counts (DESIGN §2)', { timeout: 120_000 }, () => {
    const w = built('R');
    expect(w.people).toBe(2000);
    expect(w.docs.filter((d) => d.docId.startsWith('person/'))).toHaveLength(2000);
    expect(w.docs).toHaveLength(22001);
    const org = readOrg(load(w.docs[0]!.state));
    expect(org.profile).toMatchObject({ name: '江苏参照机械制造集团有限公司', industry: 'manufacturing' });
    expect(org.departments).toHaveLength(40);
    expect(new Set(org.departments.map((d) => d.code)).size).toBe(40);
    expect(org.posts).toHaveLength(150);
    const people = w.docs.slice(1, 2001).map((d) => projectDoc(d.docId, load(d.state), projectionRules([])).people![0]!) as PersonRow[];
    expect(people.filter((p) => p.status === 'active')).toHaveLength(1800);
    expect(new Set(people.map((p) => p.workNo)).size).toBe(2000);
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(2000);
    expect(new Set(people.map((p) => p.departmentId)).size).toBe(40);
    // 6,000 certificates in every state a ledger shows (on a fixed day, so the test does not age).
    const ctx = projectionRules([]);
    const certs = w.docs.slice(1, 2001).flatMap((d) => projectDoc(d.docId, load(d.state), ctx).certificates!);
    expect(certs).toHaveLength(6000);
    const states = new Map<string, number>();
    for (const c of certs) {
      const s = certificateSchedule(c, '2026-06-01', ctx.rules).state;
      states.set(s, (states.get(s) ?? 0) + 1);
    }
    expect([...states.keys()].sort()).toEqual(['cancelled', 'expired', 'review-due', 'review-overdue', 'valid']);
    expect(states.get('valid')!).toBeGreaterThan(certs.length / 2);
    expect(certs.filter((c) => c.due && c.due < '2026-06-01').length).toBe(states.get('expired')! + states.get('review-overdue')!);
  });
});

describe('seeded training', () => {
  it('R has 20,000 valid sessions with ~200,000 attendance rows, unique archive numbers and open records in every state', () => {
    const w = built('R');
    const ctx = projectionRules([]);
    const docs = w.docs.filter((d) => d.docId.startsWith('training/'));
    expect(docs).toHaveLength(20000);
    const numbers = new Set<string>();
    const states = new Map<string, number>();
    let attendances = 0;
    docs.forEach((d, i) => {
      const doc = load(d.state);
      attendances += readParticipants(doc).length;
      const state = workflowState(readWorkflow(doc)).state;
      states.set(state, (states.get(state) ?? 0) + 1);
      const number = readArchive(doc).number;
      if (number) numbers.add(number);
      if (i % 200 === 0) {
        const { id: _i, createdAt: _c, updatedAt: _u, ...values } = readSession(doc)!;
        expect(SessionInput.parse(values)).toEqual(values);
        expect(projectDoc(d.docId, doc, ctx).trainings![0]!.missing).toEqual([]);
      }
    });
    expect(attendances).toBeGreaterThan(180_000);
    expect(attendances).toBeLessThan(220_000);
    expect(numbers.size).toBe(states.get('archived'));
    expect([...states.keys()].sort()).toEqual(['archived', 'draft', 'returned', 'reviewed', 'submitted']);
  }, 120_000);
});
