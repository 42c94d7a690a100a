import { createSignal, For, Show } from 'solid-js';
import { CATALOG } from '../../../domain/certificates/catalog';
import { parseQualification, qualificationCode, REQUIRABLE_KINDS, type Qualification, type RequirableKind } from '../../../domain/compliance/qualification';
import { suggestQualification } from '../../../domain/compliance/suggest-qualification';
import { t } from '../../i18n/i18n';
import { qualificationText } from './qualification-text';
import './certificates.css';

const TYPES = ['so', ...REQUIRABLE_KINDS, 'other'] as const;
type PickType = (typeof TYPES)[number];
const MAX = 20;

/**
 * The qualifications a post requires, picked from the special-operations catalog (category → item, or any item of
 * a category) or from the certificate kinds, instead of typed. Entries typed as free text before keep showing as
 * typed, marked unrecognised (not checked), with a one-click replacement when the text names a catalog entry.
 */
export function QualificationPicker(props: { value: string[]; onChange: (codes: string[]) => void; describedBy?: string }) {
  const [type, setType] = createSignal<PickType>('so');
  const [category, setCategory] = createSignal('');
  const [item, setItem] = createSignal('');
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal('');
  const items = () => CATALOG.categories.find((c) => c.code === category())?.items ?? [];

  function picked(): Qualification | undefined {
    if (type() === 'so') return category() ? { type: 'so', category: category(), ...(item() ? { item: item() } : {}) } : undefined;
    if (type() === 'other') return name().trim() ? { type: 'other', name: name().trim().slice(0, 40) } : undefined;
    return { type: 'kind', kind: type() as RequirableKind };
  }
  function add() {
    const q = picked();
    if (!q) return setError('compliance.qual.incomplete');
    const code = qualificationCode(q);
    if (props.value.includes(code)) return setError('compliance.qual.duplicate');
    if (props.value.length >= MAX) return setError('compliance.qual.tooMany');
    setError('');
    props.onChange([...props.value, code]);
  }
  const replace = (i: number, code: string) => props.onChange(props.value.map((c, j) => (j === i ? code : c)).filter((c, j, all) => all.indexOf(c) === j));

  return (
    <div class="qual-picker">
      <Show when={props.value.length} fallback={<p class="muted small">{t('compliance.qual.none')}</p>}>
        <ul class="qual-list" aria-label={t('post.qualifications')}>
          <For each={props.value}>
            {(code, i) => {
              const q = parseQualification(code);
              const hint = q.type === 'legacy' ? suggestQualification(code) : undefined;
              return (
                <li classList={{ legacy: q.type === 'legacy' }} data-testid="qual-item">
                  <span>{qualificationText(code)}</span>
                  <Show when={q.type === 'legacy'}>
                    <span class="qual-flag" title={t('compliance.qual.unrecognised')}>{t('compliance.qual.unrecognisedShort')}</span>
                  </Show>
                  <Show when={hint}>
                    {(h) => (
                      <button type="button" class="link" onClick={() => replace(i(), qualificationCode(h()))}>
                        {t('compliance.qual.convert', { label: qualificationText(qualificationCode(h())) })}
                      </button>
                    )}
                  </Show>
                  <button type="button" class="link danger" aria-label={t('compliance.qual.remove', { label: code })}
                    onClick={() => props.onChange(props.value.filter((_, j) => j !== i()))}>×</button>
                </li>
              );
            }}
          </For>
        </ul>
        <Show when={props.value.some((c) => parseQualification(c).type === 'legacy')}>
          <p class="muted small">{t('compliance.qual.unrecognised')}</p>
        </Show>
      </Show>
      <div class="qual-add" role="group" aria-label={t('compliance.qual.add')} aria-describedby={props.describedBy}>
        <label>
          {t('compliance.qual.type')}
          <select onChange={(e) => (setType(e.currentTarget.value as PickType), setError(''))}>
            <For each={TYPES}>{(k) => <option value={k} selected={type() === k}>{t(k === 'so' ? 'compliance.qual.type.so' : `cert.kind.${k}`)}</option>}</For>
          </select>
        </label>
        <Show when={type() === 'so'}>
          <label>
            {t('cert.category')}
            <select onChange={(e) => (setCategory(e.currentTarget.value), setItem(''))}>
              <option value="">{t('compliance.qual.choose')}</option>
              <For each={CATALOG.categories}>{(c) => <option value={c.code} selected={category() === c.code}>{c.code} {c.name}</option>}</For>
            </select>
          </label>
          <Show when={category()}>
            <label>
              {t('cert.item')}
              <Show when={items().length} fallback={<input value={item()} placeholder={t('compliance.qual.anyItem')} onInput={(e) => setItem(e.currentTarget.value.trim())} />}>
                <select onChange={(e) => setItem(e.currentTarget.value)}>
                  <option value="">{t('compliance.qual.anyItem')}</option>
                  <For each={items()}>
                    {(x) => <option value={x.code ?? x.name} selected={item() === (x.code ?? x.name)}>{x.code ? `${x.code} ${x.name}` : x.name}</option>}
                  </For>
                </select>
              </Show>
            </label>
          </Show>
        </Show>
        <Show when={type() === 'other'}>
          <label>
            {t('cert.kindName')}
            <input value={name()} maxLength={40} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
        </Show>
        <button type="button" onClick={add}>{t('compliance.qual.add')}</button>
      </div>
      <Show when={error()}><p class="error small" role="alert">{t(error())}</p></Show>
    </div>
  );
}
