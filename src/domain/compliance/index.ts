/** Compliance checks (PRODUCT C4): post qualifications as codes, 无证上岗, 危化品 ≥ N 持证安管人员. Pure functions. */
export { REQUIRABLE_KINDS, normalizeCertName, parseQualification, qualificationCode, type Qualification, type RequirableKind } from './qualification';
export { describeQualification, type LabelRef } from './describe-qualification';
export { suggestQualification } from './suggest-qualification';
export { certificateMeets } from './certificate-meets';
export { LAPSE_REASONS, standing, type LapseReason } from './standing';
export type { ComplianceCertificate, CompliancePerson, CompliancePost, ScheduleOf } from './inputs';
export { unlicensed, type UnlicensedFinding, type UnlicensedReason } from './unlicensed';
export { findingsByDepartment } from './findings-by-department';
export { HAZCHEM_MANAGERS_MIN_RULE, hazchemManagersMinRule, type ComplianceRule } from './hazchem-managers-rule';
export { hazchemManagers, type HazchemManagersCheck, type HazchemManagersResult, type ManagerHolder, type NotCountedReason } from './hazchem-managers';
export { NOT_COUNTED_REASON_KEYS, UNLICENSED_REASON_KEYS } from './compliance-labels';
export { certificateLedger, type LedgerRow } from './certificate-ledger';
export { LEDGER_BUCKETS, LEDGER_STATES, LedgerFilter, filterLedger } from './filter-ledger';
export { managersNoticeLine, qualificationNameZh, unlicensedNoticeLines, type ManagersNoticeLine, type UnlicensedNoticeLine } from './notice-lines';
