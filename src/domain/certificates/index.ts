/** Certificates (特种作业操作证, 危化品主要负责人/安管人员合格证 …): rules as versioned data, records, schedules. */
export { RULE_STATUSES, RULE_UNITS, Rule, RuleOverride, RulePack, type RuleOrigin, type RuleRef, type RuleStatus, type RuleUnit } from './rule-pack';
export { loadRulePack } from './load-rule-pack';
export { effectiveRules, type EffectiveRule, type EffectiveRules } from './effective-rules';
export { CATALOG, SpecialOperationsCatalog, findCatalogItem, type CatalogMatch } from './catalog';
export { CERT_KINDS, CERT_V, CertificateInput, type CertKind, type Certificate, type CertificateFormValues } from './certificate';
export { certificateWarnings, type CertWarning } from './certificate-warnings';
export { addDays, addMonths, addYears, daysBetween } from './date-math';
export { CERT_STATES, certificateSchedule, type CertSchedule, type CertState } from './schedule';
export { hazchemColour, type HazchemColour } from './hazchem-colour';
export { practicalReexamRequired } from './off-post';
export { REMINDER_DAYS, reminderBucket, type ReminderBucket } from './reminder-bucket';
export { CERT_REEXAM_LABEL_KEY, CERT_STATE_LABEL_KEYS, HAZCHEM_COLOUR_LABEL_KEYS, REMINDER_BUCKET_LABEL_KEYS } from './cert-state-labels';
