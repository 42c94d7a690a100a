import { createEffect, createMemo, createResource, createSignal, For, Show, type Accessor } from 'solid-js';
import type { ComplianceService, ComplianceView } from '../../../app/compliance-service';
import { CERT_STATE_LABEL_KEYS, HAZCHEM_COLOUR_LABEL_KEYS } from '../../../domain/certificates/cert-state-labels';
import type { LedgerFilter } from '../../../domain/compliance/filter-ledger';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createRowVirtualizer } from '../../primitives/create-row-virtualizer';
import { LedgerExport } from './LedgerExport';
import { LedgerFilters } from './LedgerFilters';
import { daysLabel, itemLabel, kindLabel } from './ledger-labels';
import type { Names } from './names';

const ROW = 44;
/** Column class → header message (shared labels reused from the people list and the certificate form). */
const COLUMNS: [string, string][] = [
  ['workNo', 'people.col.workNo'], ['name', 'people.col.name'], ['dept', 'people.col.dept'], ['kind', 'certlist.col.kind'],
  ['number', 'cert.number'], ['state', 'people.col.status'], ['due', 'certlist.col.due'], ['days', 'certlist.col.days'],
];

/** 证书台账: every certificate, filtered and searched as you type (virtualised); a row opens the holder's dossier. */
export function CertLedger(props: { svc: ComplianceService; view: Accessor<ComplianceView>; names: Names }) {
  const { services } = useApp();
  const [filter, setFilter] = createSignal<LedgerFilter>({});
  const [pinyinReady, setPinyinReady] = createSignal(false);
  const set = (patch: Partial<LedgerFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const q = () => (filter().q ?? '').trim();
  createEffect(() => {
    if (/[a-z]/i.test(q()) && !pinyinReady()) void services.people.loadPinyin().then(() => setPinyinReady(true));
  });
  // The holder part of the search is the people search itself (name, 工号, ID fragment, pinyin), run over the
  // holders; until its module has loaded, names and 工号 match as plain text.
  const [people] = createResource(() => services.people.query.load());
  const holders = createMemo(() => {
    pinyinReady();
    const search = people();
    if (!q() || !search) return undefined;
    return new Set(search.filter(props.view().people, { q: q(), status: 'all' }).map((p) => p.id as string));
  });
  const shown = createMemo(() => props.svc.filter(props.view().rows, filter(), holders()));

  const { virtual, ref: scroller } = createRowVirtualizer(() => shown().length, ROW);

  return (
    <div class="cert-ledger">
      <LedgerFilters view={props.view} filter={filter()} set={set} reset={() => setFilter({})} />
      <div class="ledger-bar">
        <span class="count" data-testid="cert-count" aria-live="polite">{t('certlist.count', { n: shown().length })}</span>
        <span class="spacer" />
        <LedgerExport rows={shown} names={props.names} today={props.view().today} />
      </div>
      <div class="table" role="table" aria-label={t('certlist.tab.ledger')} aria-rowcount={shown().length}>
        <div class="thead" role="row">
          <For each={COLUMNS}>{([c, key]) => <span role="columnheader" class={`c-${c}`}>{t(key)}</span>}</For>
        </div>
        <div class="tbody" ref={scroller}>
          <Show when={shown().length === 0}>
            <p class="empty">{t(props.view().rows.length ? 'certlist.empty' : 'certlist.none')}</p>
          </Show>
          <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
            <For each={virtual.getVirtualItems()}>
              {(item) => (
                // When the list shrinks, virtual items of the old length are still rendered for a moment: skip them.
                <Show when={shown()[item.index]}>{(r) => (
                  <a class="tr" role="row" href={`#/people/${r().personId}`} data-testid="ledger-row" data-state={r().state}
                    style={{ transform: `translateY(${item.start}px)`, height: `${ROW}px` }}>
                    <span role="cell" class="c-workNo">{r().workNo}</span>
                    <span role="cell" class="c-name">
                      {r().name}
                      <Show when={r().personStatus && r().personStatus !== 'active'}>
                        <span class="muted small"> {t(`status.${r().personStatus}`)}</span>
                      </Show>
                    </span>
                    <span role="cell" class="c-dept">{props.names().dept(r().departmentId)}</span>
                    <span role="cell" class="c-kind" title={`${kindLabel(r())} ${itemLabel(r())}`}>
                      {kindLabel(r())}
                      <Show when={itemLabel(r())}>{(i) => <span class="muted small">{i()}</span>}</Show>
                    </span>
                    <span role="cell" class="c-number mono">{r().number}</span>
                    <span role="cell" class="c-state">
                      <span class={`state state-${r().state}`}>{t(CERT_STATE_LABEL_KEYS[r().state])}</span>
                      <Show when={r().colour && r().colour !== 'green' && r().colour}>
                        {(c) => <span class={`state colour-${c()}`}>{t(HAZCHEM_COLOUR_LABEL_KEYS[c()])}</span>}
                      </Show>
                    </span>
                    <span role="cell" class="c-due">
                      {r().dueDate ?? '—'}
                      <Show when={r().dueDate && r().dueEvent}>{(e) => <span class="muted small"> {t(`certlist.event.${e()}`)}</span>}</Show>
                    </span>
                    <span role="cell" class="c-days" classList={{ overdue: (r().daysLeft ?? 0) < 0, soon: (r().daysLeft ?? 99) >= 0 && (r().daysLeft ?? 99) <= 30 }}>
                      {daysLabel(r().state === 'cancelled' ? null : r().daysLeft)}
                    </span>
                  </a>
                )}</Show>
              )}
            </For>
          </div>
        </div>
      </div>
    </div>
  );
}
