import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { FieldError, ParticipationRow, TrainingRow, TrainingService } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { useOrgNames } from '../../people/use-org-names';
import { AddParticipants } from './AddParticipants';
import { ScoresTable } from './ScoresTable';
import { SignInList } from './SignInList';
import { SignState } from './SignState';

const MODES = ['list', 'signin', 'score'] as const;
type Mode = (typeof MODES)[number];

/** 参加人员 (T3–T5): the list with additions and removals, the 签到 mode and the 考核 mode, one card. */
export function ParticipantsPanel(props: { svc: TrainingService; row: TrainingRow; parts: ParticipationRow[]; editable: boolean; planYear?: number }) {
  const names = useOrgNames();
  const [mode, setMode] = createSignal<Mode>('list');
  const [error, setError] = createSignal<FieldError>();
  async function remove(p: ParticipationRow) {
    const r = await props.svc.removeParticipant(props.row.id, p.personId);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  return (
    <section class="card ts-parts" aria-labelledby="ts-p-h">
      <div class="ts-card-head">
        <h2 id="ts-p-h">{t('session.p.title')}</h2>
        <span class="muted">{t('session.p.count', { n: props.row.participants, a: props.row.attended, l: props.row.late, x: props.row.absent })}</span>
      </div>
      <div class="ts-modes" role="tablist" aria-label={t('session.p.title')}>
        <For each={MODES}>
          {(m) => <button type="button" role="tab" aria-selected={mode() === m} onClick={() => setMode(m)}>{t(`session.p.mode.${m}`)}</button>}
        </For>
      </div>
      <Switch>
        <Match when={mode() === 'list'}>
          <Show when={props.editable}>
            <AddParticipants svc={props.svc} row={props.row} parts={props.parts} planYear={props.planYear} />
          </Show>
          <Show when={props.parts.length} fallback={<p class="muted">{t('session.p.none')}</p>}>
            <table class="ts-table" data-testid="participants">
              <thead><tr><th>{t('field.workNo')}</th><th>{t('field.name')}</th><th>{t('field.department')}</th><th>{t('session.p.signState')}</th><th /></tr></thead>
              <tbody>
                <For each={props.parts}>
                  {(p) => (
                    <tr data-testid="participant" data-person={p.personId} data-mark={p.mark}>
                      <td class="mono">{p.workNo}</td>
                      <td>{p.name}</td>
                      <td>{names().dept(p.departmentId) || '—'}</td>
                      <td><SignState p={p} /></td>
                      <td class="ts-end">
                        <Show when={props.editable}>
                          <button type="button" class="link danger" aria-label={t('session.p.remove', { name: p.name })} onClick={() => void remove(p)}>
                            {t('session.p.removeShort')}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <FormError error={error()} />
        </Match>
        <Match when={mode() === 'signin'}>
          <SignInList svc={props.svc} row={props.row} parts={props.parts} editable={props.editable} />
        </Match>
        <Match when={mode() === 'score'}>
          <ScoresTable svc={props.svc} row={props.row} parts={props.parts} editable={props.editable} />
        </Match>
      </Switch>
    </section>
  );
}
