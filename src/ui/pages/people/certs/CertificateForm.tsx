import { createSignal, For, Index, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { CertificateFormValues, CertificateRow, CertificateService, FieldError } from '../../../../app/services';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';

const KINDS = ['special-operations', 'hazchem-principal', 'hazchem-manager', 'other'] as const;
type Review = { date: string; result: 'passed' | 'failed'; note?: string };

/** Adds or edits one certificate: kind, catalog category/item, number, authority, dates, flags and review history. */
export function CertificateForm(props: { svc: CertificateService; personId: string; row?: CertificateRow; onDone: () => void }) {
  const r = props.row;
  const [v, setV] = createStore({
    kind: r?.kind ?? 'special-operations', kindName: r?.kindName ?? '', validityYears: r?.validityYears ? String(r.validityYears) : '',
    number: r?.number ?? '', category: r?.category ?? '', item: r?.item ?? '', authority: r?.authority ?? '',
    firstIssueDate: r?.firstIssueDate ?? '', validFrom: r?.validFrom ?? '', validityEnd: r?.validityEnd ?? '',
    extendedReview: r?.extendedReview ?? false, cancelled: r?.cancelled ?? false, linkedToAccident: r?.linkedToAccident ?? false,
    reviews: (r?.reviews ?? []) as Review[],
  });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const items = () => props.svc.catalog.find((c) => c.code === v.category)?.items ?? [];
  /** Kinds configured in 设置 (offered as names; a matching name brings its validity and reminder window). */
  const kinds = createLive(props.svc.otherKinds);
  const kindHint = () => {
    const k = (kinds() ?? []).find((x) => x.name.trim() === v.kindName.trim());
    return k ? t('cert.kindConfigured', { years: k.validityYears ?? '—', days: k.windowDays ?? 60 }) : undefined;
  };
  const input = (k: 'kindName' | 'number' | 'authority' | 'validityYears') => (id: string, d: string) => (
    <input id={id} aria-describedby={d} value={v[k]} onInput={(e) => setV(k, e.currentTarget.value)} />
  );
  const date = (k: 'firstIssueDate' | 'validFrom' | 'validityEnd') => (id: string, d: string) => (
    <input id={id} type="date" aria-describedby={d} value={v[k]} onInput={(e) => setV(k, e.currentTarget.value)} />
  );

  async function submit(e: Event) {
    e.preventDefault();
    const values: CertificateFormValues = {
      ...v, validityYears: v.validityYears ? Number(v.validityYears) : undefined, reviews: v.reviews.filter((x) => x.date),
      offPost: r?.offPost ?? [], retrainingHours: r?.retrainingHours ?? [],
    } as CertificateFormValues;
    const res = await props.svc.save(props.personId as never, r?.id ?? null, values);
    if (!res.ok) return setErrors(res.errors);
    props.onDone();
  }
  async function remove() {
    if (!r || !confirm(t('cert.deleteConfirm'))) return;
    const res = await props.svc.remove(r);
    if (!res.ok) return setErrors(res.errors);
    props.onDone();
  }

  return (
    <form class="form cert-form" onSubmit={submit} novalidate aria-label={t(r ? 'cert.edit' : 'cert.add')}>
      <Field label={t('cert.kind')} error={errors().kind} required>
        {(id, d) => (
          <select id={id} aria-describedby={d} onChange={(e) => setV('kind', e.currentTarget.value as typeof v.kind)}>
            <For each={KINDS}>{(k) => <option value={k} selected={v.kind === k}>{t(`cert.kind.${k}`)}</option>}</For>
          </select>
        )}
      </Field>
      <Show when={v.kind === 'other'}>
        <Field label={t('cert.kindName')} error={errors().kindName} hint={kindHint()} required>
          {(id, d) => <input id={id} aria-describedby={d} list="configured-kinds" value={v.kindName} onInput={(e) => setV('kindName', e.currentTarget.value)} />}
        </Field>
        <datalist id="configured-kinds">
          <For each={kinds() ?? []}>{(k) => <option value={k.name} />}</For>
        </datalist>
        <Field label={t('cert.validityYears')} error={errors().validityYears}>{input('validityYears')}</Field>
      </Show>
      <Show when={v.kind === 'special-operations'}>
        <Field label={t('cert.category')} error={errors().category} required>
          {(id, d) => (
            <select id={id} aria-describedby={d} onChange={(e) => (setV('category', e.currentTarget.value), setV('item', ''))}>
              <option value="">{t('common.none')}</option>
              <For each={props.svc.catalog}>{(c) => <option value={c.code} selected={v.category === c.code}>{c.code} {c.name}</option>}</For>
            </select>
          )}
        </Field>
        <Field label={t('cert.item')} error={errors().item} required>
          {(id, d) => (
            <Show when={items().length} fallback={<input id={id} aria-describedby={d} value={v.item} onInput={(e) => setV('item', e.currentTarget.value)} />}>
              <select id={id} aria-describedby={d} onChange={(e) => setV('item', e.currentTarget.value)}>
                <option value="">{t('common.none')}</option>
                <For each={items()}>{(i) => <option value={i.value} selected={v.item === i.value}>{i.name}</option>}</For>
              </select>
            </Show>
          )}
        </Field>
      </Show>
      <Field label={t('cert.number')} error={errors().number} required>{input('number')}</Field>
      <Field label={t('cert.authority')} error={errors().authority} required>{input('authority')}</Field>
      <Field label={t('cert.firstIssue')} error={errors().firstIssueDate} required>{date('firstIssueDate')}</Field>
      <Field label={t('cert.validFrom')} error={errors().validFrom} hint={t('cert.validFromHint')}>{date('validFrom')}</Field>
      <Field label={t('cert.validityEnd')} error={errors().validityEnd}>{date('validityEnd')}</Field>
      <div class="checks">
        <Show when={v.kind === 'special-operations'}>
          <label class="check"><input type="checkbox" checked={v.extendedReview} onChange={(e) => setV('extendedReview', e.currentTarget.checked)} /> {t('cert.extendedReview')}</label>
        </Show>
        <Show when={v.kind.startsWith('hazchem')}>
          <label class="check"><input type="checkbox" checked={v.linkedToAccident} onChange={(e) => setV('linkedToAccident', e.currentTarget.checked)} /> {t('cert.linkedToAccident')}</label>
        </Show>
        <label class="check"><input type="checkbox" checked={v.cancelled} onChange={(e) => setV('cancelled', e.currentTarget.checked)} /> {t('cert.cancelled')}</label>
      </div>
      <fieldset class="reviews">
        <legend>{t('cert.reviews')}</legend>
        <Index each={v.reviews}>
          {(rv, i) => (
            <div class="row">
              <input type="date" aria-label={`${t('cert.reviewDate')} ${i + 1}`} value={rv().date} onInput={(e) => setV('reviews', i, 'date', e.currentTarget.value)} />
              <select aria-label={`${t('cert.reviewResult')} ${i + 1}`} onChange={(e) => setV('reviews', i, 'result', e.currentTarget.value as Review['result'])}>
                <option value="passed" selected={rv().result === 'passed'}>{t('cert.review.passed')}</option>
                <option value="failed" selected={rv().result === 'failed'}>{t('cert.review.failed')}</option>
              </select>
            </div>
          )}
        </Index>
        <button type="button" class="link" onClick={() => setV('reviews', v.reviews.length, { date: '', result: 'passed' })}>{t('cert.addReview')}</button>
        <Show when={errors().reviews}>{(er) => <p class="error">{t(er().key, er().params)}</p>}</Show>
      </fieldset>
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="submit" class="primary">{t('common.save')}</button>
        <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
        <Show when={r}><button type="button" class="link danger" onClick={remove}>{t('cert.delete')}</button></Show>
      </div>
    </form>
  );
}
