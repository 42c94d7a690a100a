import { createResource, createSignal, For, Show } from 'solid-js';
import type { ColumnMapping, FieldError, ImportCheck, ImportRead, ImportService, RosterWriteResult } from '../../../../app/services';
import { suggestMapping } from '../../../../domain/roster/column-map';
import type { ImportMode } from '../../../../domain/roster/import-mode';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { CheckReport } from './CheckReport';
import { ColumnsStep } from './ColumnsStep';
import { ExportCheckButton } from './ExportCheckButton';
import { TemplateLinks } from './TemplateLinks';

/** 人员档案 › 导入 Excel (X1): templates, then 1 选择文件 → 2 核对列 → 3 预检 (every row error listed) → 4 导入, all or nothing. */
export default function ImportRoster() {
  const { services } = useApp();
  const [svc] = createResource(() => services.imports.load());
  return (
    <section class="page import-roster" aria-labelledby="ir-h">
      <div class="page-head">
        <h1 id="ir-h">{t('import.title')}</h1>
        <a href="#/people">{t('people.title')}</a>
      </div>
      <p class="muted">{t('import.intro')}</p>
      <TemplateLinks />
      <Show when={svc()} fallback={<p>{t('common.loading')}</p>}>{(s) => <ImportSteps svc={s()} />}</Show>
    </section>
  );
}

function ImportSteps(props: { svc: ImportService }) {
  const [file, setFile] = createSignal<ImportRead | null>(null);
  const [fileName, setFileName] = createSignal('');
  const [headerIndex, setHeaderIndex] = createSignal(-1);
  const [mapping, setMapping] = createSignal<ColumnMapping>({});
  const [mode, setMode] = createSignal<ImportMode>('people');
  const [createMissing, setCreateMissing] = createSignal(false);
  const [check, setCheck] = createSignal<ImportCheck | null>(null);
  const [done, setDone] = createSignal<RosterWriteResult | null>(null);
  const [busy, setBusy] = createSignal<'' | 'read' | 'check' | 'write'>('');
  const [error, setError] = createSignal<FieldError>();
  const [writeError, setWriteError] = createSignal<FieldError>();
  const headerCells = () => file()?.rows[headerIndex()]?.map((c) => c.trim()) ?? [];
  /** Any change to what is checked makes the last 预检 stale: 导入 waits for a new one. */
  const stale = () => (setCheck(null), setDone(null), setError(undefined), setWriteError(undefined));
  const take = (r: ImportRead) => {
    setFile(r);
    setHeaderIndex(r.headerIndex);
    setMapping(r.mapping);
    setMode(r.mode);
    if (r.headerIndex < 0) setError({ key: 'import.e.noHeader' });
  };

  async function choose(f: File | undefined) {
    if (!f) return;
    stale();
    setBusy('read');
    try {
      take(await props.svc.read(f));
      setFileName(f.name);
    } catch {
      setFile(null);
      setError({ key: 'import.e.read' });
    } finally {
      setBusy('');
    }
  }
  function pickSheet(i: number) {
    stale();
    take(props.svc.useSheet(i));
  }
  function pickHeader(row: number) {
    stale();
    setHeaderIndex(row - 1);
    setMapping(suggestMapping(headerCells()));
  }
  async function runCheck() {
    stale();
    setBusy('check');
    try {
      setCheck(await props.svc.dryRun(mapping(), headerIndex(), { createMissing: createMissing(), mode: mode() }));
    } finally {
      setBusy('');
    }
  }
  async function write() {
    setBusy('write');
    const r = await props.svc.write();
    setBusy('');
    setCheck(null);
    if (r.ok) setDone(r.value);
    else setWriteError(r.errors[''] ?? Object.values(r.errors)[0]);
  }
  const canWrite = () => busy() === '' && !!check() && check()!.errors.length === 0 && check()!.validCount > 0;

  return (
    <div class="import-steps">
      <section class="card" aria-labelledby="ir-s1">
        <h2 id="ir-s1">{t('excel.step.file')}</h2>
        <div class="row">
          <div class="field">
            <label for="ir-file">{t('import.file')}</label>
            <input id="ir-file" type="file" accept=".xlsx,.xls,.ods" disabled={busy() !== ''}
              onChange={(e) => void choose(e.currentTarget.files?.[0])} />
          </div>
          <Show when={(file()?.sheets.length ?? 0) > 1}>
            <div class="field">
              <label for="ir-sheet">{t('excel.sheet')}</label>
              <select id="ir-sheet" disabled={busy() !== ''} onChange={(e) => pickSheet(Number(e.currentTarget.value))}>
                <For each={file()!.sheets}>{(name, i) => <option value={i()} selected={file()!.sheet === i()}>{name}</option>}</For>
              </select>
            </div>
          </Show>
        </div>
        <Show when={busy() === 'read'}><p aria-live="polite">{t('import.reading')}</p></Show>
        <Show when={(file()?.sheets.length ?? 0) > 1}><p class="muted small">{t('excel.sheets', { n: file()!.sheets.length })}</p></Show>
        <FormError error={error()} />
      </section>
      <Show when={file()}>
        <ColumnsStep file={file()!} headerIndex={headerIndex()} mapping={mapping()} mode={mode()} createMissing={createMissing()} fields={props.svc.fields}
          onHeader={pickHeader} onMapping={(m) => (stale(), setMapping(m))} onMode={(m) => (stale(), setMode(m))}
          onCreateMissing={(on) => (stale(), setCreateMissing(on))} />
        <section class="card" aria-labelledby="ir-s3">
          <h2 id="ir-s3">{t('excel.step.check')}</h2>
          <p class="muted small">{t('excel.checkHint')}</p>
          <div class="actions">
            <button type="button" disabled={busy() !== '' || headerIndex() < 0} onClick={() => void runCheck()}>
              {busy() === 'check' ? t('import.checking') : t('import.check')}
            </button>
            <Show when={check()}>{(c) => <ExportCheckButton check={c()} rows={file()!.rows} headerIndex={headerIndex()} fileName={fileName()} />}</Show>
          </div>
          <Show when={check()}>{(c) => <CheckReport check={c()} />}</Show>
        </section>
        <section class="card" aria-labelledby="ir-s4">
          <h2 id="ir-s4">{t('excel.step.write')}</h2>
          <Show when={!done()}><p class="muted small">{canWrite() ? t('excel.writeHint') : t('excel.checkFirst')}</p></Show>
          <div class="actions">
            <button type="button" class="primary" disabled={!canWrite()} onClick={() => void write()}>
              {busy() === 'write' ? t('import.writing') : t('import.write')}
            </button>
          </div>
          <FormError error={writeError()} />
          <Show when={done()}>
            {(d) => (
              <p class="ok" role="status" data-testid="import-done">
                {t('import.done', { created: d().peopleCreated, updated: d().peopleUpdated, certs: d().certificates })}{' '}
                <a href="#/people">{t('import.toList')}</a>
              </p>
            )}
          </Show>
        </section>
      </Show>
    </div>
  );
}
