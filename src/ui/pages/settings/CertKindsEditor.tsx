import { createResource, createSignal, Show } from 'solid-js';
import type { FieldError, OtherCertKind, RulesService } from '../../../app/services';
import { EditableList } from '../../components/EditableList';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

/** 其他证书种类: the enterprise's own kinds (特种设备作业人员证 …) with their validity and reminder window. */
export function CertKindsEditor() {
  const { services } = useApp();
  const [svc] = createResource(() => services.rules.load());
  return <Show when={svc()}>{(s) => <KindsList svc={s()} />}</Show>;
}

function KindsList(props: { svc: RulesService }) {
  const kinds = createLive(props.svc.kinds);
  const years = (k: OtherCertKind) => (k.validityYears ? t('certKind.years', { n: k.validityYears }) : t('certKind.noValidity'));
  const window = (k: OtherCertKind) => t('certKind.window', { n: k.windowDays ?? 60 });
  return (
    <EditableList<OtherCertKind>
      headingId="st-kinds" title={t('certKind.title')} addLabel={t('certKind.add')} emptyText={t('certKind.empty')}
      rows={kinds() ?? []}
      item={(k) => <span data-testid="cert-kind">{k.name} <span class="muted small">{years(k)} · {window(k)}</span></span>}
      form={(row, onDone) => <KindForm svc={props.svc} row={row} onDone={onDone} />}
      remove={(k) => props.svc.removeKind(k.id)}
    />
  );
}

function KindForm(props: { svc: RulesService; row?: OtherCertKind; onDone: () => void }) {
  const [name, setName] = createSignal(props.row?.name ?? '');
  const [years, setYears] = createSignal(props.row?.validityYears ? String(props.row.validityYears) : '');
  const [window, setWindow] = createSignal(props.row?.windowDays ? String(props.row.windowDays) : '');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  async function submit(e: Event) {
    e.preventDefault();
    const r = await props.svc.saveKind(props.row?.id ?? null, { name: name(), validityYears: num(years()), windowDays: num(window()) });
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  return (
    <form class="form inline" onSubmit={submit} novalidate aria-label={t('certKind.add')}>
      <Field label={t('certKind.name')} error={errors().name} hint={t('certKind.nameHint')} required>
        {(id, d) => <input id={id} aria-describedby={d} value={name()} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field label={t('certKind.validityYears')} error={errors().validityYears} hint={t('certKind.validityHint')}>
        {(id, d) => <input id={id} aria-describedby={d} inputmode="numeric" size={4} value={years()} onInput={(e) => setYears(e.currentTarget.value)} />}
      </Field>
      <Field label={t('certKind.windowDays')} error={errors().windowDays} hint={t('certKind.windowHint')}>
        {(id, d) => <input id={id} aria-describedby={d} inputmode="numeric" size={4} value={window()} onInput={(e) => setWindow(e.currentTarget.value)} />}
      </Field>
      <FormActions error={errors()['']} onCancel={props.onDone} />
    </form>
  );
}
