import { createUniqueId, For } from 'solid-js';

export type FilterOption = { value: string; label: string };

/** One labelled filter of the people list ('' = 全部). */
export function FilterSelect(props: {
  label: string; value: string; options: readonly FilterOption[]; onChange: (value: string) => void; disabled?: boolean;
}) {
  const id = createUniqueId();
  return (
    <span class="query-filter">
      <label for={id}>{props.label}</label>
      <select id={id} disabled={props.disabled} title={props.options.find((o) => o.value === props.value)?.label}
        onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.options}>{(o) => <option value={o.value} selected={o.value === props.value}>{o.label}</option>}</For>
      </select>
    </span>
  );
}
