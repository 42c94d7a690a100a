import { For, Show } from 'solid-js';
import type { ColumnMapping, ImportField, ImportRead, RosterField } from '../../../../app/services';
import { IMPORT_MODES, requiredColumns, type ImportMode } from '../../../../domain/roster/import-mode';
import { t } from '../../../i18n/i18n';
import { MappingTable } from './MappingTable';

/** Person fields a certificates import does not read (it finds the person on file by 工号, 身份证号, 姓名). */
const PERSON_ONLY = new Set<RosterField>(['sex', 'department', 'post', 'status', 'phone', 'hireDate', 'education']);

/** Step 2 核对列: the header row, what the file brings (people or certificates), the column mapping, 自动新建. */
export function ColumnsStep(props: {
  file: ImportRead; headerIndex: number; mapping: ColumnMapping; mode: ImportMode; createMissing: boolean; fields: ImportField[];
  onHeader: (row: number) => void; onMapping: (m: ColumnMapping) => void; onMode: (m: ImportMode) => void; onCreateMissing: (on: boolean) => void;
}) {
  const headerCells = () => props.file.rows[props.headerIndex]?.map((c) => c.trim()) ?? [];
  return (
    <section class="card" aria-labelledby="ir-s2">
      <h2 id="ir-s2">{t('excel.step.columns')}</h2>
      <div class="row">
        <div class="field">
          <label for="ir-header">{t('import.headerRow')}</label>
          <input id="ir-header" type="number" min="1" max={props.file.rows.length} value={props.headerIndex + 1}
            onChange={(e) => props.onHeader(Number(e.currentTarget.value))} />
        </div>
        <fieldset class="import-mode check">
          <legend class="muted">{t('excel.mode')}</legend>
          <For each={IMPORT_MODES}>
            {(m) => (
              <label class="check">
                <input type="radio" name="ir-mode" checked={props.mode === m} onChange={() => props.onMode(m)} />
                {t(`excel.mode.${m}`)}
              </label>
            )}
          </For>
        </fieldset>
      </div>
      <p class="muted small" data-testid="import-header">{t('import.header', { row: props.headerIndex + 1 })}：{headerCells().filter(Boolean).join(' | ')}</p>
      <p class="muted small">{t('excel.columnsHint')}</p>
      <MappingTable fields={props.fields.filter((f) => props.mode === 'people' || !PERSON_ONLY.has(f.field))} required={requiredColumns(props.mode, props.mapping)} headerCells={headerCells()} mapping={props.mapping}
        onChange={props.onMapping} />
      <Show when={props.mode === 'people'}>
        <label class="check">
          <input type="checkbox" checked={props.createMissing} onChange={(e) => props.onCreateMissing(e.currentTarget.checked)} />
          {t('import.createMissing')}
        </label>
      </Show>
    </section>
  );
}
