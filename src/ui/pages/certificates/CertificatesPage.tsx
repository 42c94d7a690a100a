import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import type { ComplianceService } from '../../../app/compliance-service';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { CertLedger } from './CertLedger';
import { ManagersPanel } from './ManagersPanel';
import { createNames } from './names';
import { UnlicensedPanel } from './UnlicensedPanel';
import './certificates.css';

const TABS = ['ledger', 'unlicensed', 'managers'] as const;
type Tab = (typeof TABS)[number];

/** The tab named in the address (#/certificates?tab=unlicensed), so the workbench can link to a section. */
function tabFromHash(): Tab {
  const tab = new URLSearchParams(location.hash.split('?')[1] ?? '').get('tab');
  return (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'ledger';
}

/** 证书: the 证书台账 of every certificate, the 无证上岗 findings and the 危化品 safety-manager check (PRODUCT C4). */
export default function CertificatesPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.compliance.load());
  return (
    <section class="page certificates" aria-labelledby="cl-h">
      <Show when={svc()} fallback={<><h1 id="cl-h">{t('certlist.title')}</h1><p class="muted">{t('common.loading')}</p></>}>
        {(s) => <Loaded svc={s()} />}
      </Show>
    </section>
  );
}

function Loaded(props: { svc: ComplianceService }) {
  const view = createLive(props.svc.view);
  const [tab, setTab] = createSignal<Tab>(tabFromHash());
  // A link to another section of this page changes only the query part of the address.
  const follow = () => setTab(tabFromHash());
  window.addEventListener('hashchange', follow);
  onCleanup(() => window.removeEventListener('hashchange', follow));
  const choose = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#/certificates?tab=${next}`);
  };
  const names = createNames(view);
  const badge = (k: Tab) => {
    const v = view();
    if (!v) return '';
    if (k === 'ledger') return String(v.rows.length);
    if (k === 'unlicensed') return String(new Set(v.findings.map((f) => f.personId)).size);
    return v.managers.applicable ? `${v.managers.count}/${v.managers.required}` : '';
  };
  /** A section with something to fix: findings, or too few certified safety managers. */
  const attention = (k: Tab) => {
    const v = view();
    if (!v) return false;
    if (k === 'unlicensed') return v.findings.length > 0;
    return k === 'managers' && v.managers.applicable && !v.managers.ok;
  };
  return (
    <>
      <div class="page-head">
        <h1 id="cl-h">{t('certlist.title')}</h1>
        <Show when={view()}>{(v) => <span class="muted small">{t('certlist.computedFor', { date: v().today })}</span>}</Show>
      </div>
      <div role="tablist" class="tabs" aria-label={t('certlist.tabs')}>
        <For each={TABS}>
          {(k) => (
            <button type="button" role="tab" id={`cl-tab-${k}`} aria-controls={`cl-panel-${k}`} aria-selected={tab() === k}
              tabindex={tab() === k ? 0 : -1} onClick={() => choose(k)}
              classList={{ warn: attention(k) }}>
              {t(`certlist.tab.${k}`)}
              <Show when={badge(k)}><span class="tab-badge" data-testid={`tab-count-${k}`}>{badge(k)}</span></Show>
            </button>
          )}
        </For>
      </div>
      <Show when={view()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(v) => (
          <div role="tabpanel" id={`cl-panel-${tab()}`} aria-labelledby={`cl-tab-${tab()}`}>
            <Switch>
              <Match when={tab() === 'ledger'}><CertLedger svc={props.svc} view={v} names={names} /></Match>
              <Match when={tab() === 'unlicensed'}><UnlicensedPanel view={v} names={names} /></Match>
              <Match when={tab() === 'managers'}><ManagersPanel view={v} names={names} /></Match>
            </Switch>
          </div>
        )}
      </Show>
    </>
  );
}
