/** Training hours (PRODUCT T9): the hours rules per role and industry, a person's ledger, who is short. Pure functions. */
export { ATTENDANCE_KINDS, AttendanceRow, type AttendanceKind, type RequirementKind } from './attendance';
export {
  TRAINING_ROLES, hoursRequirement, type HoursRequirement, type HoursRequirementItem, type TrainingOrg, type TrainingProfile,
  type TrainingRole, type TrainingTrack,
} from './hours-requirement';
export { hoursLedger, type HoursLedger, type HoursLine } from './hours-ledger';
export { shortfallList, type ShortfallEntry } from './shortfall-list';
export { worstStatus } from './worst-status';
