import { CATALOG, findCatalogItem } from '../domain/certificates/catalog';
import { newId, type DepartmentId, type PostId } from '../domain/ids';
import type { Department, Post } from '../domain/org';
import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, suggestMapping, type ColumnMapping, type RosterField } from '../domain/roster/column-map';
import { selectDataRows } from '../domain/roster/data-rows';
import { detectHeader } from '../domain/roster/detect-header';
import { dryRun, type DryRunResult } from '../domain/roster/dry-run';
import { suggestMode, type ImportMode } from '../domain/roster/import-mode';
import { normalizeCell } from '../domain/roster/normalize-cell';
import type { KnownPerson, RosterContext } from '../domain/roster/types';
import { readSheet, type SheetText } from '../reports/xlsx/read-sheet';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { writeRoster, type NewOrgEntries, type RosterWriteResult } from '../store/import-roster';
import { AppError } from '../domain/app-error';
import { attempt, type SaveResult } from './form-result';

export type { ColumnMapping, ImportMode, RosterField, RosterWriteResult };
/** A target field of the mapping table: its key and Chinese name. */
export type ImportField = { field: RosterField; label: string };
/**
 * The file as read: its sheets and the one in use (index), that sheet's rows, the detected header row (0-based,
 * -1 when none), a proposed mapping and the proposed mode (people, or certificates for people on file).
 */
export type ImportRead = {
  sheets: string[]; sheet: number; headerIndex: number; headerCells: string[]; mapping: ColumnMapping; mode: ImportMode; rows: string[][];
};
/** How 预检 reads the file: which rows are data, which column fills which field, and what is imported. */
export type ImportOptions = { createMissing?: boolean; mode?: ImportMode };
/** One problem of the dry run, for the error table (`key`/`params` go through t()). */
export type ImportError = { row: number; column: string; key: string; params?: Record<string, string | number> };
/** What 预检 found: data rows, rows with errors, every error, rows left out (blank lines, notes). */
export type ImportCheck = {
  total: number; errorRows: number; validCount: number; errors: ImportError[]; ignoredRows: number[];
  /** Departments and posts that will be created (createMissing). */
  newDepartments: string[]; newPosts: string[];
};

/** Fields the mapping table offers (序号 is recognised but not imported). */
export const IMPORT_FIELDS: ImportField[] = ROSTER_FIELDS.filter((f) => f !== 'seq').map((field) => ({ field, label: ROSTER_FIELD_SPECS[field].label }));

const lookupCategory = (s: string) => CATALOG.categories.find((c) => c.name === s || c.code === s)?.code;
function lookupItem(s: string, code: string): string | undefined {
  const hit = CATALOG.categories.find((c) => c.code === code)?.items?.find((i) => i.name === s || i.code === s);
  const value = hit ? hit.code ?? hit.name : s;
  return findCatalogItem(code, value) ? value : undefined;
}

/** The first two-letter code (AA, AB … ZZ) not in `taken`; department codes must be unique. */
function freeCode(taken: Set<string>): string {
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
    if (!taken.has(code)) return taken.add(code), code;
  }
  throw new Error('no free department code');
}

/**
 * 工号 for ledgers without a 工号 column: someone already on file keeps theirs; anyone else gets `R` + a
 * zero-padded running number above the highest `R` number in use (R00001, R00002 …), in sheet order. The
 * scheme is deterministic (the same file gives the same numbers) and never collides with an existing 工号.
 */
function workNoAssigner(existing: ReadonlyMap<string, string>): (idNumber: string) => string {
  const byId = new Map([...existing].map(([workNo, id]) => [id, workNo]));
  let next = Math.max(0, ...[...existing.keys()].map((w) => (/^R\d+$/.test(w) ? Number(w.slice(1)) : 0))) + 1;
  return (id) => {
    let w = byId.get(id);
    if (!w) byId.set(id, (w = `R${String(next++).padStart(5, '0')}`));
    return w;
  };
}

/** The distinct cleaned names in one mapped column of the data rows. */
function columnNames(rows: string[][], headerIndex: number, col: number | undefined): string[] {
  if (col === undefined) return [];
  const out = new Set<string>();
  for (const r of rows.slice(headerIndex + 1)) {
    const c = normalizeCell('text', r[col] ?? '');
    if (c.ok && c.value) out.add(c.value);
  }
  return [...out];
}

/** Today as YYYY-MM-DD in the device's time zone (issue and hire dates after it are refused). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A sheet as the import first sees it: its header row (detected), proposed mapping and mode. */
function readAs(sheets: SheetText[], sheet: number): ImportRead {
  const s = sheets[sheet] ?? { name: '', rows: [] };
  const h = detectHeader(s.rows);
  const headerCells = h?.columns ?? [];
  const mapping = suggestMapping(headerCells);
  return {
    sheets: sheets.map((x) => x.name), sheet, headerIndex: h?.index ?? -1, headerCells, mapping, mode: suggestMode(s.name, mapping), rows: s.rows,
  };
}

/**
 * One roster import (X1): read the file, map its columns, dry-run, then write everything or nothing.
 * The session keeps the file and the last dry run; write() writes exactly what the last clean dry run accepted.
 */
export function createImportService(db: SafeLedgerDb, docs: DocStore) {
  let book: SheetText[] = [];
  let file: ImportRead | null = null;
  let checked: { result: DryRunResult; org: NewOrgEntries } | null = null;

  /** The workspace as the dry run sees it, plus (createMissing) the departments and posts still to create. */
  async function context(mapping: ColumnMapping, headerIndex: number, createMissing: boolean) {
    const [departments, posts, people] = await Promise.all([db.departments.toArray(), db.posts.toArray(), db.people.toArray()]);
    const departmentsByName = new Map<string, DepartmentId>(departments.map((d) => [d.name, d.id]));
    const postsByName = new Map<string, PostId>(posts.map((p) => [p.name, p.id]));
    const org: NewOrgEntries = { departments: [], posts: [] };
    if (createMissing && file) {
      const codes = new Set(departments.map((d) => d.code));
      for (const name of columnNames(file.rows, headerIndex, mapping.department)) {
        if (departmentsByName.has(name)) continue;
        const d: Department = { id: newId<DepartmentId>(), name, code: freeCode(codes) };
        org.departments.push(d);
        departmentsByName.set(name, d.id);
      }
      for (const name of columnNames(file.rows, headerIndex, mapping.post)) {
        if (postsByName.has(name)) continue;
        const p: Post = { id: newId<PostId>(), name, qualifications: [] };
        org.posts.push(p);
        postsByName.set(name, p.id);
      }
    }
    const existingPeople = new Map<string, KnownPerson>(people.map((p) => [p.workNo, { id: p.id, workNo: p.workNo, idNumber: p.idNumber, name: p.name }]));
    const ctx: RosterContext = {
      departmentsByName, postsByName, existingPeople, lookupCategory, lookupItem, today: today(),
      assignWorkNo: workNoAssigner(new Map(people.map((p) => [p.workNo, p.idNumber]))),
    };
    return { ctx, org };
  }

  const service = {
    fields: IMPORT_FIELDS,
    /** Reads an Excel file: the first sheet with a recognisable header row (else the first sheet). */
    async read(blob: Blob): Promise<ImportRead> {
      book = (await readSheet(new Uint8Array(await blob.arrayBuffer()))).sheets;
      const first = book.findIndex((s) => detectHeader(s.rows));
      return service.useSheet(Math.max(0, first));
    },
    /** Switches to another sheet of the file read last (its header is detected and mapped afresh). */
    useSheet(sheet: number): ImportRead {
      file = readAs(book, sheet);
      checked = null;
      return file;
    },
    /** 预检: checks every row without writing; with `createMissing`, unknown departments/posts are to be created. */
    async dryRun(mapping: ColumnMapping, headerIndex: number, opts: ImportOptions = {}): Promise<ImportCheck> {
      if (!file) throw new Error('no file read');
      if (headerIndex < 0 || headerIndex >= file.rows.length) {
        checked = null;
        return { total: 0, errorRows: 1, validCount: 0, ignoredRows: [], errors: [{ row: 1, column: '', key: 'import.e.noHeader' }], newDepartments: [], newPosts: [] };
      }
      const mode = opts.mode ?? 'people';
      const { ctx, org } = await context(mapping, headerIndex, mode === 'people' && (opts.createMissing ?? false));
      const result = dryRun(file.rows, headerIndex, mapping, ctx, mode);
      checked = { result, org };
      const errorRows = new Set(result.errors.map((e) => e.row)).size;
      return {
        total: selectDataRows(file.rows, headerIndex).rows.length, errorRows, validCount: result.valid.length, ignoredRows: result.ignoredRows,
        errors: result.errors.map(({ row, column, key, params }) => (params ? { row, column, key, params } : { row, column, key })),
        newDepartments: org.departments.map((d) => d.name), newPosts: org.posts.map((p) => p.name),
      };
    },
    /** 导入: writes the last dry run's rows (and new departments/posts), all or nothing; refused after a failed dry run. */
    write(): Promise<SaveResult<RosterWriteResult>> {
      return attempt(async () => {
        if (!checked || checked.result.errors.length > 0) throw new AppError('import.e.notChecked');
        const { result, org } = checked;
        // Only departments/posts some valid row names are created.
        const used = new Set(result.valid.flatMap((r) => (r.kind === 'person' ? [r.person.departmentId, r.person.postId] : [])));
        const out = await writeRoster(db, docs, result.valid, {
          departments: org.departments.filter((d) => used.has(d.id)), posts: org.posts.filter((p) => used.has(p.id)),
        });
        checked = null;
        return out;
      });
    },
    /**
     * The whole import in one call, as the page does it with the proposals accepted: read → detected header and
     * mapping → 预检 (missing departments and posts created) → write if clean. For the bench and diagnostics.
     */
    async importBytes(bytes: Uint8Array, opts: ImportOptions = { createMissing: true }) {
      const t0 = performance.now();
      const f = await service.read(new Blob([bytes as BlobPart]));
      const check = await service.dryRun(f.mapping, f.headerIndex, { mode: f.mode, ...opts });
      const written = check.errors.length === 0 ? await service.write() : null;
      if (written && !written.ok) throw new Error(JSON.stringify(written.errors));
      return { ms: Math.round(performance.now() - t0), written: written?.ok ? written.value.certificates : 0, errors: check.errors.length };
    },
  };
  return service;
}
export type ImportService = ReturnType<typeof createImportService>;
