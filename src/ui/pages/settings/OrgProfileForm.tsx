import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError } from '../../../app/services';
import { INDUSTRIES } from '../../../domain/org';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { BlobImage } from '../../components/BlobImage';
import { ImagePicker } from '../../components/ImagePicker';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { useOrgNames } from '../people/use-org-names';

type Values = { name: string; uscc: string; industry: string; highRisk: boolean; address: string; contact: string };

/** 企业信息: name, USCC (checked), industry and the high-risk flag that sets training-hour rules. */
export function OrgProfileForm() {
  const { services } = useApp();
  const names = useOrgNames();
  const [v, setV] = createStore<Values>({ name: '', uscc: '', industry: 'manufacturing', highRisk: false, address: '', contact: '' });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [saved, setSaved] = createSignal(false);
  const [logo, setLogo] = createSignal<string>();
  createEffect(on(() => names().profile, (p) => {
    if (p) setLogo(p.logoBlobId);
    if (p) setV({ name: p.name, uscc: p.uscc ?? '', industry: p.industry, highRisk: p.highRisk, address: p.address ?? '', contact: p.contact ?? '' });
  }));

  async function submit(e: Event) {
    e.preventDefault();
    setSaved(false);
    const r = await services.org.saveProfile({ ...v, logoBlobId: logo() ?? '' });
    setErrors(r.ok ? {} : r.errors);
    setSaved(r.ok);
  }

  const input = (k: 'name' | 'uscc' | 'address' | 'contact', label: string, required = false) => (
    <Field label={t(label)} error={errors()[k]} required={required}>
      {(id, d) => <input id={id} aria-describedby={d} aria-invalid={!!errors()[k]} value={v[k]} onInput={(e) => setV(k, e.currentTarget.value)} />}
    </Field>
  );

  return (
    <section class="card" aria-labelledby="st-org">
      <h2 id="st-org">{t('settings.org')}</h2>
      <form class="form grid" onSubmit={submit} novalidate>
        {input('name', 'org.name', true)}
        {input('uscc', 'org.uscc')}
        <Field label={t('org.industry')} error={errors().industry}>
          {(id, d) => (
            <select id={id} aria-describedby={d} onChange={(e) => setV('industry', e.currentTarget.value)}>
              <For each={INDUSTRIES}>{(i) => <option value={i} selected={v.industry === i}>{t(`industry.${i}`)}</option>}</For>
            </select>
          )}
        </Field>
        <label class="check wide">
          <input type="checkbox" checked={v.highRisk} onChange={(e) => setV('highRisk', e.currentTarget.checked)} /> {t('org.highRisk')}
        </label>
        <div class="logo wide">
          <span class="muted">{t('org.logo')}</span>
          <Show when={logo()}><BlobImage id={logo()!} alt={t('org.logo')} class="logo-img" /></Show>
          <ImagePicker label={t('org.logoUpload')} onPick={async (f) => {
            const r = await services.org.putLogo(f);
            if (r.ok) setLogo(r.value);
            return r;
          }} />
        </div>
        {input('address', 'org.address')}
        {input('contact', 'org.contact')}
        <FormError error={errors()['']} />
        <div class="actions">
          <button type="submit" class="primary">{t('common.save')}</button>
          <Show when={saved()}><span class="ok" role="status">{t('common.saved')}</span></Show>
        </div>
      </form>
    </section>
  );
}
