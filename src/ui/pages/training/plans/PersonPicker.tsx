import { createMemo, createSignal, For, Show } from 'solid-js';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';

/** Picks active people by name or 工号 (up to 8 matches shown); the chosen ones are chips that can be removed. */
export function PersonPicker(props: { value: string[]; onChange: (ids: string[]) => void; label: string }) {
  const { services } = useApp();
  const people = createLive(services.people.rows);
  const [q, setQ] = createSignal('');
  const byId = createMemo(() => new Map((people() ?? []).map((p) => [p.id as string, p])));
  const matches = createMemo(() => {
    const s = q().trim().toLowerCase();
    if (!s) return [];
    const chosen = new Set(props.value);
    return (people() ?? [])
      .filter((p) => p.status === 'active' && !chosen.has(p.id) && (p.name.includes(s) || p.workNo.toLowerCase().includes(s)))
      .slice(0, 8);
  });
  const label = (id: string) => {
    const p = byId().get(id);
    return p ? `${p.name}（${p.workNo}）` : '…';
  };
  return (
    <fieldset class="plan-people">
      <legend>{props.label}</legend>
      <ul class="plan-chips">
        <For each={props.value}>
          {(id) => (
            <li>
              {label(id)}
              <button type="button" class="link" aria-label={`${t('common.delete')} ${label(id)}`}
                onClick={() => props.onChange(props.value.filter((x) => x !== id))}>×</button>
            </li>
          )}
        </For>
      </ul>
      <input type="search" aria-label={t('plan.find')} placeholder={t('plan.find')} value={q()} onInput={(e) => setQ(e.currentTarget.value)} />
      <Show when={matches().length}>
        <ul class="plan-matches">
          <For each={matches()}>
            {(p) => (
              <li>
                <button type="button" class="link" onClick={() => (props.onChange([...props.value, p.id]), setQ(''))}>
                  {p.name}（{p.workNo}）
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </fieldset>
  );
}
