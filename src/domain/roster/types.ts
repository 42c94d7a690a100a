import type { Certificate } from '../certificates/certificate';
import type { DepartmentId, PostId } from '../ids';
import type { PersonInput } from '../person';
import type { RosterField } from './column-map';

/** Someone already on file, as the dry run needs them: to match rows by 工号 / 身份证号 and name the holder. */
export type KnownPerson = { id: string; workNo: string; idNumber: string; name: string };

/** What the dry run checks a roster against: the workspace as it is now. */
export type RosterContext = {
  /** Departments by their name as written in ledgers (生产一车间 → id). */
  departmentsByName: ReadonlyMap<string, DepartmentId>;
  /** Posts by name (电工 → id). */
  postsByName: ReadonlyMap<string, PostId>;
  /** People on file by 工号. */
  existingPeople: ReadonlyMap<string, KnownPerson>;
  /** 作业类别 name or code → catalog code, or undefined when unknown. */
  lookupCategory: (nameOrCode: string) => string | undefined;
  /** 准操项目 name or code within a category → the item as the certificate stores it, or undefined. */
  lookupItem: (nameOrCode: string, categoryCode: string) => string | undefined;
  /** Gives a 工号 to a row without one (the ledger has no 工号 column, or the cell is empty); absent → required. */
  assignWorkNo?: (idNumber: string) => string;
  /** Today (YYYY-MM-DD): issue and hire dates after it are refused. Absent → not checked. */
  today?: string;
};

/** Extras a ledger row carries beside its records. */
type RowExtras = {
  /** 1-based sheet row number. */
  row: number;
  /** The ledger's 应复审日期 (the schedule is derived again from the rules; kept to compare). */
  nextReview?: string;
  remark?: string;
};

/** A row of a `people` import that passed: the person, and the certificate the row carries if any. */
export type ParsedPersonRow = RowExtras & {
  kind: 'person';
  person: PersonInput;
  /** Sex as derived from the ID number. */
  sex: 'M' | 'F';
  certificate?: Certificate;
};

/** A row of a `certificates` import that passed: a certificate for a person on file. */
export type ParsedCertRow = RowExtras & { kind: 'certificate'; personId: string; certificate: Certificate };

/** One row ready to write. */
export type ParsedRow = ParsedPersonRow | ParsedCertRow;

/** One problem in one cell (or in the mapping: `field` names the missing field, `row` the header row). */
export type RowError = {
  /** 1-based sheet row number. */
  row: number;
  /** The column's header text in the file, or the field's label when the file has no such column. */
  column: string;
  field: RosterField | '';
  /** i18n key: import.e.* (ROSTER_MESSAGES_ZH) or a schema key (v.*). */
  key: string;
  params?: Record<string, string | number>;
};
