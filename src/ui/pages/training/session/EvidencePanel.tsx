import { createSignal, For, Show } from 'solid-js';
import type { FieldError, TrainingRow, TrainingService } from '../../../../app/services';
import { ATTACHMENT_KINDS, MIN_PHOTOS, TRAINING_TYPE_INFO, type AttachmentKind } from '../../../../domain/training/training-types';
import { BlobImage } from '../../../components/BlobImage';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

const DOC_KINDS = ATTACHMENT_KINDS.filter((k) => k !== 'photo');

/**
 * 照片与材料 (T6): photos from the camera or files (downscaled by the service; anything else refused), documents by
 * kind (the type's mandatory ones first), thumbnails and a list with 移除.
 */
export function EvidencePanel(props: { svc: TrainingService; row: TrainingRow; editable: boolean }) {
  const { services } = useApp();
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);
  const mandatory = () => TRAINING_TYPE_INFO[props.row.type]?.documents ?? [];
  const kinds = () => [...mandatory(), ...DOC_KINDS.filter((k) => !mandatory().includes(k))];
  const [kind, setKind] = createSignal<AttachmentKind | ''>('');
  /** Until the officer picks one: the first mandatory document still missing, else 其他附件. */
  const chosenKind = () => kind() || (props.row.missingDocuments[0] as AttachmentKind | undefined) || 'other';
  const photos = () => props.row.attachments.filter((a) => a.kind === 'photo');
  const docs = () => props.row.attachments.filter((a) => a.kind !== 'photo');

  async function upload(input: HTMLInputElement, k: AttachmentKind) {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    setBusy(true);
    let err: FieldError | undefined;
    for (const f of files) {
      const r = await props.svc.attach(props.row.id, f, k);
      if (!r.ok) err ??= Object.values(r.errors)[0];
    }
    setBusy(false);
    setError(err);
  }
  async function remove(id: string) {
    const r = await props.svc.detach(props.row.id, id);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  const open = async (blobId: string) => window.open(await services.blobs.url(blobId), '_blank', 'noopener');

  return (
    <section class="card ts-evidence" aria-labelledby="ts-e-h">
      <div class="ts-card-head">
        <h2 id="ts-e-h">{t('session.ev.title')}</h2>
        <span class="muted" classList={{ warn: photos().length < MIN_PHOTOS }}>{t('session.c.photos', { n: photos().length, min: MIN_PHOTOS })}</span>
      </div>
      <Show when={props.editable}>
        <div class="row ts-uploads">
          <label class="button primary">
            {busy() ? t('common.saving') : t('session.ev.photos')}
            <input type="file" accept="image/*" capture="environment" multiple class="visually-hidden" aria-label={t('session.ev.photos')}
              disabled={busy()} onChange={(e) => void upload(e.currentTarget, 'photo')} />
          </label>
          <span class="ts-doc-pick">
            <select aria-label={t('session.ev.kind')} onChange={(e) => setKind(e.currentTarget.value as AttachmentKind)}>
              <For each={kinds()}>
                {(k) => <option value={k} selected={k === chosenKind()}>{t(`training.attachment.${k}`)}{mandatory().includes(k) ? t('session.ev.required') : ''}</option>}
              </For>
            </select>
            <label class="button">
              {t('session.ev.file')}
              <input type="file" accept="image/*,application/pdf" class="visually-hidden" aria-label={t('session.ev.file')} disabled={busy()}
                onChange={(e) => void upload(e.currentTarget, chosenKind())} />
            </label>
          </span>
        </div>
      </Show>
      <FormError error={error()} />
      <Show when={props.row.attachments.length} fallback={<p class="muted">{t('session.ev.none')}</p>}>
        <ul class="ts-photos" data-testid="photos">
          <For each={photos()}>
            {(a, i) => (
              <li data-testid="photo">
                <BlobImage id={a.blobId} alt={t('session.ev.photoN', { n: i() + 1 })} />
                <Show when={props.editable}>
                  <button type="button" class="link danger" aria-label={t('session.ev.remove', { name: t('session.ev.photoN', { n: i() + 1 }) })}
                    onClick={() => void remove(a.id)}>{t('session.p.removeShort')}</button>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <ul class="list ts-docs" data-testid="documents">
          <For each={docs()}>
            {(a) => (
              <li data-testid="document" data-kind={a.kind}>
                <span class="code">{t(`training.attachment.${a.kind}`)}</span>
                <button type="button" class="link" onClick={() => void open(a.blobId)}>{a.name || t('session.ev.open')}</button>
                <span class="spacer" />
                <Show when={props.editable}>
                  <button type="button" class="link danger" aria-label={t('session.ev.remove', { name: a.name || t(`training.attachment.${a.kind}`) })}
                    onClick={() => void remove(a.id)}>{t('session.p.removeShort')}</button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
