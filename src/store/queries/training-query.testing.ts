import { CertificateInput, type CertificateFormValues } from '../../domain/certificates/certificate';
import type { PersonId } from '../../domain/ids';
import { DepartmentInput, OrgProfileInput, PostInput } from '../../domain/org';
import { ScoreInput, SessionInput, type SessionFormValues } from '../../domain/training/session';
import { saveCertificate } from '../certificate-writes';
import { orgWrites } from '../org-writes';
import { createPeople, savePerson } from '../people-writes';
import { personInput, testWorkspace } from '../test-db.testing';
import { appendWorkflow } from '../../docs/training-doc';
import { trainingDocId } from '../../docs/doc-id';
import { addParticipants, attachFile, createSession, markAttendance, scoreParticipant, signIn } from '../training-writes';

/**
 * A test workspace with helpers to write what the training queries read — through the real writes, so the rows
 * are the projections the app reads (test helper).
 */
export function trainingWorkspace() {
  const w = testWorkspace();
  const org = orgWrites(w.db, w.docs);
  let n = 0;
  const inputs = new Map<string, ReturnType<typeof personInput>>();
  return {
    ...w,
    profile: (industry: string, highRisk = false) => org.saveProfile(OrgProfileInput.parse({ name: '测试化工', industry, highRisk })),
    department: (name: string, code: string) => org.saveDepartment(null, DepartmentInput.parse({ name, code })),
    post: (name: string, qualifications: string[] = []) => org.savePost(null, PostInput.parse({ name, qualifications })),
    person: async (over: Record<string, unknown> = {}) => {
      const input = personInput(++n, over);
      const id = (await createPeople(w.db, w.docs, [input]))[0]! as string;
      inputs.set(id, input);
      return id;
    },
    /** The person leaves the company on `date`. */
    leave: (id: string, date: string) =>
      savePerson(w.db, w.docs, id as PersonId, { ...inputs.get(id)!, status: 'left', statusDate: date }, ['status', 'statusDate']),
    cert: (personId: string, v: Partial<CertificateFormValues>) =>
      saveCertificate(w.docs, personId as PersonId, null, CertificateInput.parse({ number: `C${++n}`, authority: '某省应急管理厅', ...v })),
    /**
     * A session attended by `present` (absent: `absent`); `failed` attended and failed the written test.
     * Returns the session id.
     */
    session: async (v: Partial<SessionFormValues>, who: { present?: string[]; absent?: string[]; failed?: string[] }) => {
      const id = await createSession(w.db, w.docs, SessionInput.parse({ name: '测试培训', type: 'refresher', date: '2025-03-01', method: 'written', ...v }));
      const all = [...(who.present ?? []), ...(who.absent ?? []), ...(who.failed ?? [])];
      if (all.length) await addParticipants(w.db, w.docs, id, all);
      for (const p of [...(who.present ?? []), ...(who.failed ?? [])]) await markAttendance(w.docs, id, p, 'present');
      for (const p of who.absent ?? []) await markAttendance(w.docs, id, p, 'absent');
      for (const p of who.present ?? []) await scoreParticipant(w.docs, id, p, ScoreInput.parse({ theory: 90 }));
      for (const p of who.failed ?? []) await scoreParticipant(w.docs, id, p, ScoreInput.parse({ theory: 40, retrainDate: '2025-12-01' }));
      return id;
    },
    /** Every attendee signs on the pad, and `photos` photos plus the given documents are attached. */
    evidence: async (id: string, signers: string[], photos: number, documents: ('score-sheet' | 'education-card')[] = []) => {
      for (const p of signers) await signIn(w.docs, id, p, { blobId: `sig-${p}`, method: 'pad' });
      for (let i = 0; i < photos; i++) await attachFile(w.docs, id, { blobId: `photo-${i}`, kind: 'photo', name: `p${i}.jpg`, mime: 'image/jpeg' });
      for (const k of documents) await attachFile(w.docs, id, { blobId: `doc-${k}`, kind: k, name: `${k}.pdf`, mime: 'application/pdf' });
    },
    /** Records a submission at `at` (ms) straight in the doc, as a device's workflow step would. */
    submitAt: (id: string, at: number) =>
      w.docs.change(trainingDocId(id), (doc) => appendWorkflow(doc, { action: 'submit', at, by: '测试', device: 'test' })),
  };
}
