import { createEffect, createMemo, createResource, createSignal, For, lazy, Show } from 'solid-js';
import type { CertFactsIndex, PeopleQuery } from '../../../app/query-service';
import { maskIdNumber } from '../../../domain/mask';
import { useApp } from '../../context';
import { hashParams, setHashParams } from '../../hash-params';
import { t } from '../../i18n/i18n';
import { createRowVirtualizer } from '../../primitives/create-row-virtualizer';
import { createLive } from '../../primitives/create-live';
import { go } from '../../router';
import { useOrgNames } from './use-org-names';
import { ExportPeopleButton } from './import/ExportPeopleButton';

const ROW = 44;
const parts = () => import('./query');
const QueryFilters = lazy(() => parts().then((m) => ({ default: m.QueryFilters })));
const SavedQueries = lazy(() => parts().then((m) => ({ default: m.SavedQueries })));

/**
 * 人员档案: every person, filtered by department, post, status and certificates, searched as you type
 * (virtualised). The conditions live in the URL (#/people?dept=…&state=…): bookmarkable, and back undoes a step.
 * The query engine loads with the page, outside the initial bundle.
 */
export function PeopleList() {
  const { services } = useApp();
  const rows = createLive(services.people.rows);
  const names = useOrgNames();
  const [engine] = createResource(() => services.people.query.load());
  const filter = createMemo((): PeopleQuery => engine()?.parse(hashParams()) ?? {});
  const [facts, setFacts] = createSignal<CertFactsIndex>();
  const [pinyinReady, setPinyinReady] = createSignal(false);
  const shown = createMemo(() => (pinyinReady(), engine()?.filter(rows() ?? [], filter(), facts()) ?? []));
  const waiting = () => !rows() || !engine() || (engine()!.needsCerts(filter()) && !facts());
  const isDefault = () => engine()?.isDefault(filter()) ?? true;
  /** Changes conditions: a new history step, except while typing the search text. */
  const set = (patch: Partial<PeopleQuery>, typing = false) => {
    const e = engine();
    if (e) setHashParams(e.params({ ...filter(), ...patch }), typing);
  };
  createEffect(() => {
    if (/[a-z]/i.test(filter().q ?? '') && !pinyinReady()) void services.people.loadPinyin().then(() => setPinyinReady(true));
  });

  const { virtual, ref: scroller } = createRowVirtualizer(() => shown().length, ROW);

  return (
    <section class="page people" aria-labelledby="pl-h">
      <div class="page-head">
        <h1 id="pl-h">{t('people.title')}</h1>
        <a class="button" href="#/people/import">{t('import.button')}</a>
        <ExportPeopleButton rows={shown} />
        <button type="button" class="primary" onClick={() => go('/people/new')}>{t('people.add')}</button>
      </div>
      <div class="filters" role="search" aria-label={t('query.filters')}>
        <input type="search" aria-label={t('people.search')} placeholder={t('people.searchPlaceholder')} maxLength={50}
          value={filter().q ?? ''} onInput={(e) => set({ q: e.currentTarget.value }, true)} />
        <Show when={engine()}>{(e) => <QueryFilters svc={e()} query={filter()} set={set} onFacts={(f) => setFacts(() => f)} />}</Show>
      </div>
      <div class="query-bar">
        <Show when={engine()}>{(e) => <SavedQueries svc={e()} query={filter()} apply={(q) => setHashParams(e().params(q))} />}</Show>
        <span class="count" data-testid="people-count" aria-live="polite">
          {waiting() ? t('common.loading') : t(isDefault() ? 'people.count' : 'query.countFiltered', { n: shown().length })}
        </span>
        <Show when={!isDefault()}>
          <button type="button" class="link" onClick={() => setHashParams({})}>{t('query.clear')}</button>
        </Show>
      </div>
      <div class="table" role="table" aria-label={t('people.title')} aria-rowcount={shown().length}>
        <div class="thead" role="row">
          <For each={['workNo', 'name', 'sex', 'dept', 'post', 'status', 'idNumber']}>
            {(c) => <span role="columnheader" class={`c-${c}`}>{t(`people.col.${c}`)}</span>}
          </For>
        </div>
        <div class="tbody" ref={scroller}>
          <Show when={!waiting() && shown().length === 0}>
            <p class="empty">{t('people.empty')}</p>
          </Show>
          <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }}>
            <For each={virtual.getVirtualItems()}>
              {(item) => {
                const p = () => shown()[item.index]!;
                return (
                  <a class="tr" role="row" href={`#/people/${p().id}`} data-testid="person-row"
                    style={{ transform: `translateY(${item.start}px)`, height: `${ROW}px` }}>
                    <span role="cell" class="c-workNo">{p().workNo}</span>
                    <span role="cell" class="c-name">{p().name}</span>
                    <span role="cell" class="c-sex">{t(`sex.${p().sex}`)}</span>
                    <span role="cell" class="c-dept">{names().dept(p().departmentId)}</span>
                    <span role="cell" class="c-post">{names().post(p().postId)}</span>
                    <span role="cell" class={`c-status s-${p().status}`}>{t(`status.${p().status}`)}</span>
                    <span role="cell" class="c-idNumber mono">{maskIdNumber(p().idNumber)}</span>
                  </a>
                );
              }}
            </For>
          </div>
        </div>
      </div>
    </section>
  );
}
