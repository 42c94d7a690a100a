import { createSignal, For, Show } from 'solid-js';
import type { AttendanceMark } from '../../../../domain/training/session';
import type { FieldError, ParticipationRow, TrainingRow, TrainingService } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { QrScanner } from '../../../components/QrScanner';
import { t } from '../../../i18n/i18n';
import { SignInDialog } from './SignInDialog';
import { SignState } from './SignState';

/**
 * 签到 mode (T4): each participant signs on the pad (签名), or is marked 迟到 / 缺勤 (pressed again: undone); 扫码签到
 * reads badges one after another and says who was signed in.
 */
export function SignInList(props: { svc: TrainingService; row: TrainingRow; parts: ParticipationRow[]; editable: boolean }) {
  const [signing, setSigning] = createSignal<ParticipationRow>();
  const [scan, setScan] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  const [note, setNote] = createSignal('');
  const result = (r: { ok: boolean; errors?: Record<string, FieldError> }) => setError(r.ok ? undefined : Object.values(r.errors ?? {})[0]);

  async function mark(p: ParticipationRow, m: AttendanceMark) {
    setNote('');
    result(await props.svc.mark(props.row.id, p.personId, p.mark === m ? 'expected' : m));
  }
  async function badge(text: string) {
    const r = await props.svc.signWithBadge(props.row.id, text);
    result(r);
    setNote(r.ok ? t('session.s.scanned', { name: r.value }) : '');
  }

  return (
    <div class="ts-signin">
      <Show when={props.editable}>
        <div class="row">
          <button type="button" aria-expanded={scan()} onClick={() => setScan(!scan())}>{t('session.s.scan')}</button>
          <Show when={note()}><span class="ok" role="status" data-testid="scan-note">{note()}</span></Show>
        </div>
        <Show when={scan()}>
          <QrScanner continuous label={t('session.s.scan')} photoLabel={t('session.s.scanPhoto')} pasteLabel={t('session.s.scanPaste')}
            submitLabel={t('session.p.mode.signin')} onText={(x) => void badge(x)} />
        </Show>
      </Show>
      <FormError error={error()} />
      <Show when={props.parts.length} fallback={<p class="muted">{t('session.p.none')}</p>}>
        <ul class="ts-signlist">
          <For each={props.parts}>
            {(p) => (
              <li data-testid="signin-row" data-person={p.personId} data-mark={p.mark} data-signed={p.signed ? 'true' : 'false'}>
                <span class="mono">{p.workNo}</span>
                <strong>{p.name}</strong>
                <SignState p={p} />
                <span class="spacer" />
                <Show when={props.editable}>
                  <button type="button" classList={{ primary: !p.signBlobId }} disabled={p.mark === 'absent'} aria-label={t('session.s.signFor', { name: p.name })}
                    onClick={() => (setNote(''), setSigning(p))}>{p.signBlobId ? t('session.s.resign') : t('session.s.sign')}</button>
                  <button type="button" aria-pressed={p.mark === 'late'} aria-label={t('session.s.lateFor', { name: p.name })} onClick={() => void mark(p, 'late')}>
                    {t('training.mark.late')}
                  </button>
                  <button type="button" aria-pressed={p.mark === 'absent'} aria-label={t('session.s.absentFor', { name: p.name })} onClick={() => void mark(p, 'absent')}>
                    {t('training.mark.absent')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={signing()}>
        {(p) => (
          <SignInDialog name={p().name} workNo={p().workNo} onCancel={() => setSigning(undefined)}
            onConfirm={async (png) => {
              const r = await props.svc.signWithPad(props.row.id, p().personId, png);
              if (r.ok) setSigning(undefined);
              return r.ok ? undefined : Object.values(r.errors)[0];
            }} />
        )}
      </Show>
    </div>
  );
}
