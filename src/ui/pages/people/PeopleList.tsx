import { createVirtualizer } from '@tanstack/solid-virtual';
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { PeopleFilter } from '../../../app/services';
import { maskIdNumber } from '../../../domain/mask';
import { PERSON_STATUSES } from '../../../domain/person';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { go } from '../../router';
import { useOrgNames } from './use-org-names';

const ROW = 44;

/** 人员档案: every person, filtered by department / post / status and searched as you type (virtualised). */
export function PeopleList() {
  const { services } = useApp();
  const rows = createLive(services.people.rows);
  const names = useOrgNames();
  const [filter, setFilter] = createSignal<PeopleFilter>({ status: 'active' });
  const [pinyinReady, setPinyinReady] = createSignal(false);
  const shown = createMemo(() => (pinyinReady(), services.people.filter(rows() ?? [], filter())));
  const set = (patch: PeopleFilter) => setFilter((f) => ({ ...f, ...patch }));
  createEffect(() => {
    if (/[a-z]/i.test(filter().q ?? '') && !pinyinReady()) void services.people.loadPinyin().then(() => setPinyinReady(true));
  });

  let scroller!: HTMLDivElement;
  const virtual = createVirtualizer({
    get count() {
      return shown().length;
    },
    getScrollElement: () => scroller,
    estimateSize: () => ROW,
    overscan: 10,
  });

  return (
    <section class="page people" aria-labelledby="pl-h">
      <div class="page-head">
        <h1 id="pl-h">{t('people.title')}</h1>
        <a class="button" href="#/people/import">{t('import.button')}</a>
        <button type="button" class="primary" onClick={() => go('/people/new')}>{t('people.add')}</button>
      </div>
      <div class="filters" role="search">
        <input type="search" aria-label={t('people.search')} placeholder={t('people.searchPlaceholder')}
          value={filter().q ?? ''} onInput={(e) => set({ q: e.currentTarget.value })} />
        <label>
          {t('people.filterDept')}
          <select onChange={(e) => set({ departmentId: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            <For each={names().departments}>{(d) => <option value={d.id}>{d.name}</option>}</For>
          </select>
        </label>
        <label>
          {t('people.filterPost')}
          <select onChange={(e) => set({ postId: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            <For each={names().posts}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        </label>
        <label>
          {t('people.filterStatus')}
          <select onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            <For each={PERSON_STATUSES}>{(s) => <option value={s} selected={s === filter().status}>{t(`status.${s}`)}</option>}</For>
          </select>
        </label>
        <span class="count" data-testid="people-count" aria-live="polite">{t('people.count', { n: shown().length })}</span>
      </div>
      <div class="table" role="table" aria-label={t('people.title')} aria-rowcount={shown().length}>
        <div class="thead" role="row">
          <For each={['workNo', 'name', 'sex', 'dept', 'post', 'status', 'idNumber']}>
            {(c) => <span role="columnheader" class={`c-${c}`}>{t(`people.col.${c}`)}</span>}
          </For>
        </div>
        <div class="tbody" ref={scroller}>
          <Show when={rows() && shown().length === 0}>
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
