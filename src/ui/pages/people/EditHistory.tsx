import { For, Show } from 'solid-js';
import type { EditView } from '../../../app/services';
import { formatDateTime } from '../../../domain/format-date';
import { maskIdNumber } from '../../../domain/mask';
import { t } from '../../i18n/i18n';

/** 修改记录: every field edit of the dossier; values lost to a concurrent edit on another device are flagged. */
export function EditHistory(props: { edits: EditView[] }) {
  const shown = (e: EditView) => {
    if (e.v === null || e.v === undefined || e.v === '') return '—';
    if (e.f === 'idNumber') return maskIdNumber(String(e.v));
    if (e.f === 'status') return t(`status.${String(e.v)}`);
    return String(e.v);
  };
  return (
    <section class="card" aria-labelledby="d-edits">
      <h2 id="d-edits">{t('person.edits')}</h2>
      <Show when={props.edits.length} fallback={<p class="muted">{t('person.editsNone')}</p>}>
        <ol class="history" data-testid="edit-history">
          <For each={props.edits}>
            {(e) => (
              <li classList={{ conflict: e.overwritten }}>
                <span class="mono">{formatDateTime(e.at)}</span> {t(`field.${e.f}`)}：{shown(e)}
                <Show when={e.overwritten}>
                  <strong class="error"> {t('person.editOverwritten')}</strong>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
