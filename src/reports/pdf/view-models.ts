import type { CertKind } from '../../domain/certificates/certificate';
import type { HazchemColour } from '../../domain/certificates/hazchem-colour';
import type { CertState } from '../../domain/certificates/schedule';
import type { EDUCATIONS, PersonStatus } from '../../domain/person';

/**
 * View-models of the PDF reports: plain data, already resolved and masked by the app layer (names instead of ids,
 * ID numbers as they may be shown). Dates are YYYY-MM-DD. The PDF labels themselves are Chinese (see labels.ts).
 */

/** A picture to place in a PDF (JPEG or PNG bytes, as stored by the blob store). */
export type PdfImage = { bytes: Uint8Array; mime: string };

/** What every report needs: the CJK font (TrueType bytes), the enterprise and the date it is printed on. */
export type PdfBase = {
  /** TrueType (glyf) font bytes; the app loads and caches them, reports never fetch. */
  font: Uint8Array;
  enterprise: string;
  logo?: PdfImage | undefined;
  /** Date printed in the footer (生成日期). */
  generatedOn: string;
};

/** One line of the employment history (任职/岗位变动). */
export type DossierEmployment = { date: string; status: PersonStatus; department?: string; post?: string; reason?: string };

/** One certificate as the dossier prints it: the record plus its schedule today. */
export type DossierCertificate = {
  kind: CertKind;
  /** Name of an 'other' kind (特种设备作业人员证 …). */
  kindName?: string;
  number: string;
  /** Catalog names (作业类别 / 准操项目), not codes. */
  category?: string;
  item?: string;
  authority: string;
  firstIssueDate: string;
  validFrom?: string;
  expiry: string | null;
  state: CertState;
  nextDue: string | null;
  nextEvent: 'review' | 'renewal' | null;
  colour?: HazchemColour;
  practicalReexamRequired?: boolean;
  reviews: { date: string; result: 'passed' | 'failed'; note?: string }[];
};

/** One line of 作业经历 (work history): employer or workplace, the work done there; `to` absent = until now. */
export type DossierWork = { from: string; to?: string; employer: string; work: string; years?: number; note?: string };

/** 一人一档: everything about one person (P4). */
export type DossierVm = PdfBase & {
  person: {
    name: string;
    workNo: string;
    /** Full or masked (脱敏), as the app decided for the reader's role. */
    idNumber: string;
    sex: 'M' | 'F';
    birthDate: string;
    phone?: string;
    department?: string;
    post?: string;
    status: PersonStatus;
    statusDate?: string;
    statusReason?: string;
    hireDate?: string;
    education?: (typeof EDUCATIONS)[number];
  };
  photo?: PdfImage | undefined;
  history: DossierEmployment[];
  certificates: DossierCertificate[];
  workHistory?: DossierWork[];
  notes?: string[];
};

/** One problem a 整改通知书 names. */
export type NoticeFindingVm =
  | { kind: 'unlicensed'; person: string; workNo?: string; department?: string; post?: string; missing: string; basis?: string }
  | { kind: 'hazchem-managers'; required: number; actual: number; basis?: string }
  | { kind: 'other'; subject: string; detail: string; basis?: string };

/** 整改通知书 (C4). */
export type RectificationNoticeVm = PdfBase & {
  noticeNumber: string;
  issuedOn: string;
  /** Who receives it (受文部门), e.g. 生产部、仓储部. */
  recipient: string;
  findings: NoticeFindingVm[];
  requirement: string;
  deadline: string;
};

/** One certificate card (C5). */
export type CertCardVm = {
  holder: string;
  /** Masked ID number (1101**********002X). */
  idNumber: string;
  /** Certificate kind as printed (特种作业操作证 …). */
  kind: string;
  number: string;
  category?: string;
  item?: string;
  validFrom: string;
  validUntil: string | null;
  /** The signed payload to draw as a QR code. */
  qrText: string;
  /** The enterprise the card was signed for (the batch's enterprise when absent). */
  enterprise?: string;
};

/** A batch of certificate cards, 8 per A4 page. */
export type CertCardsVm = PdfBase & { cards: CertCardVm[] };
