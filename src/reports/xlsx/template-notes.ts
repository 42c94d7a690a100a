import { CATALOG } from '../../domain/certificates/catalog';
import { ROSTER_FIELD_SPECS } from '../../domain/roster/column-map';
import { CERT_KIND_LABELS, EDUCATION_LABELS, STATUS_LABELS } from '../../domain/roster/value-labels';
import type { TemplateColumn } from './template-columns';
import type { SheetSpec } from './write-workbook';

const first = (table: Record<string, readonly string[]>) => Object.values(table).map((labels) => labels[0]!).join('、');

/** The allowed values of the coded columns, as the 说明 sheet lists them. */
export const ALLOWED = {
  status: first(STATUS_LABELS),
  education: first(EDUCATION_LABELS),
  certKind: first(CERT_KIND_LABELS),
};

/** The special-operations catalog as rows: 类别代码, 作业类别, 项目代码, 准操项目 (code-less items: write the name). */
function catalogRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of CATALOG.categories) {
    const items = c.items ?? [];
    if (items.length === 0) rows.push([c.code, c.name, '—', '（无固定项目，填写实际操作项目名称）']);
    for (const i of items) rows.push([c.code, c.name, i.code ?? '（无代码，填名称）', i.name]);
  }
  return rows;
}

/**
 * The 说明 sheet of a template: one row per column (是否必填, 填写格式, 说明), general rules, then the allowed
 * values and the special-operations catalog (特种作业目录) with its codes, from the domain's own tables.
 */
export function templateNotes(columns: readonly TemplateColumn[], rules: readonly string[], withCatalog: boolean): SheetSpec {
  const rows: unknown[][] = columns.map((c) => [ROSTER_FIELD_SPECS[c.field].label, c.need, c.format, c.note]);
  rows.push([], ['填写规则'], ...rules.map((r, i) => [`${i + 1}.`, r]));
  const coded = (['status', 'education', 'certKind'] as const).filter((f) => columns.some((c) => c.field === f));
  if (coded.length) rows.push([], ['可选值'], ...coded.map((f) => [ROSTER_FIELD_SPECS[f].label, ALLOWED[f]]));
  if (withCatalog) rows.push([], ['特种作业目录（作业类别、准操项目可填名称或代码）'], ['类别代码', '作业类别', '项目代码', '准操项目'], ...catalogRows());
  return {
    sheetName: '说明',
    columns: [{ header: '列名', width: 30 }, { header: '是否必填', width: 28 }, { header: '填写格式', width: 34 }, { header: '说明', width: 70 }],
    rows,
    filter: false,
  };
}
