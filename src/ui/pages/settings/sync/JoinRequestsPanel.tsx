import { createSignal, For, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import type { JoinRequestView } from '../../../../app/sync-types';
import { formatDateTime } from '../../../../domain/format-date';
import { ROLES, type Role } from '../../../../domain/roles';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';

/** 加入请求 (admins): compare the fingerprint the new device shows, choose its roles, approve or refuse. */
export function JoinRequestsPanel(props: { requests: JoinRequestView[] }) {
  return (
    <section class="sync-part" aria-labelledby="sy-requests">
      <h3 id="sy-requests">{t('join.requests')}</h3>
      <Show when={props.requests.length} fallback={<p class="muted">{t('join.noRequests')}</p>}>
        <For each={props.requests}>{(r) => <JoinRequest request={r} />}</For>
      </Show>
    </section>
  );
}

function JoinRequest(props: { request: JoinRequestView }) {
  const { services } = useApp();
  const [roles, setRoles] = createSignal<Role[]>(['recorder']);
  const [person, setPerson] = createSignal('');
  const [dept, setDept] = createSignal('');
  const org = createLive(services.org.view);
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const headId = `jr-${props.request.id}`;

  const toggle = (r: Role, on: boolean) => setRoles((rs) => (on ? [...rs, r] : rs.filter((x) => x !== r)));

  async function approve() {
    setBusy(true);
    const r = await services.sync.approve(props.request.id, roles(), person().trim() || undefined, roles().includes('depthead') ? dept() || undefined : undefined);
    setBusy(false);
    setErrors(r.ok ? {} : r.errors);
  }

  async function refuse() {
    setBusy(true);
    await services.sync.refuse(props.request.id);
    setBusy(false);
  }

  return (
    <div class="join-request" data-testid="join-request" role="group" aria-labelledby={headId}>
      <p id={headId}>
        <strong>{props.request.name}</strong> <span class="muted small">{formatDateTime(props.request.at)}</span>
      </p>
      <p>{t('join.compare')}</p>
      <div class="muted small">{t('device.fingerprint')}</div>
      <p class="fingerprint mono">{props.request.fingerprint}</p>
      <fieldset class="roles-pick">
        <legend>{t('device.roles')}</legend>
        <For each={ROLES}>
          {(r) => (
            <label class="check">
              <input type="checkbox" checked={roles().includes(r)} onChange={(e) => toggle(r, e.currentTarget.checked)} />
              {t(`role.${r}`)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={errors().roles}><p class="sync-err" role="alert">{t(errors().roles!.key, errors().roles!.params)}</p></Show>
      <Field label={t('join.personName')} hint={t('join.personNameHint')} error={errors().personName}>
        {(id, d) => <input id={id} aria-describedby={d} value={person()} onInput={(e) => setPerson(e.currentTarget.value)} />}
      </Field>
      <Show when={roles().includes('depthead')}>
        <Field label={t('join.department')} hint={t('join.departmentHint')}>
          {(id, d) => (
            <select id={id} aria-describedby={d} value={dept()} onChange={(e) => setDept(e.currentTarget.value)}>
              <option value="">{t('join.noDepartment')}</option>
              <For each={org()?.departments ?? []}>{(x) => <option value={x.id}>{x.name}</option>}</For>
            </select>
          )}
        </Field>
      </Show>
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="button" class="primary" disabled={busy() || roles().length === 0} onClick={approve}>{t('join.approve')}</button>
        <button type="button" disabled={busy()} onClick={refuse}>{t('join.refuse')}</button>
      </div>
    </div>
  );
}
