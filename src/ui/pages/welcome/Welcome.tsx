import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../app/services';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { RestoreBackup } from '../../components/RestoreBackup';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { JoinWorkspace } from './JoinWorkspace';

/** First screen on an empty device: create a workspace, open the demo, join a colleague's, or restore a backup. */
export function Welcome() {
  const { services } = useApp();
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);

  async function create(e: Event) {
    e.preventDefault();
    const r = await services.createWorkspace(name());
    if (!r.ok) setError(r.errors.name ?? r.errors['']);
  }

  async function openDemo() {
    setBusy(true);
    try {
      const res = await fetch('demo/demo-S.slbk');
      if (!res.ok) throw new Error(String(res.status));
      const r = await services.backup.restore(new Uint8Array(await res.arrayBuffer()), { fork: true });
      if (!r.ok) return setError(Object.values(r.errors)[0]);
      location.reload();
    } catch (err) {
      setError({ key: 'e.unexpected', params: { why: String(err) } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="welcome">
      <header>
        <img src="icons/icon.svg" alt="" width="64" height="64" />
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.intro')}</p>
      </header>
      <section class="card" aria-labelledby="w-demo">
        <h2 id="w-demo">{t('welcome.demo')}</h2>
        <p class="muted">{t('welcome.demoHint')}</p>
        <button type="button" class="primary" disabled={busy()} onClick={openDemo}>
          {busy() ? t('welcome.demoLoading') : t('welcome.demo')}
        </button>
      </section>
      <section class="card" aria-labelledby="w-create">
        <h2 id="w-create">{t('welcome.create')}</h2>
        <form onSubmit={create}>
          <Field label={t('welcome.orgName')} error={error()} required>
            {(id, d) => <input id={id} aria-describedby={d} value={name()} onInput={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <button type="submit">{t('welcome.createButton')}</button>
        </form>
      </section>
      <JoinWorkspace />
      <section class="card" aria-labelledby="w-restore">
        <h2 id="w-restore">{t('welcome.restore')}</h2>
        <p class="muted">{t('welcome.restoreHint')}</p>
        <RestoreBackup confirm={false} />
      </section>
      <Show when={error() && !name()}>
        <FormError error={error()} />
      </Show>
    </main>
  );
}
