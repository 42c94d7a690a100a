import { createMemo, createResource, createSignal, Show } from 'solid-js';
import type { LedgerService, TrainingRow, TrainingService } from '../../../app/services';
import { formatDate } from '../../../domain/format-date';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';
import { BatchPdfButton } from './list/BatchPdfButton';
import { ExportButton } from '../../components/ExportButton';
import { filterSessions } from './list/filter-sessions';
import { liveOf } from './list/live-of';
import { SessionFilters, type ListConditions } from './list/SessionFilters';
import { SessionRows } from './list/SessionRows';
import { TodoBox } from './list/TodoBox';
import { TrainingTabs } from './TrainingTabs';
import './list/training-list.css';

/** Last day of a YYYY-MM month. */
const monthEnd = (m: string) => formatDate(new Date(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0).getTime());

/** 培训记录 (PRODUCT T3–T8): the year's sessions filtered and searched, with a 待办 box and Excel export. */
export default function TrainingList() {
  const { services } = useApp();
  const [training] = createResource(() => services.training.load());
  const [ledger] = createResource(() => services.ledger.load());
  return (
    <section class="page tl-page" aria-labelledby="tl-h">
      <TrainingTabs />
      <div class="page-head">
        <h1 id="tl-h">{t('training.tab.records')}</h1>
        <a class="button tl-new" href="#/training/new">{t('ledger.new')}</a>
      </div>
      <Show when={training() && ledger()} fallback={<p class="muted">{t('common.loading')}</p>}>
        <Loaded training={training()!} ledger={ledger()!} />
      </Show>
    </section>
  );
}

function Loaded(props: { training: TrainingService; ledger: LedgerService }) {
  const names = useOrgNames();
  const year = new Date().getFullYear();
  const [c, setC] = createSignal<ListConditions>({ from: `${year}-01`, to: `${year}-12`, departmentId: '', type: '', state: '', q: '' });
  const set = (patch: Partial<ListConditions>) => setC((v) => ({ ...v, ...patch }));
  // The date range and department are index reads (re-subscribed when they change); the rest filters in memory.
  const rows = liveOf(() => {
    const { from, to, departmentId } = c();
    return props.training.list({ from: `${from}-01`, to: monthEnd(to), ...(departmentId ? { departmentId } : {}) });
  });
  const shown = createMemo(() => filterSessions(rows() ?? [], c()));
  const sheet = () => ({
    sheetName: t('training.tab.records'),
    columns: [
      { header: t('ledger.col.date'), text: true }, { header: t('training.element.name'), width: 28 }, { header: t('ledger.type'), width: 18 },
      { header: t('people.col.dept') }, { header: t('ledger.col.attended') }, { header: t('ledger.col.hours') }, { header: t('people.col.status') },
      { header: t('ledger.col.archive'), width: 18, text: true }, { header: t('ledger.col.complete') },
    ],
    rows: shown().map((r: TrainingRow) => [
      r.date, r.name, t(`training.type.${r.type}`), names().dept(r.departmentId), `${r.attended}/${r.participants}`, r.hours ?? null,
      t(`training.state.${r.state}`), r.archiveNumber, r.missing.length ? t('ledger.missing', { n: r.missing.length }) : '✓',
    ]),
  });
  return (
    <div class="tl-layout">
      <div class="tl-list">
        <SessionFilters value={c()} set={set} departments={names().departments} />
        <div class="ledger-bar">
          <span class="count" data-testid="training-count" aria-live="polite">{t('ledger.count', { n: shown().length })}</span>
          <span class="spacer" />
          <ExportButton sheet={sheet} filename={() => `${t('training.tab.records')}-${c().from}_${c().to}.xlsx`} disabled={!shown().length} />
          <BatchPdfButton from={() => `${c().from}-01`} to={() => monthEnd(c().to)} departmentId={() => c().departmentId} disabled={!shown().length} />
        </div>
        <Show when={rows()} fallback={<p class="muted">{t('common.loading')}</p>}>
          <SessionRows rows={shown} dept={names().dept} empty={t('ledger.empty')} />
        </Show>
      </div>
      <TodoBox training={props.training} ledger={props.ledger} />
    </div>
  );
}
