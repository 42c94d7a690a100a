import { Show } from 'solid-js';
import type { ParticipationRow } from '../../../../app/services';
import { formatDateTime } from '../../../../domain/format-date';
import { BlobImage } from '../../../components/BlobImage';
import { t } from '../../../i18n/i18n';

/** A participant's 签到 state: the mark, and once signed the signature's thumbnail (or 扫码) and the time. */
export function SignState(props: { p: ParticipationRow }) {
  return (
    <span class={`ts-sign ts-mark-${props.p.mark}`}>
      <span class="ts-mark">{t(`training.mark.${props.p.mark}`)}</span>
      <Show when={props.p.signBlobId}>
        {(id) => <BlobImage id={id()} alt={t('session.s.signatureOf', { name: props.p.name })} class="ts-sig" />}
      </Show>
      <Show when={props.p.signMethod === 'badge' && !props.p.signBlobId}><span class="ts-tag">{t('session.s.byBadge')}</span></Show>
      <Show when={props.p.signedAt}>{(at) => <span class="muted small">{formatDateTime(at()).slice(11)}</span>}</Show>
    </span>
  );
}
