import { z } from 'zod';
import { AppError, isAppError } from '../domain/app-error';
import { CERT_KINDS } from '../domain/certificates/certificate';
import type { EffectiveRules } from '../domain/certificates/effective-rules';
import { certificateSchedule } from '../domain/certificates/schedule';
import { formatDate, formatDateTime } from '../domain/format-date';
import type { BlobId } from '../domain/ids';
import { maskIdNumber } from '../domain/mask';
import { isoDate, optional, requiredText, text } from '../domain/text';
import { certCardsPdf, defaultRequirement, dossierPdf, rectificationNoticePdf, type CertCardVm, type PdfBase, type PdfImage } from '../reports/pdf';
import { ZH } from '../reports/pdf/labels';
import { createBlobStore } from '../store/blob-store';
import { rulesInForce } from '../store/projection-context';
import type { SafeLedgerDb } from '../store/db';
import { getWorkspace } from '../store/workspace-meta';
import { dossierViewModel, type DossierPdfOptions } from './pdf-dossier-vm';
import { loadPdfFont } from './pdf-font';
import { downloadBytes } from './sync/download';
import { encodeBadge } from '../domain/person-badge';
import { badgePdf, destructionPdf, signinSheetPdf, trainingBatchPdf, trainingRecordPdf } from '../reports/pdf';
import { createTrainingPdfVm } from './training-pdf-vm';

/** Most records in one batch PDF (≈ a busy year of one firm; beyond that, export by department or quarter). */
const MAX_BATCH = 500;
const basis = optional(text(300));
/** One finding of a 整改通知书 (the compliance module's notice lines have this shape). */
export const NoticeFinding = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('unlicensed'), person: requiredText(30), workNo: optional(text(20)), department: optional(text(40)),
    post: optional(text(40)), missing: requiredText(200), basis,
  }),
  z.object({ kind: z.literal('hazchem-managers'), required: z.number().int().min(1).max(99), actual: z.number().int().min(0).max(99), basis }),
  z.object({ kind: z.literal('other'), subject: requiredText(60), detail: requiredText(1000), basis }),
]);
export type NoticeFinding = z.input<typeof NoticeFinding>;
const NoticeOptions = z.object({
  deadline: isoDate,
  requirement: optional(text(2000)),
  recipient: optional(text(100)),
  noticeNumber: optional(text(40)),
});
export type NoticeOptions = z.input<typeof NoticeOptions>;

const line = (max: number) => z.string().trim().min(1).max(max);
/** What a certificate card prints: the signed fields (as card-service's CardItem carries them) and the QR text. */
const CardItem = z.object({
  qrText: z.string().min(1).max(2000),
  categoryName: z.string().max(60).optional(),
  itemName: z.string().max(60).optional(),
  card: z.object({
    name: line(30), maskedId: line(18).optional(), number: line(40), kind: z.enum(CERT_KINDS), kindName: line(40).optional(),
    category: line(10).optional(), item: line(40).optional(), validFrom: isoDate, validTo: isoDate.optional(), enterprise: line(100),
  }),
});
export type CardItem = z.input<typeof CardItem>;

const MAX_CARDS = 2000;
const today = () => formatDate(Date.now());

/** Parses a boundary input; the first problem becomes an AppError with its message key and field. */
function parse<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join('.');
  if (/^[a-z]+(\.[\w-]+)+$/.test(issue.message)) throw new AppError(issue.message, field || undefined);
  throw new AppError('e.unexpected', field || undefined, { why: `${field}: ${issue.message}` });
}

export type PdfServiceOptions = {
  /** The certificate rules in force; default: the shipped pack with the workspace's overrides (catalog doc). */
  rules?: () => Promise<EffectiveRules>;
};

/**
 * PDF reports (DESIGN §3.5): 一人一档, 整改通知书 and certificate cards, built from the projections. The CJK font is
 * fetched on first use and kept in Cache Storage; jsPDF loads with the first PDF.
 */
export function createPdfService(db: SafeLedgerDb, options: PdfServiceOptions = {}) {
  const rules = () => options.rules?.() ?? rulesInForce(db).then((c) => c.rules);

  /** A stored picture, or undefined when it has not arrived from a peer yet (a missing logo must not block a PDF). */
  async function image(id: string | undefined): Promise<PdfImage | undefined> {
    const ws = id ? await getWorkspace(db) : null;
    if (!ws || !id) return undefined;
    try {
      return await createBlobStore(db, ws.key).get(id as BlobId);
    } catch (e) {
      if (isAppError(e) && e.reason === 'e.blob.missing') return undefined;
      throw e;
    }
  }
  /** Font, enterprise name and logo, and today's date. */
  async function base(): Promise<PdfBase> {
    const [font, org, ws] = await Promise.all([loadPdfFont(), db.org.get('org'), getWorkspace(db)]);
    return { font, enterprise: org?.name ?? ws?.name ?? '', logo: await image(org?.logoBlobId), generatedOn: today() };
  }
  const pdf = (bytes: Uint8Array) => new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const training = createTrainingPdfVm(db);

  async function certificateCards(items: readonly CardItem[]): Promise<Blob> {
    const parsed = parse(z.array(CardItem).min(1).max(MAX_CARDS), items);
    const cards = parsed.map((i): CertCardVm => ({
      holder: i.card.name, idNumber: i.card.maskedId ?? '', number: i.card.number,
      kind: i.card.kind === 'other' ? (i.card.kindName ?? ZH.certKindShort.other) : ZH.certKindShort[i.card.kind],
      category: i.categoryName ?? i.card.category, item: i.itemName ?? i.card.item,
      validFrom: i.card.validFrom, validUntil: i.card.validTo ?? null, qrText: i.qrText, enterprise: i.card.enterprise,
    }));
    return pdf(await certCardsPdf({ ...(await base()), cards }));
  }

  return {
    /** 一人一档 of one person (AppError 'person.notFound' if unknown; font errors: 'pdf.e.fontOffline' …). */
    async dossier(personId: string, o: DossierPdfOptions = {}): Promise<Blob> {
      const vm = await dossierViewModel(db, personId, await rules(), today(), o);
      const row = await db.people.get(personId);
      return pdf(await dossierPdf({ ...(await base()), ...vm, photo: await image(row?.photoBlobId) }));
    },

    /**
     * 整改通知书 for the selected findings (each a NoticeFinding, validated here). The deadline may not be before
     * today; without a requirement, one is written from the kinds of finding.
     */
    async rectificationNotice(findings: readonly unknown[], opts: NoticeOptions): Promise<Blob> {
      const list = parse(z.array(NoticeFinding).min(1, { error: 'v.required' }).max(500), findings);
      const o = parse(NoticeOptions, opts);
      const issuedOn = today();
      if (o.deadline < issuedOn) throw new AppError('pdf.e.deadlinePast', 'deadline');
      const depts = [...new Set(list.flatMap((f) => (f.kind === 'unlicensed' && f.department ? [f.department] : [])))];
      return pdf(await rectificationNoticePdf({
        ...(await base()),
        noticeNumber: o.noticeNumber ?? `ZG${formatDateTime(Date.now()).replace(/\D/g, '')}`,
        issuedOn,
        recipient: o.recipient ?? (depts.length ? depts.join('、') : '各相关部门'),
        findings: list,
        requirement: o.requirement ?? defaultRequirement(list),
        deadline: o.deadline,
      }));
    },

    /** Certificate cards, 8 per A4 page, each with its signed QR code (items from the card service's issue()). */
    certificateCards,

    /**
     * 人员胸卡 of the given people, 8 per A4 page, each with its badge QR (person-badge.ts) for sign-in by scanning.
     * AppError 'person.notFound' for an unknown id; 'badge.e.workNo' for a 工号 a badge cannot carry.
     */
    async badges(personIds: readonly string[]): Promise<Blob> {
      const ids = parse(z.array(z.string().min(1).max(64)).min(1, { error: 'v.required' }).max(MAX_CARDS), personIds);
      const [people, departments, posts] = await Promise.all([db.people.bulkGet(ids), db.departments.toArray(), db.posts.toArray()]);
      const badges = people.map((p) => {
        if (!p) throw new AppError('person.notFound');
        return {
          name: p.name, workNo: p.workNo, qrText: encodeBadge({ personId: p.id, workNo: p.workNo }),
          department: departments.find((d) => d.id === p.departmentId)?.name, post: posts.find((x) => x.id === p.postId)?.name,
        };
      });
      return pdf(await badgePdf({ ...(await base()), badges }));
    },

    /** 培训档案销毁确认单 of a destroy order (view model from retention-service.ts destructionPdfVm). */
    async destruction(vm: import('../reports/pdf/training-view-models').DestructionVm): Promise<Blob> {
      return pdf(await destructionPdf({ ...(await base()), ...vm }));
    },

    /** 安全生产培训记录 of one session: the 12 elements, attendees with signatures and scores, photos (T10). */
    async trainingRecord(id: string): Promise<Blob> {
      return pdf(await trainingRecordPdf({ ...(await base()), ...(await training.record(id)) }));
    },

    /** 签到表 of one session, printable before it (blank signature boxes) or after (the pad signatures). */
    async signinSheet(id: string): Promise<Blob> {
      return pdf(await signinSheetPdf({ ...(await base()), ...(await training.signinSheet(id)) }));
    },

    /** Every training record held in a period (optionally one department) in one PDF behind an index page. */
    async trainingBatch(from: string, to: string, departmentId?: string): Promise<Blob> {
      const period = parse(z.object({ from: isoDate, to: isoDate }), { from, to });
      if (period.to < period.from) throw new AppError('tpdf.e.period', 'to');
      const ids = await training.period(period.from, period.to, departmentId);
      if (!ids.length) throw new AppError('tpdf.e.empty');
      if (ids.length > MAX_BATCH) throw new AppError('tpdf.e.tooMany', undefined, { n: ids.length, max: MAX_BATCH });
      const records = [];
      for (const id of ids) records.push(await training.record(id));
      return pdf(await trainingBatchPdf({ ...(await base()), records, period }));
    },

    /**
     * For the bench (pdf_training_50_ms): the record of the session with the most attendees, padded to `n` attendees
     * with workspace people, each with a signature picture, timed after the font and pictures are loaded.
     */
    async timeTraining(n: number, signature?: PdfImage): Promise<{ ms: number; bytes: number }> {
      await loadPdfFont();
      const row = await db.trainings.orderBy('date').last();
      if (!row) throw new Error('timeTraining: no training record');
      const vm = await training.record(row.id);
      const people = await db.people.limit(n).toArray();
      vm.participants = people.map((p, i) => ({
        workNo: p.workNo, name: p.name, department: vm.department, mark: i % 17 ? 'present' : 'late', signedAt: '08:5' + (i % 10),
        theory: 60 + (i % 41), passed: 60 + (i % 41) >= vm.passMark, ...(signature ? { signature } : {}),
      }));
      const b = await base();
      const t0 = performance.now();
      const blob = pdf(await trainingRecordPdf({ ...b, ...vm }));
      return { ms: performance.now() - t0, bytes: blob.size };
    },

    /** Saves a generated PDF through the browser's download. */
    async download(blob: Blob, filename: string): Promise<void> {
      downloadBytes(new Uint8Array(await blob.arrayBuffer()), filename, 'application/pdf');
    },

    /** Fetches (or reads from the cache) the font now, so the first PDF is not slowed by it. */
    preloadFont: async (): Promise<void> => void (await loadPdfFont()),

    /**
     * For the bench: `n` cards of the workspace's first certificates, with unsigned QR texts of a real card's length
     * (~320 characters), timed after the font is loaded. Fails if there are fewer than `n` certificates.
     */
    async timeCards(n: number): Promise<{ ms: number; bytes: number }> {
      await loadPdfFont();
      const certs = await db.certificates.limit(n).toArray();
      if (certs.length < n) throw new Error(`timeCards: only ${certs.length} certificates`);
      const r = await rules();
      const items: CardItem[] = [];
      for (const c of certs) {
        const p = await db.people.get(c.personId);
        const card = {
          name: p?.name ?? '—', maskedId: p ? maskIdNumber(p.idNumber) : undefined, number: c.number, kind: c.kind,
          kindName: c.kindName, category: c.category, item: c.item, validFrom: c.validFrom ?? c.firstIssueDate,
          validTo: certificateSchedule(c, today(), r).expiry ?? undefined, enterprise: 'SafeLedger bench',
        };
        items.push({ card, qrText: `BENCH.${JSON.stringify(Object.values(card))}.${'s'.repeat(86)}`.padEnd(320, '.') });
      }
      const t0 = performance.now();
      const blob = await certificateCards(items);
      return { ms: performance.now() - t0, bytes: blob.size };
    },
  };
}
export type PdfService = ReturnType<typeof createPdfService>;
