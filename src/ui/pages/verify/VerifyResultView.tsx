import { onMount, Show } from 'solid-js';
import type { VerifyResult } from '../../../app/services';
import { CERT_STATE_LABEL_KEYS } from '../../../domain/certificates/cert-state-labels';
import { t } from '../../i18n/i18n';

const KIND_KEYS = {
  valid: 'verify.kind.valid',
  expired: 'verify.kind.expired',
  invalid: 'verify.kind.invalid',
  unknown: 'verify.kind.unknown',
} as const;
const MARKS = { valid: '✓', expired: '!', invalid: '✕', unknown: '?' } as const;

/** The verdict, big and coloured, then the card's fields (marked unverified unless the signature checked). */
export function VerifyResultView(props: { result: VerifyResult & { categoryName?: string; itemName?: string } }) {
  const r = () => props.result;
  let el!: HTMLElement;
  // On a phone the verdict is below the inputs: bring it into view.
  onMount(() => el.scrollIntoView?.({ block: 'nearest' }));
  const trusted = () => r().kind === 'valid' || r().kind === 'expired';
  /** The ledger on this device disagrees with a card that verifies (cancelled, review overdue, expired). */
  const localWarn = () => (trusted() && r().local && r().local!.state !== 'valid' && r().local!.state !== 'review-due' ? r().local!.state : null);
  const kindLabel = () => {
    const c = r().card!;
    return c.kind === 'other' ? (c.kindName ?? '') : t(`cert.kind.${c.kind}`);
  };
  return (
    <section ref={el} class={`verify-result ${r().kind}`} classList={{ warned: !!localWarn() }} role="status" aria-live="polite"
      data-testid="verify-result" data-kind={r().kind}>
      <p class="verdict"><span class="mark" aria-hidden="true">{MARKS[r().kind]}</span>{t(KIND_KEYS[r().kind])}</p>
      <Show when={r().reason}>{(why) => <p class="why">{t(`verify.why.${why()}`)}</p>}</Show>
      <Show when={localWarn()}>{(s) => <p class="local-warn">{t('verify.local.warn', { state: t(CERT_STATE_LABEL_KEYS[s()]) })}</p>}</Show>
      <Show when={r().card}>
        {(c) => (
          <>
            <Show when={!trusted()}><h3>{t('verify.unverified')}</h3></Show>
            <dl class={trusted() ? '' : 'untrusted'}>
              <div><dt>{t('field.name')}</dt><dd class="big">{c().name}</dd></div>
              <div><dt>{t('field.idNumber')}</dt><dd class="mono">{c().maskedId ?? '—'}</dd></div>
              <div><dt>{t('cert.kind')}</dt><dd>{kindLabel()}</dd></div>
              <Show when={c().item}>
                <div><dt>{t('cert.category')}</dt><dd>{r().categoryName ?? c().category}</dd></div>
                <div><dt>{t('cert.item')}</dt><dd>{r().itemName ?? c().item}</dd></div>
              </Show>
              <div><dt>{t('cert.number')}</dt><dd class="mono">{c().number}</dd></div>
              <div>
                <dt>{t('verify.validity')}</dt>
                <dd><span class="nowrap">{c().validFrom}</span> — <span class="nowrap">{c().validTo ?? t('verify.noEnd')}</span></dd>
              </div>
              <div><dt>{t('org.name')}</dt><dd>{c().enterprise}</dd></div>
              <Show when={r().signer}><div><dt>{t('verify.signer')}</dt><dd>{r().signer}</dd></div></Show>
              <div><dt>{t('verify.issued')}</dt><dd>{c().issued}</dd></div>
              <Show when={trusted()}>
                <div>
                  <dt>{t('verify.local')}</dt>
                  <dd>{r().local ? t(CERT_STATE_LABEL_KEYS[r().local!.state]) : t('common.none')}</dd>
                </div>
              </Show>
            </dl>
          </>
        )}
      </Show>
    </section>
  );
}
