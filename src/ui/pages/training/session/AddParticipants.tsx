import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { FieldError, ParticipationRow, PersonRow, TrainingRow, TrainingService } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';
import { useOrgNames } from '../../people/use-org-names';

const MAX_HITS = 12;

/**
 * 添加人员 (T4): everyone active in the ticked departments and posts, people found by name or 工号, or the targets of
 * the session's plan item; one 加入 adds them all (the service refuses the lot if one has left, naming them).
 */
export function AddParticipants(props: { svc: TrainingService; row: TrainingRow; parts: ParticipationRow[]; planYear?: number }) {
  const { services } = useApp();
  const names = useOrgNames();
  const people = createLive(services.people.rows);
  const [open, setOpen] = createSignal(false);
  const [depts, setDepts] = createSignal<ReadonlySet<string>>(new Set());
  const [posts, setPosts] = createSignal<ReadonlySet<string>>(new Set());
  const [picked, setPicked] = createSignal<ReadonlySet<string>>(new Set());
  const [query, setQuery] = createSignal('');
  const [error, setError] = createSignal<FieldError>();
  const [done, setDone] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const toggle = (set: (f: (s: ReadonlySet<string>) => ReadonlySet<string>) => void, id: string) =>
    set((s) => {
      const n = new Set(s);
      if (!n.delete(id)) n.add(id);
      return n;
    });
  const onList = createMemo(() => new Set(props.parts.map((p) => p.personId)));
  /** Active people of the ticked departments and posts, and the people picked by search, not yet on the list. */
  const chosen = createMemo(() => {
    const d = depts(), p = posts(), k = picked();
    return (people() ?? []).filter((x) => !onList().has(x.id) && (k.has(x.id) || (x.status === 'active' && (d.has(x.departmentId ?? '') || p.has(x.postId ?? '')))));
  });
  const hits = createMemo(() => {
    const q = query().trim().toLowerCase();
    if (!q) return [];
    return (people() ?? []).filter((x) => x.name.toLowerCase().includes(q) || x.workNo.toLowerCase().includes(q)).slice(0, MAX_HITS);
  });
  const [targets] = createResource(
    () => (props.row.planItemId && props.planYear ? [props.planYear, props.row.planItemId] as const : undefined),
    async ([year, item]) => (await services.plans.load()).targets(year, item),
  );
  const newTargets = () => (targets() ?? []).filter((id) => !onList().has(id));

  async function add(ids: string[]) {
    setBusy(true);
    setDone('');
    const r = await props.svc.addParticipants(props.row.id, ids);
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    setError(undefined);
    setDepts(new Set<string>());
    setPosts(new Set<string>());
    setPicked(new Set<string>());
    setQuery('');
    setDone(t('session.p.added', { n: r.value }));
  }
  const label = (x: PersonRow) => `${x.name}（${x.workNo}）${x.status === 'left' ? t('session.p.left') : ''}`;

  return (
    <div class="ts-add">
      <button type="button" aria-expanded={open()} onClick={() => setOpen(!open())}>{t('session.p.add')}</button>
      <Show when={newTargets().length}>
        <button type="button" disabled={busy()} onClick={() => void add(newTargets())}>{t('session.p.fromPlan', { n: newTargets().length })}</button>
      </Show>
      <Show when={done()}><span class="ok" role="status">{done()}</span></Show>
      <FormError error={error()} />
      <Show when={open()}>
        <div class="ts-add-body">
          <fieldset>
            <legend>{t('session.p.byDept')}</legend>
            <For each={names().departments}>
              {(d) => <label class="check"><input type="checkbox" checked={depts().has(d.id)} onChange={() => toggle(setDepts, d.id)} />{d.name}</label>}
            </For>
          </fieldset>
          <fieldset>
            <legend>{t('session.p.byPost')}</legend>
            <For each={names().posts}>
              {(p) => <label class="check"><input type="checkbox" checked={posts().has(p.id)} onChange={() => toggle(setPosts, p.id)} />{p.name}</label>}
            </For>
          </fieldset>
          <fieldset>
            <legend>{t('session.p.bySearch')}</legend>
            <input type="search" aria-label={t('session.p.search')} placeholder={t('session.p.search')} value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
            <For each={hits()}>
              {(x) => (
                <label class="check" classList={{ muted: x.status !== 'active' }}>
                  <input type="checkbox" checked={picked().has(x.id) || onList().has(x.id)} disabled={onList().has(x.id)} onChange={() => toggle(setPicked, x.id)} />
                  {label(x)}
                  <Show when={onList().has(x.id)}><span class="muted small">{t('session.p.already')}</span></Show>
                </label>
              )}
            </For>
          </fieldset>
          <div class="ts-add-go">
            <button type="button" class="primary" disabled={busy() || !chosen().length} onClick={() => void add(chosen().map((x) => x.id))}>
              {t('session.p.addChosen', { n: chosen().length })}
            </button>
            <span class="muted small">{chosen().slice(0, 8).map((x) => x.name).join('、')}{chosen().length > 8 ? ' …' : ''}</span>
          </div>
        </div>
      </Show>
    </div>
  );
}
