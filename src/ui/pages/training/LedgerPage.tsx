import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { HoursLedgerEntry, LedgerService } from '../../../app/services';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';
import { ExportButton } from '../../components/ExportButton';
import { LedgerRows } from './list/LedgerRows';
import { liveOf } from './list/live-of';
import { ruleName } from './list/rule-name';
import { TrainingTabs } from './TrainingTabs';
import './list/training-list.css';

const KINDS = ['initial', 'annual', 'review'] as const;
const TOP = 5;

/** 学时台账 (PRODUCT T9): each employed person's hours of a year against the rule for their role and industry. */
export default function LedgerPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.ledger.load());
  return (
    <section class="page tl-page tl-ledger" aria-labelledby="tl-ledger-h">
      <TrainingTabs />
      <Show when={svc()} fallback={<><h1 id="tl-ledger-h">{t('training.tab.ledger')}</h1><p class="muted">{t('common.loading')}</p></>}>
        {(s) => <Loaded svc={s()} />}
      </Show>
    </section>
  );
}

function Loaded(props: { svc: LedgerService }) {
  const names = useOrgNames();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = createSignal(thisYear);
  const [dept, setDept] = createSignal('');
  const [onlyShort, setOnlyShort] = createSignal(false);
  const all = liveOf(() => props.svc.hours(year()));
  const current = () => (all()?.year === year() ? all() : undefined);
  const inDept = createMemo(() => (current()?.entries ?? []).filter((e) => !dept() || e.person.departmentId === dept()));
  const shown = createMemo(() => (onlyShort() ? inDept().filter((e) => !e.ledger.met) : inDept()));
  const short = createMemo(() => (current()?.shortfalls ?? []).filter((e) => !dept() || e.person.departmentId === dept()));
  const hoursShort = () => Math.round(short().reduce((s, e) => s + e.ledger.shortfall, 0) * 10) / 10;
  const cell = (e: HoursLedgerEntry, k: (typeof KINDS)[number]) => {
    const l = e.ledger.lines.find((x) => x.kind === k);
    return l ? `${l.counted}/${l.required}` : '';
  };
  const sheet = () => ({
    sheetName: `${t('training.tab.ledger')}${year()}`,
    columns: [
      { header: t('people.col.workNo'), text: true }, { header: t('people.col.name') }, { header: t('people.col.dept') }, { header: t('people.col.post') },
      { header: t('ledger.col.role'), width: 20 }, ...KINDS.map((k) => ({ header: t(`ledger.kind.${k}`), text: true })),
      { header: t('ledger.col.short') }, { header: t('ledger.col.rule'), width: 40 }, { header: t('rules.col.status') },
    ],
    rows: shown().map((e) => [
      e.person.workNo, e.person.name, names().dept(e.person.departmentId), names().post(e.person.postId), t(`ledger.role.${e.person.role}`),
      ...KINDS.map((k) => cell(e, k)), e.ledger.shortfall, e.ledger.lines.flatMap((l) => l.rules.map((r) => ruleName(r.id))).join('；'),
      t(`rules.status.${e.ledger.status}`),
    ]),
  });
  return (
    <>
      <div class="page-head">
        <h1 id="tl-ledger-h">{t('training.tab.ledger')}</h1>
      </div>
      <div class="filters" role="search">
        <label>
          {t('ledger.year')}
          <select onChange={(e) => setYear(Number(e.currentTarget.value))}>
            <For each={Array.from({ length: 6 }, (_, i) => thisYear - i)}>{(y) => <option value={y} selected={y === year()}>{y}</option>}</For>
          </select>
        </label>
        <label>
          {t('people.filterDept')}
          <select onChange={(e) => setDept(e.currentTarget.value)}>
            <option value="">{t('common.all')}</option>
            <For each={names().departments}>{(d) => <option value={d.id} selected={d.id === dept()}>{d.name}</option>}</For>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={onlyShort()} onChange={(e) => setOnlyShort(e.currentTarget.checked)} />
          {t('ledger.onlyShort')}
        </label>
        <span class="count" data-testid="ledger-count" aria-live="polite">{t('ledger.count', { n: shown().length })}</span>
        <ExportButton sheet={sheet} filename={() => `${t('training.tab.ledger')}-${year()}.xlsx`} disabled={!shown().length} />
      </div>
      <Show when={current()} fallback={<p class="muted">{t('common.loading')}</p>}>
        <p class="tl-summary" data-testid="ledger-summary">
          {t('ledger.summary', { year: year(), n: inDept().length, short: short().length, hours: hoursShort() })}
          <Show when={short().length}>
            <br />
            <span class="tl-muted">{t('ledger.top')}</span>
            <For each={short().slice(0, TOP)}>
              {(e, i) => (
                <>
                  {i() ? '、' : ''}
                  <a href={`#/people/${e.person.id}`}>{e.person.name}</a>
                  <span class="tl-short">−{e.ledger.shortfall}</span>
                </>
              )}
            </For>
          </Show>
        </p>
        <LedgerRows rows={shown} dept={names().dept} post={names().post} />
      </Show>
    </>
  );
}
