import { For, Show, type Accessor } from 'solid-js';
import type { TrainingRow } from '../../../../app/services';
import { t } from '../../../i18n/i18n';
import { createRowVirtualizer } from '../../../primitives/create-row-virtualizer';

const ROW = 44;
const COLUMNS: [string, string][] = [
  ['date', 'ledger.col.date'], ['name', 'training.element.name'], ['type', 'ledger.type'], ['dept', 'people.col.dept'],
  ['att', 'ledger.col.attended'], ['state', 'people.col.status'], ['archive', 'ledger.col.archive'], ['complete', 'ledger.col.complete'],
];

/** The sessions as a virtualised table (thousands a year render only what is visible); a row opens the record. */
export function SessionRows(props: { rows: Accessor<TrainingRow[]>; dept: (id: string) => string; empty: string }) {
  const { virtual, ref } = createRowVirtualizer(() => props.rows().length, ROW);
  return (
    <div class="table" role="table" aria-label={t('training.tab.records')} aria-rowcount={props.rows().length}>
      <div class="thead" role="row">
        <For each={COLUMNS}>{([c, key]) => <span role="columnheader" class={`c-${c}`}>{t(key)}</span>}</For>
      </div>
      <div class="tbody" ref={ref}>
        <Show when={props.rows().length === 0}><p class="empty">{props.empty}</p></Show>
        <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
          <For each={virtual.getVirtualItems()}>
            {(item) => (
              <Show when={props.rows()[item.index]}>{(r) => (
                <a class="tr" role="row" href={`#/training/${r().id}`} data-testid="training-row" data-state={r().state}
                  style={{ transform: `translateY(${item.start}px)`, height: `${ROW}px` }}>
                  <span role="cell" class="c-date mono">{r().date}</span>
                  <span role="cell" class="c-name" title={r().topic}>{r().name}</span>
                  <span role="cell" class="c-type">{t(`training.type.${r().type}`)}</span>
                  <span role="cell" class="c-dept">{props.dept(r().departmentId)}</span>
                  <span role="cell" class="c-att">{r().attended}/{r().participants}</span>
                  <span role="cell" class="c-state"><span class={`tl-state tl-state-${r().state}`}>{t(`training.state.${r().state}`)}</span></span>
                  <span role="cell" class="c-archive mono">{r().archiveNumber || '—'}</span>
                  <span role="cell" class="c-complete">
                    <Show when={r().missing.length} fallback={<span class="tl-ok" aria-label={t('ledger.col.complete')}>✓</span>}>
                      <span class="tl-missing" title={r().missing.map((m) => t(`training.element.${m}`)).join('、')}>{t('ledger.missing', { n: r().missing.length })}</span>
                    </Show>
                  </span>
                </a>
              )}</Show>
            )}
          </For>
        </div>
      </div>
    </div>
  );
}
