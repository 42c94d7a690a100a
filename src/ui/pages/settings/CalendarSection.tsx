import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import type { CalendarService, CalendarView } from '../../../app/calendar-service';
import type { FieldError } from '../../../app/services';
import { formatDate, formatDateTime } from '../../../domain/format-date';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { loadTrainingMessages, locale, t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

/** 设置 › 工作日历: which years the holiday data covers, the enterprise's own adjustments, a deadline calculator. */
export function CalendarSection() {
  const { services } = useApp();
  // Its messages travel with the training module's (not in the initial bundle).
  const [svc] = createResource(() => Promise.all([services.calendar.load(), loadTrainingMessages()]).then(([s]) => s));
  return (
    <section class="card calendar" aria-labelledby="st-calendar">
      <h2 id="st-calendar">{t('calendar.title')}</h2>
      <Show when={svc()} fallback={<p class="muted">{t('common.loading')}</p>}>{(s) => <CalendarBody svc={s()} />}</Show>
    </section>
  );
}

/** 周一…周日 (Mon…Sun in English) of a YYYY-MM-DD date. */
const weekday = (date: string) => new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The first of this year and next year that neither the data nor the users' entries cover. */
function missingYear(v: CalendarView): number | undefined {
  const y = Number(formatDate(Date.now()).slice(0, 4));
  return [y, y + 1].find((n) => (n < v.dataFrom || n > v.dataThrough) && !v.userYears.includes(n));
}

function CalendarBody(props: { svc: CalendarService }) {
  const view = createLive(props.svc.view);
  const [editable] = createResource(() => props.svc.mayEdit());
  const [removeError, setRemoveError] = createSignal<FieldError>();
  const remove = async (date: string) => {
    const r = await props.svc.remove(date);
    setRemoveError(r.ok ? undefined : Object.values(r.errors)[0]);
  };
  return (
    <Show when={view()}>
      {(v) => (
        <>
          <p data-testid="calendar-data">
            <strong>{t('calendar.data', { from: v().dataFrom, to: v().dataThrough, source: v().source })}</strong>
            <span class="muted small"> · {t('rules.version', { v: v().version })}</span>
          </p>
          <Show when={missingYear(v())}>
            {(y) => <p class="warn-text" role="note" data-testid="calendar-missing">⚠ {t('calendar.missing', { year: y() })}</p>}
          </Show>
          <h3>{t('calendar.overrides')}</h3>
          <Show when={v().overrides.length} fallback={<p class="muted small">{t('calendar.empty')}</p>}>
            <table class="audit-table">
              <thead>
                <tr><th>{t('calendar.date')}</th><th>{t('calendar.kind')}</th><th>{t('calendar.note')}</th><th>{t('calendar.by')}</th><th /></tr>
              </thead>
              <tbody>
                <For each={v().overrides}>
                  {(o) => (
                    <tr data-testid="calendar-override" data-date={o.date}>
                      <td><span class="mono">{o.date}</span> <span class="muted small">{weekday(o.date)}</span></td>
                      <td class={o.kind === 'holiday' ? 'warn' : 'ok'}>{t(`calendar.kind.${o.kind}`)}</td>
                      <td>{o.note}</td>
                      <td class="small muted">{o.by} · {o.at ? formatDateTime(o.at) : ''}</td>
                      <td>
                        <Show when={editable()}>
                          <button type="button" class="link danger" aria-label={t('calendar.remove', { date: o.date })} onClick={() => remove(o.date)}>
                            {t('common.delete')}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <FormError error={removeError()} />
          <Show when={editable() !== undefined}>
            <Show when={editable()} fallback={<p class="muted small">{t('calendar.e.role')}</p>}>
              <OverrideForm svc={props.svc} />
            </Show>
          </Show>
          <DueCalculator svc={props.svc} view={v()} />
        </>
      )}
    </Show>
  );
}

function OverrideForm(props: { svc: CalendarService }) {
  const [date, setDate] = createSignal('');
  const [kind, setKind] = createSignal<'holiday' | 'workday'>('holiday');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await props.svc.save({ date: date(), kind: kind(), note: note() });
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    setDate('');
    setNote('');
  };
  return (
    <form class="form inline" onSubmit={submit} novalidate aria-label={t('calendar.add')}>
      <Field label={t('calendar.date')} error={errors().date} required>
        {(id, d) => <input id={id} aria-describedby={d} type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />}
      </Field>
      <Field label={t('calendar.kind')} error={errors().kind}>
        {(id, d) => (
          <select id={id} aria-describedby={d} value={kind()} onChange={(e) => setKind(e.currentTarget.value as 'holiday' | 'workday')}>
            <option value="holiday">{t('calendar.kind.holiday')}</option>
            <option value="workday">{t('calendar.kind.workday')}</option>
          </select>
        )}
      </Field>
      <Field label={t('calendar.note')} error={errors().note}>
        {(id, d) => <input id={id} aria-describedby={d} size={28} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <div class="actions"><button type="submit" class="primary">{t('calendar.add')}</button></div>
      <FormError error={errors()['']} />
    </form>
  );
}

/** 计算截止日: recomputed whenever the inputs or the calendar change. */
function DueCalculator(props: { svc: CalendarService; view: CalendarView }) {
  const [from, setFrom] = createSignal(formatDate(Date.now()));
  const [days, setDays] = createSignal('3');
  const [out, setOut] = createSignal<{ due: string; estimated: boolean } | FieldError>();
  let run = 0;
  createEffect(() => {
    const values = { date: from(), days: days(), calendar: props.view.overrides.map((o) => o.date + o.kind).join() };
    const mine = ++run;
    void props.svc.due(values).then((r) => mine === run && setOut(r.ok ? r.value : Object.values(r.errors)[0]));
  });
  return (
    <>
      <h3>{t('calendar.calc')}</h3>
      <div class="form inline" role="group" aria-label={t('calendar.calc')}>
        <Field label={t('calendar.from')}>
          {(id, d) => <input id={id} aria-describedby={d} type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />}
        </Field>
        <Field label={t('calendar.days')}>
          {(id, d) => <input id={id} aria-describedby={d} inputmode="numeric" size={4} value={days()} onInput={(e) => setDays(e.currentTarget.value)} />}
        </Field>
        <p data-testid="calendar-due" role="status">
          <Show when={out()} keyed>
            {(r) =>
              'due' in r
                ? <><strong>{t('calendar.result', { due: r.due, dow: weekday(r.due) })}</strong><Show when={r.estimated}><span class="warn-text">{t('workflow.estimated')}</span></Show></>
                : <span class="warn-text">{t(r.key, r.params)}</span>}
          </Show>
        </p>
      </div>
    </>
  );
}
