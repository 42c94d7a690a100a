import { CertificateInput, type CertificateFormValues } from '../certificates/certificate';
import type { ComplianceCertificate, CompliancePerson } from './inputs';

/** Test fixtures shared by the compliance tests. */
export const person = (id: string, v: Partial<CompliancePerson> = {}): CompliancePerson => ({
  id, name: `人员${id}`, workNo: `W${id}`, status: 'active', departmentId: 'd1', postId: 'p1', ...v,
});

/** A valid special-operations card 1.2 低压电工作业 issued on `firstIssueDate` unless overridden. */
export const cert = (id: string, personId: string, v: Partial<CertificateFormValues> = {}): ComplianceCertificate => ({
  ...CertificateInput.parse({
    kind: 'special-operations', number: `T-${id}`, category: '1', item: '1.2', authority: '某市应急管理局', firstIssueDate: '2023-03-15', ...v,
  }),
  id,
  personId,
});
