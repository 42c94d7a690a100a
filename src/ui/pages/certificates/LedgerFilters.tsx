import { For, Show, type Accessor } from 'solid-js';
import type { ComplianceView } from '../../../app/compliance-service';
import { CATALOG } from '../../../domain/certificates/catalog';
import { CERT_KINDS } from '../../../domain/certificates/certificate';
import { CERT_STATE_LABEL_KEYS, HAZCHEM_COLOUR_LABEL_KEYS, REMINDER_BUCKET_LABEL_KEYS } from '../../../domain/certificates/cert-state-labels';
import { LEDGER_BUCKETS, LEDGER_STATES, type LedgerFilter } from '../../../domain/compliance/filter-ledger';
import { t } from '../../i18n/i18n';

const stateLabel = (s: (typeof LEDGER_STATES)[number]) =>
  t(s === 'yellow' || s === 'red' ? HAZCHEM_COLOUR_LABEL_KEYS[s] : CERT_STATE_LABEL_KEYS[s]);
const bucketLabel = (b: (typeof LEDGER_BUCKETS)[number]) => t(REMINDER_BUCKET_LABEL_KEYS[b === 'overdue' ? 'overdue' : (Number(b) as 0 | 7 | 30 | 60 | 90)]);

/** The 证书台账 conditions: search, department, post, kind, category → item, state, reminder bucket. */
export function LedgerFilters(props: { view: Accessor<ComplianceView>; filter: LedgerFilter; set: (patch: Partial<LedgerFilter>) => void; reset: () => void }) {
  const items = () => CATALOG.categories.find((c) => c.code === props.filter.category)?.items ?? [];
  const select = (label: string, key: keyof LedgerFilter, options: () => { value: string; label: string }[], onPick?: (v: string) => void) => (
    <label>
      {label}
      <select value={props.filter[key] ?? ''} onChange={(e) => (onPick ?? ((v: string) => props.set({ [key]: v || undefined })))(e.currentTarget.value)}>
        <option value="">{t('common.all')}</option>
        <For each={options()}>{(o) => <option value={o.value} selected={props.filter[key] === o.value}>{o.label}</option>}</For>
      </select>
    </label>
  );
  return (
    <div class="filters" role="search">
      <input type="search" aria-label={t('certlist.search')} placeholder={t('certlist.searchPlaceholder')}
        value={props.filter.q ?? ''} onInput={(e) => props.set({ q: e.currentTarget.value })} />
      {select(t('people.filterDept'), 'departmentId', () => props.view().departments.map((d) => ({ value: d.id, label: d.name })))}
      {select(t('people.filterPost'), 'postId', () => props.view().posts.map((p) => ({ value: p.id, label: p.name })))}
      {select(t('cert.kind'), 'kind', () => CERT_KINDS.map((k) => ({ value: k, label: t(`cert.kind.${k}`) })))}
      {select(t('cert.category'), 'category', () => CATALOG.categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })),
        (v) => props.set({ category: v || undefined, item: undefined }))}
      <Show when={items().length}>
        {select(t('cert.item'), 'item', () => items().map((i) => ({ value: i.code ?? i.name, label: i.code ? `${i.code} ${i.name}` : i.name })))}
      </Show>
      {select(t('people.filterStatus'), 'state', () => LEDGER_STATES.map((s) => ({ value: s, label: stateLabel(s) })))}
      {select(t('certlist.filter.bucket'), 'bucket', () => LEDGER_BUCKETS.map((b) => ({ value: b, label: bucketLabel(b) })))}
      <button type="button" class="link" onClick={() => props.reset()}>{t('certlist.filter.reset')}</button>
    </div>
  );
}
