import { createSignal, Show } from 'solid-js';
import type { FieldError, PersonRow } from '../../../../app/services';
import { Field } from '../../../components/Field';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { dossierService } from './dossier-service';

/** 备注: free text about the person, several lines; each save shows in 修改记录 like a form field. */
export function NotesSection(props: { row: PersonRow }) {
  const { services } = useApp();
  const [editing, setEditing] = createSignal(false);
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);
  const open = () => (setText(props.row.note ?? ''), setError(undefined), setEditing(true));
  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    const r = await (await dossierService(services)).saveNote(props.row.id, text());
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    setEditing(false);
  }
  return (
    <section class="card" aria-labelledby="d-note">
      <div class="page-head">
        <h2 id="d-note">{t('field.note')}</h2>
        <Show when={!editing()}>
          {/* Not "编辑": that is the dossier's own edit button (tests and the bench find it by that name). */}
          <button type="button" onClick={open}>{t('person.notes.edit')}</button>
        </Show>
      </div>
      <Show when={editing()} fallback={
        <Show when={props.row.note} fallback={<p class="muted">{t('person.none')}</p>}>
          <p class="note-text" data-testid="notes">{props.row.note}</p>
        </Show>
      }>
        <form class="form" onSubmit={save} novalidate aria-label={t('person.notes.edit')}>
          <Field label={t('field.note')} error={error()}>
            {(id, d) => <textarea id={id} aria-describedby={d} rows={5} value={text()} onInput={(e) => setText(e.currentTarget.value)} />}
          </Field>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy()}>{busy() ? t('common.saving') : t('common.save')}</button>
            <button type="button" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
          </div>
        </form>
      </Show>
    </section>
  );
}
