import { createMemo, For } from 'solid-js';
import { useApp } from '../../context';
import { locale, setLocale, t, type Locale } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { DepartmentsEditor } from './DepartmentsEditor';
import { OrgProfileForm } from './OrgProfileForm';
import { PostsEditor } from './PostsEditor';
import { RulesSection } from './RulesSection';
import { CalendarSection } from './CalendarSection';
import { CertKindsEditor } from './CertKindsEditor';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSection';

/** 设置: enterprise, departments, posts, sync and devices, audit, storage, backup, language, about. */
export default function Settings() {
  return (
    <section class="page settings" aria-labelledby="st-h">
      <h1 id="st-h">{t('settings.title')}</h1>
      <OrgProfileForm />
      <DepartmentsEditor />
      <PostsEditor />
      <RulesSection />
      <CalendarSection />
      <CertKindsEditor />
      <SyncSection />
      <SettingsAudit />
      <StorageSection />
      <BackupSection />
      <section class="card" aria-labelledby="st-lang">
        <h2 id="st-lang">{t('settings.language')}</h2>
        <div role="radiogroup" aria-labelledby="st-lang" class="row">
          <For each={['zh-CN', 'en'] as Locale[]}>
            {(l) => (
              <label>
                <input type="radio" name="lang" checked={locale() === l} onChange={() => setLocale(l)} /> {t(`lang.${l}`)}
              </label>
            )}
          </For>
        </div>
      </section>
      <section class="card" aria-labelledby="st-about">
        <h2 id="st-about">{t('settings.about')}</h2>
        <p>{t('app.name')} · {t('about.version', { v: __APP_VERSION__ })} · {__BUILD_ID__}</p>
      </section>
    </section>
  );
}

/** 审计, fed by the sync service: live rows, with the operators found in them for the person filter. */
function SettingsAudit() {
  const { services } = useApp();
  const rows = createLive(services.sync.audit.rows);
  const people = createMemo(() => {
    const names = new Map<string, string>();
    for (const r of rows() ?? []) if (r.personId && r.personName) names.set(r.personId, r.personName);
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  });
  return <AuditSection rows={() => rows() ?? []} verify={() => services.sync.audit.verify()} people={people} />;
}
