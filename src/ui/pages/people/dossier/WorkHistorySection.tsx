import { createSignal, For, Show } from 'solid-js';
import type { PersonRow } from '../../../../app/services';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { dossierService } from './dossier-service';
import { RecordForm, type FieldSpec } from './RecordForm';

type Work = PersonRow['workHistory'][number];

/** 作业经历: where and in what work the person worked (PRODUCT P2), oldest first; add, edit, delete. */
export function WorkHistorySection(props: { row: PersonRow }) {
  const { services } = useApp();
  const [editing, setEditing] = createSignal<Work | 'new' | null>(null);
  const rows = () => props.row.workHistory ?? [];
  const specs = (): FieldSpec[] => [
    { key: 'from', label: t('person.work.from'), required: true, date: true },
    { key: 'to', label: t('person.work.to'), date: true, hint: t('person.work.toHint') },
    { key: 'employer', label: t('person.work.employer'), required: true },
    { key: 'work', label: t('person.work.work'), required: true },
    { key: 'years', label: t('person.work.years'), numeric: true },
    { key: 'note', label: t('field.note') },
  ];
  const svc = () => dossierService(services);

  return (
    <section class="card wide" aria-labelledby="d-work">
      <div class="page-head">
        <h2 id="d-work">{t('person.section.work')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('person.work.add')}</button>
      </div>
      <Show when={editing()} keyed>
        {(e) => {
          const r = e === 'new' ? undefined : e;
          return (
            <RecordForm label={r ? `${t('common.edit')} ${t('person.section.work')}` : t('person.work.add')} specs={specs()} initial={r}
              onSave={async (v, changed) => (await svc()).saveWork(props.row.id, r?.id ?? null, v, changed)}
              onRemove={r && (async () => (await svc()).remove(props.row.id, 'work', r.id))}
              onDone={() => setEditing(null)} />
          );
        }}
      </Show>
      <Show when={rows().length} fallback={<p class="muted">{t('person.none')}</p>}>
        <table class="dossier-table" data-testid="work-history">
          <thead>
            <tr>
              <th>{t('person.work.period')}</th><th>{t('person.work.employer')}</th><th>{t('person.work.work')}</th>
              <th class="num">{t('person.work.years')}</th><th>{t('field.note')}</th><th />
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(w) => (
                <tr>
                  <td class="mono nowrap">{w.from} ～ {w.to ?? t('person.work.now')}</td>
                  <td>{w.employer}</td>
                  <td>{w.work}</td>
                  <td class="num">{w.years ?? ''}</td>
                  <td class="muted">{w.note ?? ''}</td>
                  <td><button type="button" class="link" aria-label={`${t('common.edit')} ${w.from} ${w.employer}`} onClick={() => setEditing(w)}>{t('common.edit')}</button></td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
