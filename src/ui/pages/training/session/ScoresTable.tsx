import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { FieldError, ParticipationRow, TrainingRow, TrainingService } from '../../../../app/services';
import { participantPassed, requiredScores } from '../../../../domain/training/session';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { addDays } from '../../../../domain/certificates/date-math';

/** Days after the session a failed participant is suggested for 补训 (the officer may change it). */
const RETRAIN_AFTER_DAYS = 30;

/**
 * 考核 mode (T5): the scores the method asks for per attendee, 合格/不合格 live against the pass mark as typed, and
 * for a failure the 补训日期 (suggested 30 days after the session). Each row is saved on its own.
 */
export function ScoresTable(props: { svc: TrainingService; row: TrainingRow; parts: ParticipationRow[]; editable: boolean }) {
  const need = () => requiredScores(props.row.method);
  /** Each row's save, for 保存全部 (rows with nothing changed skip it). */
  const savers = new Map<string, () => Promise<void>>();
  const [busy, setBusy] = createSignal(false);
  async function saveAll() {
    setBusy(true);
    for (const save of savers.values()) await save();
    setBusy(false);
  }
  const attendees = () => props.parts.filter((p) => p.mark === 'present' || p.mark === 'late');
  return (
    <div class="ts-scores">
      <Show when={props.row.method} fallback={<p class="muted">{t('session.sc.noMethod')}</p>}>
        <Show when={need().length} fallback={<p class="muted">{t('session.sc.evaluation')}</p>}>
          <p class="muted">{t('session.sc.rule', { method: t(`training.method.${props.row.method}`), mark: props.row.passMark })}</p>
          <Show when={attendees().length} fallback={<p class="muted">{t('session.sc.noAttendees')}</p>}>
            <table class="ts-table">
              <thead>
                <tr>
                  <th>{t('field.workNo')}</th><th>{t('field.name')}</th>
                  <For each={need()}>{(k) => <th>{t(`session.sc.${k}`)}</th>}</For>
                  <th>{t('session.sc.result')}</th><th>{t('session.sc.retrain')}</th><th />
                </tr>
              </thead>
              {/* Keyed by person id: another row's save (a new live row object) keeps what is typed in this one. */}
              <tbody>
                <For each={attendees().map((p) => p.personId)}>
                  {(id) => <Show when={attendees().find((p) => p.personId === id)}>{(p) => <ScoreRow {...props} p={p()} savers={savers} />}</Show>}
                </For>
              </tbody>
            </table>
            <Show when={props.editable}>
              <div class="actions"><button type="button" class="primary" disabled={busy()} onClick={() => void saveAll()}>{t('session.sc.saveAll')}</button></div>
            </Show>
          </Show>
        </Show>
      </Show>
    </div>
  );
}

function ScoreRow(props: { svc: TrainingService; row: TrainingRow; p: ParticipationRow; editable: boolean; savers: Map<string, () => Promise<void>> }) {
  const str = (n?: number) => (n === undefined ? '' : String(n));
  const [theory, setTheory] = createSignal(str(props.p.theory));
  const [practical, setPractical] = createSignal(str(props.p.practical));
  const [retrain, setRetrain] = createSignal(props.p.retrainDate ?? '');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [saved, setSaved] = createSignal(false);
  const value = { theory, practical } as const;
  const setter = { theory: setTheory, practical: setPractical } as const;
  /** A score as typed; out of range or not a number counts as not scored (no 合格/不合格 until it is valid). */
  const asNum = (s: string) => {
    const n = Number(s);
    return s.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100 ? undefined : n;
  };
  const passed = () => participantPassed(props.row.method, props.row.passMark, { theory: asNum(theory()), practical: asNum(practical()) });
  const dirty = () => theory() !== str(props.p.theory) || practical() !== str(props.p.practical) || retrain() !== (props.p.retrainDate ?? '');

  function typed(k: 'theory' | 'practical', v: string) {
    setter[k](v);
    setSaved(false);
    // A failure gets the suggested 补训 date once; the officer may change or clear it.
    if (passed() === false && !retrain()) setRetrain(addDays(props.row.date, RETRAIN_AFTER_DAYS));
  }
  async function save() {
    const r = await props.svc.score(props.row.id, props.p.personId, {
      theory: theory(), practical: practical(), retrainDate: passed() === false ? retrain() : '',
    });
    setErrors(r.ok ? {} : r.errors);
    setSaved(r.ok);
  }
  props.savers.set(props.p.personId, async () => void (dirty() && (await save())));
  onCleanup(() => props.savers.delete(props.p.personId));
  const msg = (k: string) => errors()[k];
  return (
    <tr data-testid="score-row" data-person={props.p.personId} data-passed={passed() === undefined ? '' : String(passed())}>
      <td class="mono">{props.p.workNo}</td>
      <td>{props.p.name}</td>
      <For each={requiredScores(props.row.method)}>
        {(k) => (
          <td>
            <input class="ts-score" inputmode="decimal" aria-label={t(`session.sc.${k}For`, { name: props.p.name })} aria-invalid={!!msg(k)}
              disabled={!props.editable} value={value[k]()} onInput={(e) => typed(k, e.currentTarget.value)} />
            <Show when={msg(k)}>{(e) => <div class="ts-err" role="alert">{t(e().key, e().params)}</div>}</Show>
          </td>
        )}
      </For>
      <td>
        <Show when={passed() !== undefined} fallback={<span class="muted">—</span>}>
          <span class={passed() ? 'ts-tag ts-ok' : 'ts-tag ts-bad'}>{passed() ? t('session.sc.pass') : t('session.sc.fail')}</span>
        </Show>
      </td>
      <td>
        <Show when={passed() === false}>
          <input class="ts-date" placeholder="YYYY-MM-DD" inputmode="numeric" aria-label={t('session.sc.retrainFor', { name: props.p.name })}
            aria-invalid={!!msg('retrainDate')} disabled={!props.editable} value={retrain()} onInput={(e) => (setRetrain(e.currentTarget.value), setSaved(false))} />
          <Show when={msg('retrainDate')}>{(e) => <div class="ts-err" role="alert">{t(e().key, e().params)}</div>}</Show>
        </Show>
      </td>
      <td class="ts-end">
        <Show when={props.editable}>
          <button type="button" disabled={!dirty()} aria-label={t('session.sc.saveFor', { name: props.p.name })} onClick={() => void save()}>
            {t('common.save')}
          </button>
        </Show>
        <Show when={props.editable && saved() && !dirty()}><span class="ok small" role="status">{t('common.saved')}</span></Show>
        <FormError error={msg('')} />
      </td>
    </tr>
  );
}
