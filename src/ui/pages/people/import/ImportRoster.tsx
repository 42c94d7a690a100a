import { createResource, createSignal, Show } from 'solid-js';
import type { ColumnMapping, FieldError, ImportCheck, ImportRead, ImportService, RosterWriteResult } from '../../../../app/services';
import { suggestMapping } from '../../../../domain/roster/column-map';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { CheckReport } from './CheckReport';
import { MappingTable } from './MappingTable';

/** 人员档案 › 导入 Excel (X1): choose file → map columns → 预检 (every row error listed) → 导入, all or nothing. */
export default function ImportRoster() {
  const { services } = useApp();
  const [svc] = createResource(() => services.imports.load());
  return (
    <section class="page import-roster" aria-labelledby="ir-h">
      <div class="page-head">
        <h1 id="ir-h">{t('import.title')}</h1>
        <a href="#/people">{t('people.title')}</a>
      </div>
      <p class="hint">{t('import.intro')}</p>
      <Show when={svc()} fallback={<p>{t('common.loading')}</p>}>{(s) => <ImportSteps svc={s()} />}</Show>
    </section>
  );
}

function ImportSteps(props: { svc: ImportService }) {
  const [file, setFile] = createSignal<ImportRead | null>(null);
  const [headerIndex, setHeaderIndex] = createSignal(-1);
  const [mapping, setMapping] = createSignal<ColumnMapping>({});
  const [createMissing, setCreateMissing] = createSignal(false);
  const [check, setCheck] = createSignal<ImportCheck | null>(null);
  const [done, setDone] = createSignal<RosterWriteResult | null>(null);
  const [busy, setBusy] = createSignal<'' | 'read' | 'check' | 'write'>('');
  const [error, setError] = createSignal<FieldError>();
  const headerCells = () => file()?.rows[headerIndex()]?.map((c) => c.trim()) ?? [];
  /** Any change to what is checked makes the last 预检 stale: 导入 waits for a new one. */
  const stale = () => (setCheck(null), setDone(null), setError(undefined));

  async function choose(f: File | undefined) {
    if (!f) return;
    stale();
    setBusy('read');
    try {
      const r = await props.svc.read(f);
      setFile(r);
      setHeaderIndex(r.headerIndex);
      setMapping(r.mapping);
      if (r.headerIndex < 0) setError({ key: 'import.e.noHeader' });
    } catch {
      setFile(null);
      setError({ key: 'import.e.read' });
    } finally {
      setBusy('');
    }
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
      setCheck(await props.svc.dryRun(mapping(), headerIndex(), { createMissing: createMissing() }));
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
    else setError(r.errors[''] ?? Object.values(r.errors)[0]);
  }

  return (
    <div class="import-steps">
      <div class="field">
        <label for="ir-file">{t('import.file')}</label>
        <input id="ir-file" type="file" accept=".xlsx,.xls,.ods" disabled={busy() !== ''}
          onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        <Show when={busy() === 'read'}><p aria-live="polite">{t('import.reading')}</p></Show>
      </div>
      <FormError error={error()} />
      <Show when={file()}>
        <div class="field">
          <label for="ir-header">{t('import.headerRow')}</label>
          <input id="ir-header" type="number" min="1" max={file()!.rows.length} value={headerIndex() + 1}
            onChange={(e) => pickHeader(Number(e.currentTarget.value))} />
          <p class="hint" data-testid="import-header">{t('import.header', { row: headerIndex() + 1 })}：{headerCells().filter(Boolean).join(' | ')}</p>
        </div>
        <MappingTable fields={props.svc.fields} headerCells={headerCells()} mapping={mapping()} onChange={(m) => (stale(), setMapping(m))} />
        <label class="check">
          <input type="checkbox" checked={createMissing()} onChange={(e) => (stale(), setCreateMissing(e.currentTarget.checked))} />
          {t('import.createMissing')}
        </label>
        <div class="actions">
          <button type="button" disabled={busy() !== '' || headerIndex() < 0} onClick={() => void runCheck()}>
            {busy() === 'check' ? t('import.checking') : t('import.check')}
          </button>
          <button type="button" class="primary" disabled={busy() !== '' || !check() || check()!.errors.length > 0 || check()!.validCount === 0}
            onClick={() => void write()}>
            {busy() === 'write' ? t('import.writing') : t('import.write')}
          </button>
        </div>
        <Show when={check()}>{(c) => <CheckReport check={c()} />}</Show>
      </Show>
      <Show when={done()}>
        {(d) => (
          <p class="ok" role="status" data-testid="import-done">
            {t('import.done', { created: d().peopleCreated, updated: d().peopleUpdated, certs: d().certificates })}{' '}
            <a href="#/people">{t('import.toList')}</a>
          </p>
        )}
      </Show>
    </div>
  );
}
