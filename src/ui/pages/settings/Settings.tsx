import { For } from 'solid-js';
import { locale, setLocale, t, type Locale } from '../../i18n/i18n';
import { BackupSection } from './BackupSection';
import { DepartmentsEditor } from './DepartmentsEditor';
import { OrgProfileForm } from './OrgProfileForm';
import { PostsEditor } from './PostsEditor';
import { StorageSection } from './StorageSection';

/** 设置: enterprise, departments, posts, storage, backup, language, about. */
export default function Settings() {
  return (
    <section class="page settings" aria-labelledby="st-h">
      <h1 id="st-h">{t('settings.title')}</h1>
      <OrgProfileForm />
      <DepartmentsEditor />
      <PostsEditor />
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
