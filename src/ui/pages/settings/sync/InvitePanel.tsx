import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { InviteView } from '../../../../app/sync-types';
import { formatDateTime } from '../../../../domain/format-date';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { CodeBox } from './CodeBox';

/** 邀请设备 (admins): an invite link and its QR code for a new device; it then asks to join (see 加入请求). */
export function InvitePanel(props: { invites: InviteView[] }) {
  const { services } = useApp();
  const [created, setCreated] = createSignal<InviteView>();
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);
  // The newest open invite; the one just created until the live view lists it.
  const shown = () =>
    props.invites.reduce<InviteView | undefined>((a, b) => (!a || b.createdAt > a.createdAt ? b : a), undefined) ?? created();

  async function create() {
    setBusy(true);
    const r = await services.sync.createInvite();
    setBusy(false);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
    if (r.ok) setCreated(r.value);
  }

  async function cancel(id: string) {
    setCreated(undefined);
    await services.sync.cancelInvite(id);
  }

  return (
    <section class="sync-part" aria-labelledby="sy-invite">
      <h3 id="sy-invite">{t('invite.title')}</h3>
      <p class="muted">{t('invite.intro')}</p>
      <FormError error={error()} />
      <Show when={shown()} fallback={
        <button type="button" class="primary" disabled={busy()} onClick={create}>{t('invite.create')}</button>
      }>
        {(inv) => (
          <div class="invite" data-testid="invite">
            <CodeBox label={t('invite.link')} qrLabel={t('invite.qr')} text={inv().link} />
            <p class="muted small">{t('invite.expires', { at: formatDateTime(inv().expiresAt) })}</p>
            <div class="actions">
              <button type="button" onClick={() => cancel(inv().id)}>{t('invite.cancel')}</button>
              <button type="button" disabled={busy()} onClick={create}>{t('invite.another')}</button>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}
