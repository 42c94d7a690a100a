import { createSignal, For, Show } from 'solid-js';
import type { FieldError, PostRow } from '../../../app/services';
import { EditableList } from '../../components/EditableList';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { QualificationPicker } from '../certificates/QualificationPicker';
import { qualificationTextMarked } from '../certificates/qualification-text';
import { useOrgNames } from '../people/use-org-names';

/** 岗位: posts with their department and the qualifications they require (checked for 无证上岗 on the 证书 page). */
export function PostsEditor() {
  const names = useOrgNames();
  const { services } = useApp();
  return (
    <EditableList<PostRow>
      headingId="st-post" title={t('settings.posts')} addLabel={t('post.add')} emptyText={t('post.empty')}
      rows={names().posts} listClass="scroll"
      item={(p) => <>{p.name} <span class="muted">{names().dept(p.departmentId)}</span> <span class="muted small" data-testid="post-quals">{p.qualifications.map(qualificationTextMarked).join('；')}</span></>}
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
  const [quals, setQuals] = createSignal<string[]>([...(props.row?.qualifications ?? [])]);
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  async function submit(e: Event) {
    e.preventDefault();
    const r = await services.org.savePost(props.row?.id ?? null, { name: name(), departmentId: dept(), qualifications: quals() });
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  return (
    <form class="form inline" onSubmit={submit} novalidate aria-label={props.row ? `${t('common.edit')} ${props.row.name}` : t('post.add')}>
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
      <fieldset class="qual-field">
        <legend>{t('post.qualifications')}</legend>
        <QualificationPicker value={quals()} onChange={setQuals} describedBy="post-qual-hint" />
        <p id="post-qual-hint" class="muted small" classList={{ error: !!errors().qualifications }}>
          {errors().qualifications ? t(errors().qualifications!.key, errors().qualifications!.params) : t('compliance.qual.hint')}
        </p>
      </fieldset>
      <FormActions error={errors()['']} onCancel={props.onDone} />
    </form>
  );
}
