import { createSignal, For, Show } from 'solid-js';
import type { FieldError, PostRow } from '../../../app/services';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';

/** 岗位: posts with their department and the qualifications they require (checked by the certificate module). */
export function PostsEditor() {
  const names = useOrgNames();
  const { services } = useApp();
  const [editing, setEditing] = createSignal<PostRow | 'new' | null>(null);
  const [error, setError] = createSignal<FieldError>();
  async function remove(p: PostRow) {
    const r = await services.org.removePost(p.id);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  return (
    <section class="card" aria-labelledby="st-post">
      <div class="page-head">
        <h2 id="st-post">{t('settings.posts')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('post.add')}</button>
      </div>
      <Show when={editing()}>
        {(p) => <PostForm row={p() === 'new' ? undefined : (p() as PostRow)} onDone={() => setEditing(null)} />}
      </Show>
      <FormError error={error()} />
      <Show when={names().posts.length === 0}><p class="muted">{t('post.empty')}</p></Show>
      <ul class="list scroll">
        <For each={names().posts}>
          {(p) => (
            <li>
              {p.name} <span class="muted">{names().dept(p.departmentId)}</span>
              <span class="muted small">{p.qualifications.join('；')}</span>
              <span class="spacer" />
              <button type="button" class="link" onClick={() => setEditing(p)}>{t('common.edit')}</button>
              <button type="button" class="link danger" onClick={() => remove(p)} aria-label={`${t('common.delete')} ${p.name}`}>{t('common.delete')}</button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

function PostForm(props: { row?: PostRow; onDone: () => void }) {
  const { services } = useApp();
  const names = useOrgNames();
  const [name, setName] = createSignal(props.row?.name ?? '');
  const [dept, setDept] = createSignal<string>(props.row?.departmentId ?? '');
  const [quals, setQuals] = createSignal((props.row?.qualifications ?? []).join('\n'));
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  async function submit(e: Event) {
    e.preventDefault();
    const qualifications = quals().split('\n').map((s) => s.trim()).filter(Boolean);
    const r = await services.org.savePost(props.row?.id ?? null, { name: name(), departmentId: dept(), qualifications });
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  return (
    <form class="form inline" onSubmit={submit} novalidate>
      <Field label={t('post.name')} error={errors().name} required>
        {(id, d) => <input id={id} aria-describedby={d} value={name()} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field label={t('post.department')} error={errors().departmentId}>
        {(id, d) => (
          <select id={id} aria-describedby={d} onChange={(e) => setDept(e.currentTarget.value)}>
            <option value="">{t('common.none')}</option>
            <For each={names().departments}>{(x) => <option value={x.id} selected={x.id === dept()}>{x.name}</option>}</For>
          </select>
        )}
      </Field>
      <Field label={t('post.qualifications')} error={errors().qualifications} hint={t('post.qualificationsHint')}>
        {(id, d) => <textarea id={id} aria-describedby={d} rows={3} value={quals()} onInput={(e) => setQuals(e.currentTarget.value)} />}
      </Field>
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
