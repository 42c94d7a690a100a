import { createResource, createSignal, For, Show } from 'solid-js';
import type { CertificateRow, CertificateService } from '../../../../app/services';
import { CERT_REEXAM_LABEL_KEY, CERT_STATE_LABEL_KEYS, HAZCHEM_COLOUR_LABEL_KEYS } from '../../../../domain/certificates/cert-state-labels';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';
import { CertificateForm } from './CertificateForm';
import { CertScans } from './CertScans';
import { PrintCardsButton } from './PrintCardsButton';

/** 证书 on the dossier: each certificate with its state today, due date and rule-based flags; add, edit, delete. */
export function CertificatesSection(props: { personId: string }) {
  const { services } = useApp();
  const [svc] = createResource(() => services.certificates.load());
  return (
    <section class="card" aria-labelledby="d-cert">
      <Show when={svc()} fallback={<h2 id="d-cert">{t('person.section.certificates')}</h2>}>
        {(s) => <Certificates svc={s()} personId={props.personId} />}
      </Show>
    </section>
  );
}

function Certificates(props: { svc: CertificateService; personId: string }) {
  const rows = createLive(props.svc.ofPerson(props.personId));
  const [editing, setEditing] = createSignal<CertificateRow | 'new' | null>(null);
  const kindLabel = (r: CertificateRow) => (r.kind === 'other' ? (r.kindName ?? '') : t(`cert.kind.${r.kind}`));
  /** 电工作业 · 低压电工作业, from the catalog (codes as entered if not found). */
  const itemLabel = (r: CertificateRow) => {
    const cat = props.svc.catalog.find((c) => c.code === r.category);
    return `${cat?.name ?? r.category ?? ''} · ${cat?.items.find((i) => i.value === r.item)?.name ?? r.item ?? ''}`;
  };
  return (
    <>
      <div class="page-head">
        <h2 id="d-cert">{t('person.section.certificates')}</h2>
        <PrintCardsButton rows={rows() ?? []} />
        <button type="button" onClick={() => setEditing('new')}>{t('cert.add')}</button>
      </div>
      <Show when={editing()}>
        {(e) => (
          <CertificateForm svc={props.svc} personId={props.personId} row={e() === 'new' ? undefined : (e() as CertificateRow)} onDone={() => setEditing(null)} />
        )}
      </Show>
      <Show when={(rows() ?? []).length} fallback={<p class="muted">{t('cert.none')}</p>}>
        <ul class="list certs">
          <For each={rows()}>
            {(r) => {
              const s = () => props.svc.schedule(r);
              return (
                <li data-testid="cert-row" data-state={s().state}>
                  <div>
                    <strong>{kindLabel(r)}</strong> <span class="mono">{r.number}</span>
                    <Show when={r.item}><div class="small">{itemLabel(r)}</div></Show>
                    <div class="muted small">
                      {t('cert.firstIssue')} {r.firstIssueDate}
                      <Show when={s().expiry}> · {t('cert.expiry')} {s().expiry}</Show>
                      <Show when={s().nextReviewDue}> · {t(s().nextEvent === 'renewal' ? 'cert.nextRenewal' : 'cert.nextReview')} {s().nextReviewDue}</Show>
                    </div>
                    <CertScans personId={props.personId} cert={r} />
                  </div>
                  <span class="spacer" />
                  <span class={`state state-${s().state}`}>{t(CERT_STATE_LABEL_KEYS[s().state])}</span>
                  <Show when={s().colour}>{(c) => <span class={`state colour-${c()}`}>{t(HAZCHEM_COLOUR_LABEL_KEYS[c()])}</span>}</Show>
                  <Show when={s().practicalReexamRequired}><span class="state state-review-overdue">{t(CERT_REEXAM_LABEL_KEY)}</span></Show>
                  <button type="button" class="link" onClick={() => setEditing(() => r)} aria-label={`${t('common.edit')} ${r.number}`}>{t('common.edit')}</button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </>
  );
}
