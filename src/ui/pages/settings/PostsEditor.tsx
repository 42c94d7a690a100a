import { createSignal, For, Show } from 'solid-js';
import type { FieldError, PostRow } from '../../../app/services';
import { EditableList } from '../../components/EditableList';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';

/** 岗位: posts with their department and the qualifications they require (checked by the certificate module). */
export function PostsEditor() {
  const names = useOrgNames();
  const { services } = useApp();
  return (
    <EditableList<PostRow>
      headingId="st-post" title={t('settings.posts')} addLabel={t('post.add')} emptyText={t('post.empty')}
      rows={names().posts} listClass="scroll"
      item={(p) => <>{p.name} <span class="muted">{names().dept(p.departmentId)}</span> <span class="muted small">{p.qualifications.join('；')}</span></>}
      form={(row, onDone) => <PostForm row={row} onDone={onDone} />}
      remove={(p) => services.org.removePost(p.id)}
    />
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
