import type { Certificate } from '../certificates/certificate';
import type { DepartmentId, PostId } from '../ids';
import type { PersonInput } from '../person';
import type { RosterField } from './column-map';

/** What the dry run checks a roster against: the workspace as it is now. */
export type RosterContext = {
  /** Departments by their name as written in ledgers (生产一车间 → id). */
  departmentsByName: ReadonlyMap<string, DepartmentId>;
  /** Posts by name (电工 → id). */
  postsByName: ReadonlyMap<string, PostId>;
  /** 工号 already in use → the ID number of the person holding it (the same person again is no clash). */
  existingWorkNos: ReadonlyMap<string, string>;
  /** 作业类别 name or code → catalog code, or undefined when unknown. */
  lookupCategory: (nameOrCode: string) => string | undefined;
  /** 准操项目 name or code within a category → the item as the certificate stores it, or undefined. */
  lookupItem: (nameOrCode: string, categoryCode: string) => string | undefined;
  /** Gives a 工号 to a row without one (the ledger has no 工号 column, or the cell is empty); absent → required. */
  assignWorkNo?: (idNumber: string) => string;
};

/** One row that passed: the person, the certificate it carries, and the ledger's own extras. */
export type ParsedRow = {
  /** 1-based sheet row number. */
  row: number;
  person: PersonInput;
  /** Sex as derived from the ID number. */
  sex: 'M' | 'F';
  certificate: Certificate;
  /** The ledger's 应复审日期 (the schedule is derived again from the rules; kept to compare). */
  nextReview?: string;
  remark?: string;
};

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
