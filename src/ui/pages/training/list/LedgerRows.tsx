import { For, Show, type Accessor } from 'solid-js';
import type { HoursLedgerEntry } from '../../../../app/services';
import { t } from '../../../i18n/i18n';
import { createRowVirtualizer } from '../../../primitives/create-row-virtualizer';
import { ruleName } from './rule-name';

const ROW = 48;
const KINDS = ['initial', 'annual', 'review'] as const;
const COLUMNS: [string, string][] = [
  ['workNo', 'people.col.workNo'], ['name', 'people.col.name'], ['dept', 'people.col.dept'], ['role', 'ledger.col.role'],
  ['initial', 'ledger.kind.initial'], ['annual', 'ledger.kind.annual'], ['review', 'ledger.kind.review'], ['short', 'ledger.col.short'], ['rule', 'ledger.col.rule'],
];

/** 学时台账 rows (virtualised: 2,000 people render only what is visible); a person opens the dossier. */
export function LedgerRows(props: { rows: Accessor<HoursLedgerEntry[]>; dept: (id: string) => string; post: (id: string) => string }) {
  const { virtual, ref } = createRowVirtualizer(() => props.rows().length, ROW);
  return (
    <div class="table" role="table" aria-label={t('training.tab.ledger')} aria-rowcount={props.rows().length}>
      <div class="thead" role="row">
        <For each={COLUMNS}>{([c, key]) => <span role="columnheader" class={`c-${c}`}>{t(key)}</span>}</For>
      </div>
      <div class="tbody" ref={ref}>
        <Show when={props.rows().length === 0}><p class="empty">{t('ledger.empty')}</p></Show>
        <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
          <For each={virtual.getVirtualItems()}>
            {(item) => (
              <Show when={props.rows()[item.index]}>{(e) => {
                const line = (k: (typeof KINDS)[number]) => e().ledger.lines.find((l) => l.kind === k);
                const main = () => e().ledger.lines[0];
                return (
                  <a class="tr" role="row" href={`#/people/${e().person.id}`} data-testid="ledger-person" data-short={e().ledger.shortfall}
                    style={{ transform: `translateY(${item.start}px)`, height: `${ROW}px` }}>
                    <span role="cell" class="c-workNo mono">{e().person.workNo}</span>
                    <span role="cell" class="c-name">{e().person.name}</span>
                    <span role="cell" class="c-dept">{props.dept(e().person.departmentId)}</span>
                    <span role="cell" class="c-role tl-stack">
                      <span>{props.post(e().person.postId) || '—'}</span>
                      <span class="tl-muted">
                        {t(`ledger.role.${e().person.role}`)}
                        <Show when={e().person.roleBasis !== 'none'}>（{t(`ledger.basis.${e().person.roleBasis}`)}）</Show>
                      </span>
                    </span>
                    <For each={KINDS}>
                      {(k) => (
                        <span role="cell" class={`c-${k} num`} classList={{ 'tl-short': (line(k)?.shortfall ?? 0) > 0 }}>
                          {line(k) ? `${line(k)!.counted}/${line(k)!.required}` : '—'}
                        </span>
                      )}
                    </For>
                    <span role="cell" class="c-short num" classList={{ 'tl-short': e().ledger.shortfall > 0 }}>
                      {e().ledger.shortfall > 0 ? e().ledger.shortfall : '—'}
                    </span>
                    <span role="cell" class="c-rule tl-stack" title={e().ledger.lines.flatMap((l) => l.rules.map((r) => `${ruleName(r.id)} ${r.version}`)).join('\n')}>
                      <span class="tl-rule">{main() ? ruleName(main()!.rules[0]!.id) : '—'}</span>
                      <Show when={e().ledger.status !== 'verified'}>
                        <span class={`tl-muted tl-status-${e().ledger.status}`}>{t(`rules.status.${e().ledger.status}`)}</span>
                      </Show>
                    </span>
                  </a>
                );
              }}</Show>
            )}
          </For>
        </div>
      </div>
    </div>
  );
}
