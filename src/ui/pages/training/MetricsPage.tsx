import { createResource, createSignal, For, Show } from 'solid-js';
import type { LedgerService, QualityCounts } from '../../../app/services';
import { BarChart } from '../../components/BarChart';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';
import { liveOf } from './list/live-of';
import { TrainingTabs } from './TrainingTabs';
import './list/training-list.css';

const RATES = [['completeRate', 'metrics.complete'], ['timelyRate', 'metrics.timely'], ['standardRate', 'metrics.standard']] as const;
/** A rate as a percentage with one decimal (null: nothing to rate). */
const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
const pctText = (r: number | null) => (r === null ? '—' : `${pct(r)}%`);
const monthLabel = (m: string) => t('metrics.monthN', { n: Number(m.slice(5)) });

/** 质量统计 (PRODUCT T11): 完整率, 及时率, 规范率 per month and department, as a table and a chart. */
export default function MetricsPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.ledger.load());
  return (
    <section class="page tl-page tl-metrics" aria-labelledby="tl-metrics-h">
      <TrainingTabs />
      <Show when={svc()} fallback={<><h1 id="tl-metrics-h">{t('training.tab.metrics')}</h1><p class="muted">{t('common.loading')}</p></>}>
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
  const m = liveOf(() => props.svc.metrics(year(), dept()));
  const row = (label: string, c: QualityCounts, testid?: string) => (
    <tr data-testid={testid}>
      <th scope="row">{label}</th>
      <td class="num">{c.held}</td>
      <For each={RATES}>{([k]) => <td class="num">{pctText(c[k])}</td>}</For>
    </tr>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="num">{t('metrics.held')}</th>
        <For each={RATES}>{([, key]) => <th scope="col" class="num">{t(key)}</th>}</For>
      </tr>
    </thead>
  );
  return (
    <>
      <div class="page-head"><h1 id="tl-metrics-h">{t('training.tab.metrics')}</h1></div>
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
      </div>
      <Show when={m()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(v) => (
          <>
            <section class="card" aria-label={t('training.tab.metrics')}>
              <BarChart
                categories={v().months.map(monthLabel)}
                series={RATES.map(([k, key]) => ({ name: t(key), values: v().byMonth.map((x) => pct(x[k])) }))}
                max={100}
                unit="%"
              />
              <ul class="tl-defs">
                <li>{t('metrics.def.complete')}</li>
                <li>{t('metrics.def.timely', { h: v().submitHours })}</li>
                <li>{t('metrics.def.standard')}</li>
              </ul>
            </section>
            <div class="tl-scroll">
              <table class="tl-table" data-testid="metrics-months">
                {head(t('metrics.month'))}
                <tbody>
                  <For each={v().byMonth}>{(x) => row(monthLabel(x.month), x)}</For>
                  {row(t('metrics.total'), v().total, 'metrics-total')}
                </tbody>
              </table>
            </div>
            <Show when={!dept() && v().byDepartment.length}>
              <h2>{t('metrics.byDept')}</h2>
              <table class="tl-table" data-testid="metrics-depts">
                {head(t('people.col.dept'))}
                <tbody>
                  <For each={v().byDepartment}>{(x) => row(names().dept(x.departmentId) || '—', x)}</For>
                </tbody>
              </table>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
