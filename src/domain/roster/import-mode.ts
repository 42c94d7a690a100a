import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, type ColumnMapping, type RosterField } from './column-map';

/**
 * What one import brings in:
 * - `people`: one person per row (created, or matched by ID number), optionally with one certificate each —
 *   the people template and a firm's own 特种作业人员台账;
 * - `certificates`: one certificate per row for a person already on file, found by 工号 (or 身份证号).
 */
export const IMPORT_MODES = ['people', 'certificates'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** True when the mapping reads any certificate column (作业类别, 证书编号 …). */
export const mapsCertificate = (mapping: ColumnMapping) =>
  ROSTER_FIELDS.some((f) => ROSTER_FIELD_SPECS[f].group === 'cert' && mapping[f] !== undefined);

/**
 * The columns an import of `mode` cannot do without, given what else is mapped. A certificate needs its number,
 * issuer and first issue date, and — unless a 证书类别 column says it is another kind — 作业类别 and 准操项目.
 * (Certificates mode also needs 工号 or 身份证号: see the dry run's `noHolderColumn`.)
 */
export function requiredColumns(mode: ImportMode, mapping: ColumnMapping): RosterField[] {
  const out: RosterField[] = mode === 'people' ? ['name', 'idNumber'] : [];
  if (mode === 'certificates' || mapsCertificate(mapping)) {
    if (mapping.certKind === undefined) out.push('category', 'item');
    out.push('certNumber', 'authority', 'firstIssue');
  }
  return out;
}

/**
 * The mode a sheet most likely is: `certificates` when its name says so (证书导入, the certificates template) or
 * when it maps certificate columns and a 工号 but not both 姓名 and 身份证号 (nobody could be created from it).
 */
export function suggestMode(sheetName: string, mapping: ColumnMapping): ImportMode {
  if (/证书/.test(sheetName) && !/人员/.test(sheetName)) return 'certificates';
  const canCreate = mapping.name !== undefined && mapping.idNumber !== undefined;
  return !canCreate && mapping.workNo !== undefined && mapsCertificate(mapping) ? 'certificates' : 'people';
}
