import { createEffect, createResource, onCleanup } from 'solid-js';
import type { CertFactsIndex, PeopleQuery, QueryService } from '../../../../app/query-service';
import { CERT_STATE_LABEL_KEYS } from '../../../../domain/certificates/cert-state-labels';
import { QUERY_CERT_KINDS, QUERY_CERT_STATES } from '../../../../domain/people-query-params';
import { PERSON_STATUSES } from '../../../../domain/person';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { useOrgNames } from '../use-org-names';
import { FilterSelect, type FilterOption } from './FilterSelect';
import './people-query.css';

const all = (): FilterOption => ({ value: '', label: t('common.all') });

/**
 * The people list's conditions (P5): department, post, status, certificate kind, 作业类别/准操项目 and certificate
 * state. Loaded on demand with the certificate catalog; the first certificate condition starts the live
 * certificate facts, which are handed to the list through `onFacts`.
 */
export function QueryFilters(props: {
  svc: QueryService; query: PeopleQuery; set: (patch: Partial<PeopleQuery>) => void; onFacts: (facts: CertFactsIndex) => void;
}) {
  const { services } = useApp();
  const names = useOrgNames();
  const [certs] = createResource(() => services.certificates.load());
  let stop: (() => void) | undefined;
  onCleanup(() => stop?.());
  createEffect(() => {
    const c = certs();
    if (!c || stop || !props.svc.needsCerts(props.query)) return;
    stop = props.svc.certFacts(c.schedule).subscribe(props.onFacts);
  });
  const catalog = () => certs()?.catalog ?? [];
  const items = () => catalog().find((c) => c.code === props.query.cat)?.items ?? [];
  const q = () => props.query;
  return (
    <>
      <FilterSelect label={t('people.filterDept')} value={q().dept ?? ''} onChange={(v) => props.set({ dept: v })}
        options={[all(), ...names().departments.map((d) => ({ value: d.id as string, label: d.name }))]} />
      <FilterSelect label={t('people.filterPost')} value={q().post ?? ''} onChange={(v) => props.set({ post: v })}
        options={[all(), ...names().posts.map((p) => ({ value: p.id as string, label: p.name }))]} />
      <FilterSelect label={t('people.filterStatus')} value={q().status ?? 'active'}
        onChange={(v) => props.set({ status: v as PeopleQuery['status'] })}
        options={[{ value: 'all', label: t('common.all') }, ...PERSON_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
      <span class="query-break" />
      <FilterSelect label={t('cert.kind')} value={q().kind ?? ''} onChange={(v) => props.set({ kind: (v || undefined) as PeopleQuery['kind'] })}
        options={[all(), ...QUERY_CERT_KINDS.map((k) => ({ value: k, label: t(`cert.kind.${k}`) }))]} />
      <FilterSelect label={t('cert.category')} value={q().cat ?? ''} onChange={(v) => props.set({ cat: v, item: undefined })}
        options={[all(), ...catalog().map((c) => ({ value: c.code, label: c.name }))]} />
      <FilterSelect label={t('cert.item')} value={q().item ?? ''} onChange={(v) => props.set({ item: v })} disabled={!q().cat}
        options={[all(), ...items().map((i) => ({ value: i.value, label: i.name }))]} />
      <FilterSelect label={t('query.certState')} value={q().state ?? ''}
        onChange={(v) => props.set({ state: (v || undefined) as PeopleQuery['state'] })}
        options={[all(), ...QUERY_CERT_STATES.map((s) => ({ value: s, label: t(s === 'none' ? 'query.noCert' : CERT_STATE_LABEL_KEYS[s]) }))]} />
    </>
  );
}
