import { createSignal, For, Show } from 'solid-js';
import type { PeopleQuery, QueryService, SavedPeopleQuery } from '../../../../app/query-service';
import { isDefaultPeopleQuery, peopleQueryToParams } from '../../../../domain/people-query-params';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';
import { QueryNameForm } from './QueryNameForm';
import './people-query.css';

const same = (a: PeopleQuery, b: PeopleQuery) => JSON.stringify(peopleQueryToParams(a)) === JSON.stringify(peopleQueryToParams(b));

/** 常用筛选: this device's saved queries as chips (apply with one click), save the current one, rename, delete. */
export function SavedQueries(props: { svc: QueryService; query: PeopleQuery; apply: (q: PeopleQuery) => void }) {
  const saved = createLive(props.svc.saved);
  /** The entry being renamed, or 'new' while naming the current query. */
  const [editing, setEditing] = createSignal<string | null>(null);
  const chip = (s: SavedPeopleQuery) => (
    <Show when={editing() === s.id} fallback={
      <span class="query-chip" classList={{ on: same(s.query, props.query) }} data-testid="saved-query">
        <button type="button" class="link" aria-pressed={same(s.query, props.query)} onClick={() => props.apply(s.query)}>{s.name}</button>
        <button type="button" class="link" aria-label={t('query.rename', { name: s.name })} title={t('query.rename', { name: s.name })}
          onClick={() => setEditing(s.id)}>✎</button>
        <button type="button" class="link danger" aria-label={t('query.delete', { name: s.name })} title={t('query.delete', { name: s.name })}
          onClick={() => void props.svc.remove(s.id)}>×</button>
      </span>
    }>
      <QueryNameForm initial={s.name} onSave={(name) => props.svc.rename(s.id, name)} onDone={() => setEditing(null)} />
    </Show>
  );
  return (
    <div class="query-saved" role="group" aria-label={t('query.saved')}>
      <span class="muted">{t('query.saved')}</span>
      <For each={saved()}>{chip}</For>
      <Show when={editing() === 'new'} fallback={
        <button type="button" class="link" disabled={isDefaultPeopleQuery(props.query)} onClick={() => setEditing('new')}>＋ {t('query.save')}</button>
      }>
        <QueryNameForm onSave={(name) => props.svc.save({ name, query: props.query })} onDone={() => setEditing(null)} />
      </Show>
    </div>
  );
}
