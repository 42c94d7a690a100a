import { createSignal, For, Show } from 'solid-js';
import type { PersonRow } from '../../../../app/services';
import { DOSE_ANNUAL_LIMIT_MSV, doseYears } from '../../../../domain/dose-years';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { dossierService } from './dossier-service';
import { RecordForm, type FieldSpec } from './RecordForm';

type Dose = PersonRow['doses'][number];

/**
 * 个人剂量 (PRODUCT P3): dose records by monitoring period, grouped by calendar year with the year's sum; a year
 * above the annual limit is flagged. Add, edit, delete.
 */
export function DosesSection(props: { row: PersonRow }) {
  const { services } = useApp();
  const [editing, setEditing] = createSignal<Dose | 'new' | null>(null);
  const years = () => doseYears(props.row.doses ?? []);
  const limit = { limit: DOSE_ANNUAL_LIMIT_MSV };
  const specs = (): FieldSpec[] => [
    { key: 'from', label: t('person.work.from'), required: true, date: true },
    { key: 'to', label: t('person.work.to'), required: true, date: true },
    { key: 'dose', label: t('person.dose.value'), required: true, numeric: true },
    { key: 'org', label: t('person.dose.org') },
    { key: 'reportNo', label: t('person.dose.reportNo') },
    { key: 'note', label: t('field.note') },
  ];
  const svc = () => dossierService(services);

  return (
    <section class="card wide" aria-labelledby="d-dose">
      <div class="page-head">
        <h2 id="d-dose">{t('person.section.doses')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('person.dose.add')}</button>
      </div>
      <Show when={editing()} keyed>
        {(e) => {
          const r = e === 'new' ? undefined : e;
          return (
            <RecordForm label={r ? `${t('common.edit')} ${t('person.section.doses')}` : t('person.dose.add')} specs={specs()} initial={r}
              onSave={async (v, changed) => (await svc()).saveDose(props.row.id, r?.id ?? null, v, changed)}
              onRemove={r && (async () => (await svc()).remove(props.row.id, 'doses', r.id))}
              onDone={() => setEditing(null)} />
          );
        }}
      </Show>
      <Show when={years().length} fallback={<p class="muted">{t('person.none')}</p>}>
        <table class="dossier-table" data-testid="doses">
          <thead>
            <tr>
              <th>{t('person.dose.period')}</th><th class="num">{t('person.dose.value')}</th><th>{t('person.dose.org')}</th>
              <th>{t('person.dose.reportNo')}</th><th>{t('field.note')}</th><th />
            </tr>
          </thead>
          <For each={years()}>
            {(y) => (
              <tbody>
                <tr class="year" classList={{ over: y.over }} data-testid="dose-year" data-over={String(y.over)}>
                  <th colSpan={6}>
                    {t('person.dose.year', { year: y.year, sum: y.total.toFixed(3) })}
                    <Show when={y.over}> <span class="state state-expired" data-testid="dose-over">{t('person.dose.over', limit)}</span></Show>
                  </th>
                </tr>
                <For each={y.entries}>
                  {(d) => (
                    <tr>
                      <td class="mono nowrap">{d.from} ～ {d.to}</td>
                      <td class="num mono">{Number(d.dose).toFixed(3)}</td>
                      <td>{d.org ?? ''}</td>
                      <td class="mono">{d.reportNo ?? ''}</td>
                      <td class="muted">{d.note ?? ''}</td>
                      <td><button type="button" class="link" aria-label={`${t('common.edit')} ${d.from}`} onClick={() => setEditing(d)}>{t('common.edit')}</button></td>
                    </tr>
                  )}
                </For>
              </tbody>
            )}
          </For>
        </table>
      </Show>
      <p class="muted small">{t('person.dose.limitNote', limit)}</p>
    </section>
  );
}
