import { createMemo, createSignal, For, Show } from 'solid-js';
import { formatDate, formatDateTime } from '../../../domain/format-date';
import { t } from '../../i18n/i18n';

/** What verification says of one entry (mirrors docs/verify-audit-chain, which ui may not import). */
export type AuditVerdictView = 'ok' | 'bad-signature' | 'broken-chain' | 'unknown-device';

/** One audit entry as this section shows it; `label` is a doc's human name (e.g. the person's name) or its id. */
export type AuditRowView = {
  id: string;
  at: number;
  deviceName: string;
  personId: string;
  personName?: string;
  targets: { doc: string; label: string; fields: string[] }[];
};

export type AuditSectionProps = {
  /** Audit rows (any order; shown newest first). */
  rows: () => AuditRowView[];
  /** Verifies every chain; verdicts by row id. */
  verify: () => Promise<Map<string, AuditVerdictView>>;
  /** People who may appear as operators, for the person filter. */
  people: () => { id: string; name: string }[];
};

const LIMIT = 500;

/** A field's label where the app has one (姓名, 工号, a rule's name …), else its key. */
function fieldLabel(f: string): string {
  const key = f.startsWith('rules.name.') ? f : `field.${f}`;
  const label = t(key);
  return label === key ? f.replace(/^rules\.name\./, '') : label;
}

/** 设置 › 审计: who changed what and when, filtered by person, record and date, with chain verification. */
export function AuditSection(props: AuditSectionProps) {
  const [person, setPerson] = createSignal('*');
  const [docText, setDocText] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [verdicts, setVerdicts] = createSignal<Map<string, AuditVerdictView> | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  const shown = createMemo(() => {
    const q = docText().trim().toLowerCase();
    return props.rows()
      .filter((r) => person() === '*' || r.personId === person())
      .filter((r) => !q || r.targets.some((x) => x.label.toLowerCase().includes(q) || x.doc.toLowerCase().includes(q)))
      .filter((r) => (!from() || formatDate(r.at) >= from()) && (!to() || formatDate(r.at) <= to()))
      .sort((a, b) => b.at - a.at);
  });
  const bad = () => [...(verdicts()?.values() ?? [])].filter((v) => v !== 'ok').length;

  async function runVerify() {
    setBusy(true);
    setError('');
    try {
      setVerdicts(await props.verify());
    } catch (e) {
      setError(t('audit.verifyFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card audit" aria-labelledby="st-audit">
      <h2 id="st-audit">{t('audit.title')}</h2>
      <p class="muted">{t('audit.intro')}</p>
      <div class="filters" role="search" aria-label={t('audit.filters')}>
        <label>
          {t('audit.person')}
          <select value={person()} onChange={(e) => setPerson(e.currentTarget.value)}>
            <option value="*">{t('audit.allPeople')}</option>
            <option value="">{t('audit.noPerson')}</option>
            <For each={props.people()}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        </label>
        <input type="search" aria-label={t('audit.doc')} placeholder={t('audit.docPlaceholder')}
          value={docText()} onInput={(e) => setDocText(e.currentTarget.value)} />
        <label>
          {t('audit.from')}
          <input type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="button" class="primary" disabled={busy()} onClick={runVerify}>
          {busy() ? t('audit.verifying') : t('audit.verify')}
        </button>
        <span class="count" aria-live="polite">{t('audit.count', { n: shown().length })}</span>
      </div>
      <Show when={error()}>
        <p class="form-error" role="alert">{error()}</p>
      </Show>
      <Show when={verdicts()}>
        <p role="status" classList={{ ok: bad() === 0, 'audit-bad': bad() > 0 }} data-testid="audit-summary">
          {bad() === 0 ? t('audit.allOk') : t('audit.someBad', { n: bad() })}
        </p>
      </Show>
      <Show when={shown().length} fallback={<p class="empty">{t('audit.empty')}</p>}>
        <table class="audit-table" aria-label={t('audit.title')}>
          <thead>
            <tr>
              <th scope="col">{t('audit.col.at')}</th>
              <th scope="col">{t('audit.col.person')}</th>
              <th scope="col">{t('audit.col.device')}</th>
              <th scope="col">{t('audit.col.docs')}</th>
              <th scope="col">{t('audit.col.check')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={shown().slice(0, LIMIT)}>
              {(r) => {
                const v = () => verdicts()?.get(r.id);
                return (
                  <tr classList={{ 'audit-flagged': !!v() && v() !== 'ok' }} data-audit-id={r.id}>
                    <td class="mono">{formatDateTime(r.at)}</td>
                    <td>{r.personName ?? t('audit.noPerson')}</td>
                    <td>{r.deviceName}</td>
                    <td>
                      <For each={r.targets}>
                        {(x) => <div><strong>{x.doc === 'catalog' ? t('rules.title') : x.doc === 'org' ? t('audit.org') : x.label}</strong> <span class="muted small">{x.fields.map(fieldLabel).join('、')}</span></div>}
                      </For>
                    </td>
                    <td>
                      <Show when={v()} fallback={<span class="muted">—</span>}>
                        {(verdict) => <Verdict v={verdict()} />}
                      </Show>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
        <Show when={shown().length > LIMIT}>
          <p class="muted small">{t('audit.limited', { n: LIMIT })}</p>
        </Show>
      </Show>
    </section>
  );
}

function Verdict(props: { v: AuditVerdictView }) {
  return (
    <Show when={props.v !== 'ok'} fallback={<span class="ok">✓<span class="visually-hidden">{t('audit.v.ok')}</span></span>}>
      <strong class="audit-bad">{t(`audit.v.${props.v}`)}</strong>
    </Show>
  );
}
