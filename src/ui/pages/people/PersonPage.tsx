import { createEffect, createSignal, For, Match, Show, Switch } from 'solid-js';
import { BlobImage } from '../../components/BlobImage';
import { ImagePicker } from '../../components/ImagePicker';
import { DossierActions } from './DossierActions';
import { loadDossierUi, type DossierUi } from './dossier/load-dossier-ui';
import type { PersonRow } from '../../../app/services';
import { maskIdNumber, maskPhone } from '../../../domain/mask';
import { useSeesPersonal } from '../../primitives/use-sees-personal';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { go } from '../../router';
import { PersonForm } from './PersonForm';
import { TrainingHistory } from './dossier/TrainingHistory';
import { useOrgNames } from './use-org-names';

/**
 * 一人一档: one person on one screen — identity, employment, certificates with their scans, special-operations items,
 * work history, radiation doses, notes, edits (training and health as they arrive).
 */
export function PersonPage(props: { id: string }) {
  const isNew = () => props.id === 'new';
  return (
    <Show when={!isNew()} fallback={<NewPerson />}>
      <Dossier id={props.id} />
    </Show>
  );
}

function NewPerson() {
  return (
    <section class="page" aria-labelledby="pn-h">
      <h1 id="pn-h">{t('person.new')}</h1>
      <PersonForm onDone={(id) => go(id ? `/people/${id}` : '/people')} />
    </section>
  );
}

function Dossier(props: { id: string }) {
  const { services } = useApp();
  const row = createLive(services.people.one(props.id));
  const names = useOrgNames();
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  // The record sections are a small on-demand module; the dossier is ready once it and the row are there
  // (null = it failed to load: the rest of the dossier still shows).
  const [ui, setUi] = createSignal<DossierUi | null>();
  loadDossierUi().then((m) => setUi(() => m), () => setUi(null));
  const ready = () => !!row() && ui() !== undefined;
  createEffect(() => {
    if (ready()) performance.mark('sl:dossier-ready');
  });

  return (
    <section class="page dossier" aria-labelledby="ps-h" data-ready={ready() ? 'dossier' : undefined} data-person={props.id}>
      <Switch>
        <Match when={row()}>
          {(p) => (
            <>
              <div class="page-head">
                <h1 id="ps-h">{p().name} <span class="muted">{p().workNo}</span></h1>
                <Show when={!editing()}><DossierActions person={p()} /></Show>
                <Show when={!editing()}>
                  <button type="button" onClick={() => (setSaved(false), setEditing(true))}>{t('common.edit')}</button>
                </Show>
              </div>
              <Show when={saved()}><p class="ok" role="status" data-testid="saved">{t('common.saved')}</p></Show>
              <Show when={!editing() && ui()}>{(m) => { const Nav = m().DossierNav; return <Nav personId={p().id} />; }}</Show>
              <Show when={editing()} fallback={<DossierView p={p()} dept={names().dept} post={names().post} ui={ui()} />}>
                <PersonForm row={p()} onDone={(id) => (setEditing(false), setSaved(!!id))} />
              </Show>
            </>
          )}
        </Match>
        <Match when={row() === null}>
          <h1 id="ps-h">{t('person.title')}</h1>
          <p>{t('person.notFound')}</p>
        </Match>
      </Switch>
    </section>
  );
}

function DossierView(props: { p: PersonRow; dept: (id: string) => string; post: (id: string) => string; ui?: DossierUi | null }) {
  const { services } = useApp();
  /** ID and phone numbers in full only for roles that may see them (masked until the members log says so). */
  const seesPersonal = useSeesPersonal();
  const item = (label: string, value: string | undefined) => (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
  return (
    <div class="dossier-grid">
      <section class="card identity" aria-labelledby="d-id">
        <h2 id="d-id">{t('person.section.identity')}</h2>
        <div class="identity-body">
        <dl>
          {item(t('field.name'), props.p.name)}
          {item(t('field.workNo'), props.p.workNo)}
          {item(t('field.idNumber'), seesPersonal() ? props.p.idNumber : maskIdNumber(props.p.idNumber))}
          {item(t('field.birthDate'), props.p.birthDate)}
          {item(t('field.sex'), t(`sex.${props.p.sex}`))}
          {item(t('field.phone'), props.p.phone ? (seesPersonal() ? props.p.phone : maskPhone(props.p.phone)) : '')}
          {item(t('field.education'), props.p.education ? t(`edu.${props.p.education}`) : '')}
        </dl>
        <div class="photo">
          <Show when={props.p.photoBlobId} fallback={<div class="photo-empty" aria-hidden="true">{props.p.name.slice(-2)}</div>}>
            <BlobImage id={props.p.photoBlobId!} alt={t('person.photo')} />
          </Show>
          <ImagePicker label={t('person.photoUpload')} onPick={(f) => services.people.setPhoto(props.p.id, f)} />
        </div>
        </div>
      </section>
      <section class="card" aria-labelledby="d-emp">
        <h2 id="d-emp">{t('person.section.employment')}</h2>
        <dl>
          {item(t('field.department'), props.dept(props.p.departmentId))}
          {item(t('field.post'), props.post(props.p.postId))}
          {item(t('field.hireDate'), props.p.hireDate)}
          {item(t('field.status'), t(`status.${props.p.status}`))}
          {item(t('field.statusDate'), props.p.statusDate)}
          {item(t('field.statusReason'), props.p.statusReason)}
        </dl>
        <h3>{t('person.history')}</h3>
        <ol class="history">
          <For each={[...(props.p.history ?? [])].reverse()}>
            {(h) => (
              <li>
                <span class="mono">{h.date}</span> {t(`status.${h.status}`)} · {props.dept(h.departmentId ?? '') || '—'} · {props.post(h.postId ?? '') || '—'}
                <Show when={h.reason}> · {h.reason}</Show>
              </li>
            )}
          </For>
        </ol>
      </section>
      <Show when={props.ui}>
        {(m) => {
          const { CertificatesSection, OperationsSection, WorkHistorySection, DosesSection, NotesSection, EditHistory } = m();
          return (
            <>
              <CertificatesSection personId={props.p.id} />
              <OperationsSection row={props.p} />
              <WorkHistorySection row={props.p} />
              <DosesSection row={props.p} />
              <NotesSection row={props.p} />
              <EditHistory edits={services.people.editHistory(props.p)} />
            </>
          );
        }}
      </Show>
      <TrainingHistory personId={props.p.id} />
      <section class="card muted" aria-labelledby="d-h">
        <h2 id="d-h">{t('person.section.health')}</h2>
        <p>{t('person.section.comingHealth')}</p>
      </section>
    </div>
  );
}
